import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Random } from '../cohort/random';
import { metricFrame } from './frame';
import { accuracy, falsePositiveRate, selectionRate, truePositiveRate } from './metrics';
import { fitThresholds, predictThresholds } from './threshold';

function data(n: number) {
  const r = new Random(5);
  const groups = Array.from({ length: n }, (_, i) => (i % 3 === 0 ? 'B' : 'A'));
  const yTrue = groups.map(g => (r.next() < (g === 'A' ? 0.5 : 0.3) ? 1 : 0));
  // Group B's scores run lower for the same outcome: a biased score.
  const scores = yTrue.map((y, i) => Number(Math.min(1, Math.max(0, 0.3 + 0.35 * y - (groups[i] === 'B' ? 0.1 : 0) + 0.25 * (r.next() - 0.5))).toFixed(2)));
  return { groups, yTrue, scores };
}

const byGroup = (yTrue: ArrayLike<number>, yPred: ArrayLike<number>, groups: string[]) =>
  metricFrame({ metrics: { sr: selectionRate, tpr: truePositiveRate, fpr: falsePositiveRate, acc: accuracy }, yTrue, yPred, sensitive: { g: groups } });

describe('threshold optimizer', () => {
  const { groups, yTrue, scores } = data(30_000);
  const unfair = byGroup(yTrue, scores.map(s => (s >= 0.5 ? 1 : 0)), groups);

  it('starts from a score that is unfair to group B', () => {
    const [a, b] = unfair.byGroup;
    assert.ok(a.values.sr - b.values.sr > 0.1);
  });

  for (const [constraint, keys] of [['demographic_parity', ['sr']], ['equal_opportunity', ['tpr']], ['equalized_odds', ['tpr', 'fpr']]] as const) {
    it(`${constraint}: equal ${keys.join(' and ')} in expectation and, within sampling error, in the predictions`, () => {
      const model = fitThresholds(yTrue, scores, groups, constraint, 'accuracy', 200);
      const expected = model.rules.map(r => r.expected);
      for (const key of keys) {
        const field = key === 'sr' ? 'selectionRate' : key;
        assert.ok(Math.abs(expected[0][field] - expected[1][field]) < 1e-9, `${key} expected equal: ${JSON.stringify(expected)}`);
      }
      const pred = predictThresholds(model, scores, groups, 1);
      const f = byGroup(yTrue, pred, groups);
      for (const key of keys) assert.ok(Math.abs(f.byGroup[0].values[key] - f.byGroup[1].values[key]) < 0.03, `${key} realised: ${f.byGroup.map(g => g.values[key])}`);
      assert.ok(Math.abs(f.overall[0].values.acc - model.expectedObjective) < 0.02, 'the expected accuracy is what the predictions get');
      assert.deepEqual(pred, predictThresholds(model, scores, groups, 1), 'same seed, same predictions');
    });
  }

  it('maximises balanced accuracy when asked', () => {
    const acc = fitThresholds(yTrue, scores, groups, 'demographic_parity', 'accuracy', 200);
    const bal = fitThresholds(yTrue, scores, groups, 'demographic_parity', 'balanced_accuracy', 200);
    assert.equal(bal.objective, 'balanced_accuracy');
    assert.ok(bal.expectedObjective > 0.5 && acc.expectedObjective > 0.5);
  });

  it('refuses groups it has not seen', () => {
    const model = fitThresholds(yTrue, scores, groups, 'demographic_parity', 'accuracy', 10);
    assert.throws(() => predictThresholds(model, [0.5], ['C'], 1), /group 'C' was not seen/);
  });
});
