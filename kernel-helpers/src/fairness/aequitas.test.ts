/** Oracle tests against Aequitas 1.1 (in .venv): group metrics and disparities to the majority group agree to 1e-9. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, it } from 'node:test';
import { Random } from '../cohort/random';
import { aequitasDisparities, aequitasGroups, AEQUITAS_METRICS } from './aequitas';

const PYTHON = path.resolve(__dirname, '..', '..', '..', '.venv', 'bin', 'python');
const ORACLE = path.resolve(__dirname, '..', '..', 'oracles', 'aequitas_oracle.py');
const aequitasName = (m: string) => (m === 'prevalence' ? 'prev' : m);

describe('agreement with Aequitas 1.1', () => {
  const r = new Random(11);
  const names = ['asian', 'black', 'white', 'white', 'white', 'hispanic'];
  const group = Array.from({ length: 600 }, (_, i) => names[i % 6]);
  const yTrue = group.map(() => (r.next() < 0.4 ? 1 : 0));
  const yPred = group.map((g, i) => (r.next() < 0.3 + 0.3 * yTrue[i] + (g === 'white' ? 0.1 : 0) ? 1 : 0));
  const oracle = spawnSync(PYTHON, [ORACLE], { input: JSON.stringify({ y_true: yTrue, y_pred: yPred, group }), encoding: 'utf8' });
  const ref = JSON.parse(oracle.stdout || '{}');
  const groups = aequitasGroups(yTrue, yPred, group);

  it('ran the oracle', () => assert.equal(oracle.status, 0, oracle.stderr));

  it('group metrics', () => {
    for (const g of groups) {
      for (const m of AEQUITAS_METRICS) {
        const theirs = ref.groups[g.group][aequitasName(m)];
        assert.ok(Math.abs(g.values[m] - theirs) <= 1e-9, `${g.group} ${m}: ours ${g.values[m]}, Aequitas ${theirs}`);
      }
    }
  });

  it('disparities against the majority group, and pass/fail at tau 0.8', () => {
    const disparities = aequitasDisparities(groups, 'majority', 0.8);
    assert.ok(disparities.every(d => d.reference === 'white'));
    let compared = 0;
    for (const d of disparities) {
      const theirs = ref.disparities[d.group]?.[aequitasName(d.metric)];
      if (theirs === undefined) continue; // Aequitas reports no prevalence disparity
      compared++;
      assert.ok(Math.abs(d.disparity - theirs) <= 1e-9, `${d.group} ${d.metric}: ours ${d.disparity}, Aequitas ${theirs}`);
      assert.equal(d.pass, d.disparity >= 0.8 && d.disparity <= 1.25);
    }
    assert.equal(compared, 4 * 10, 'ten metrics for each of the four groups');
  });

  it('takes the smallest value or a named group as the reference', () => {
    const min = aequitasDisparities(groups, 'min_metric').filter(d => d.metric === 'fpr');
    assert.ok(min.every(d => d.disparity >= 1 - 1e-12));
    assert.ok(aequitasDisparities(groups, { group: 'asian' }).filter(d => d.group === 'asian').every(d => Number.isNaN(d.disparity) || Math.abs(d.disparity - 1) < 1e-12));
    assert.throws(() => aequitasDisparities(groups, { group: 'martian' }), /no group 'martian'/);
  });
});
