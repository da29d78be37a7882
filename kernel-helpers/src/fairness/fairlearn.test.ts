/**
 * Oracle tests: the same data through Fairlearn 0.15 (in .venv) and through our functions; every
 * number must agree to 1e-9. Data: 3 × 5 intersectional groups, every group with both classes.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, it } from 'node:test';
import { Random } from '../cohort/random';
import { demographicParityDifference, demographicParityRatio, equalizedOddsDifference, equalizedOddsRatio, equalOpportunityDifference, equalOpportunityRatio } from './disparities';
import { difference, groupMax, groupMin, metricFrame, ratio } from './frame';
import { BASE_METRICS, brierScore, rocAuc } from './metrics';

const PYTHON = path.resolve(__dirname, '..', '..', '..', '.venv', 'bin', 'python');
const ORACLE = path.resolve(__dirname, '..', '..', 'oracles', 'fairlearn_oracle.py');

function data(n: number, seed: number, weighted: boolean) {
  const r = new Random(seed);
  const sex = ['F', 'M', 'X'];
  const race = ['asian', 'black', 'hispanic', 'other', 'white'];
  const rows = Array.from({ length: n }, (_, i) => {
    const s = sex[i % 3];
    const g = race[Math.floor(i / 3) % 5];
    const score = Math.min(0.999, Math.max(0.001, 0.35 + 0.1 * sex.indexOf(s) - 0.05 * race.indexOf(g) + 0.25 * (r.next() - 0.5)));
    const yTrue = r.next() < score ? 1 : 0;
    const yPred = r.next() < score + 0.1 * (s === 'M' ? 1 : 0) ? 1 : 0;
    return { s, g, score: Number(score.toFixed(3)), yTrue, yPred, w: weighted ? Number((0.5 + r.next()).toFixed(3)) : 1 };
  });
  return {
    y_true: rows.map(x => x.yTrue),
    y_pred: rows.map(x => x.yPred),
    scores: rows.map(x => x.score),
    weights: weighted ? rows.map(x => x.w) : null,
    sensitive: { sex: rows.map(x => x.s), race: rows.map(x => x.g) }
  };
}

const close = (a: number, b: number, what: string) => assert.ok(Math.abs(a - b) <= 1e-9 || (Number.isNaN(a) && b === null), `${what}: ours ${a}, Fairlearn ${b}`);

for (const weighted of [false, true]) {
  describe(`agreement with Fairlearn 0.15 (${weighted ? 'sample weights' : 'unweighted'})`, () => {
    const d = data(3000, weighted ? 2 : 1, weighted);
    const oracle = spawnSync(PYTHON, [ORACLE], { input: JSON.stringify(d), encoding: 'utf8', maxBuffer: 1 << 26 });
    const ref = JSON.parse(oracle.stdout || '{}');
    const weights = d.weights ?? undefined;
    const { count: _count, ...rated } = BASE_METRICS;
    void _count;
    const frame = metricFrame({ metrics: rated, yTrue: d.y_true, yPred: d.y_pred, sensitive: d.sensitive, weights });
    const common = { yTrue: d.y_true, yPred: d.y_pred, sensitive: d.sensitive, weights };

    it('ran the oracle', () => assert.equal(oracle.status, 0, oracle.stderr));

    it('overall and by group, for every metric and all 15 groups', () => {
      for (const [m, v] of Object.entries(ref.overall as Record<string, number>)) close(frame.overall[0].values[m], v, `overall ${m}`);
      assert.equal(frame.byGroup.length, 15);
      for (const row of ref.by_group as { key: string[]; values: Record<string, number> }[]) {
        const ours = frame.byGroup.find(g => g.key.join() === row.key.join())!;
        for (const [m, v] of Object.entries(row.values)) close(ours.values[m], v, `${row.key} ${m}`);
      }
      for (const row of ref.counts as { key: string[]; values: { count: number } }[]) {
        assert.equal(frame.byGroup.find(g => g.key.join() === row.key.join())!.count, row.values.count);
      }
    });

    it('group min and max, differences and ratios between groups and to overall', () => {
      for (const m of frame.metrics) {
        close(groupMin(frame, m)[0], ref.group_min[m], `group_min ${m}`);
        close(groupMax(frame, m)[0], ref.group_max[m], `group_max ${m}`);
        for (const method of ['between_groups', 'to_overall'] as const) {
          close(difference(frame, m, method)[0], ref.difference[method][m], `difference ${method} ${m}`);
          close(ratio(frame, m, method)[0], ref.ratio[method][m], `ratio ${method} ${m}`);
        }
      }
    });

    it('demographic parity, equalized odds (worst case and mean) and equal opportunity', () => {
      close(demographicParityDifference(common), ref.demographic_parity_difference, 'dp difference');
      close(demographicParityRatio(common), ref.demographic_parity_ratio, 'dp ratio');
      for (const agg of ['worst_case', 'mean'] as const) {
        close(equalizedOddsDifference({ ...common, agg }), ref.equalized_odds_difference[agg], `eo difference ${agg}`);
        close(equalizedOddsRatio({ ...common, agg }), ref.equalized_odds_ratio[agg], `eo ratio ${agg}`);
      }
      close(equalOpportunityDifference(common), ref.equal_opportunity_difference, 'eop difference');
      close(equalOpportunityRatio(common), ref.equal_opportunity_ratio, 'eop ratio');
    });

    it('ROC AUC and Brier score as scikit-learn computes them', () => {
      close(rocAuc(d.y_true, d.scores, weights), ref.roc_auc, 'roc auc');
      close(brierScore(d.y_true, d.scores, weights), ref.brier, 'brier');
    });
  });
}
