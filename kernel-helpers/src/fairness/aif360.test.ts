/** Oracle tests against AIF360 0.6 (in .venv): every number agrees to 1e-9. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, it } from 'node:test';
import { Random } from '../cohort/random';
import * as aif from './aif360';
import { reweighing } from './bias';

const PYTHON = path.resolve(__dirname, '..', '..', '..', '.venv', 'bin', 'python');
const ORACLE = path.resolve(__dirname, '..', '..', 'oracles', 'aif360_oracle.py');

describe('agreement with AIF360 0.6', () => {
  const r = new Random(7);
  const n = 400;
  const privileged = Array.from({ length: n }, (_, i) => (i % 3 === 0 ? 1 : 0));
  const x = Array.from({ length: n }, (_, i) => [Number((r.next() * 10).toFixed(2)), privileged[i] + Number(r.next().toFixed(2))]);
  const yTrue = x.map(f => (f[0] + 3 * r.next() > 6 ? 1 : 0));
  const yPred = x.map((f, i) => (f[0] + 2 * privileged[i] + 2 * r.next() > 6 ? 1 : 0));
  const oracle = spawnSync(PYTHON, [ORACLE], { input: JSON.stringify({ y_true: yTrue, y_pred: yPred, privileged, x }), encoding: 'utf8', maxBuffer: 1 << 24 });
  const ref = JSON.parse(oracle.stdout || '{}');
  const input = { yTrue, yPred, privileged: privileged.map(p => p === 1) };
  const groups = privileged.map(p => (p ? 'privileged' : 'unprivileged'));
  const close = (a: number, b: number, what: string) => assert.ok(Math.abs(a - b) <= 1e-9, `${what}: ours ${a}, AIF360 ${b}`);

  it('ran the oracle', () => assert.equal(oracle.status, 0, oracle.stderr));
  it('group fairness: disparate impact, statistical parity, average odds, predictive value', () => {
    close(aif.disparateImpact(input), ref.disparate_impact, 'disparate impact');
    close(aif.statisticalParityDifference(input), ref.statistical_parity_difference, 'statistical parity difference');
    close(aif.averageOddsDifference(input), ref.average_odds_difference, 'average odds difference');
    close(aif.averageAbsOddsDifference(input), ref.average_abs_odds_difference, 'average abs odds difference');
    close(aif.averagePredictiveValueDifference(input), ref.average_predictive_value_difference, 'average predictive value difference');
  });
  it('inequality: generalized entropy and Theil indices, also between groups', () => {
    close(aif.generalizedEntropyIndex(yTrue, yPred, 2), ref.generalized_entropy_index, 'GE(2)');
    close(aif.theilIndex(yTrue, yPred), ref.theil_index, 'Theil');
    close(aif.betweenGroupGeneralizedEntropyIndex(yTrue, yPred, groups, 2), ref.between_group_generalized_entropy_index, 'between-group GE(2)');
    close(aif.betweenGroupTheilIndex(yTrue, yPred, groups), ref.between_group_theil_index, 'between-group Theil');
  });
  it('reweighing (Kamiran & Calders): the same weight for every row', () => {
    const ours = reweighing(yTrue, groups);
    ref.reweighing.forEach((w: number, i: number) => close(ours[i], w, `weight of row ${i}`));
  });

  it('individual fairness: consistency with 5 neighbours (features include the protected attribute, as in AIF360)', () => {
    close(aif.consistency(x.map((f, i) => [privileged[i], f[0], f[1]]), yPred, 5), ref.consistency, 'consistency');
  });
});
