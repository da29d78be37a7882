import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { difference, MISSING_GROUP, metricFrame } from './frame';
import { calibrationCurve, calibrationSlopeIntercept, count, rocAuc, rocCurve, selectionRate, truePositiveRate } from './metrics';

describe('metricFrame', () => {
  const yTrue = [1, 0, 1, 0, 1, 1, 0, 0];
  const yPred = [1, 0, 0, 0, 1, 1, 1, 0];
  const sex = ['F', 'F', 'F', 'F', 'M', 'M', null, ''];
  const age = ['old', 'young', 'old', 'young', 'old', 'old', 'old', 'young'];

  it('recomputes each group by masking (oracle style)', () => {
    const f = metricFrame({ metrics: { sr: selectionRate, n: count }, yTrue, yPred, sensitive: { sex } });
    for (const g of f.byGroup) {
      const rows = sex.map((s, i) => ((s ?? '') === '' ? MISSING_GROUP : s) === g.key[0] ? i : -1).filter(i => i >= 0);
      assert.equal(g.values.n, rows.length);
      assert.equal(g.values.sr, rows.filter(i => yPred[i] === 1).length / rows.length);
    }
    assert.deepEqual(f.byGroup.map(g => g.key[0]), ['F', 'M', MISSING_GROUP], 'missing values form their own group, last');
  });

  it('lists every combination of the features, empty ones as NaN with count 0', () => {
    const f = metricFrame({ metrics: { sr: selectionRate }, yTrue, yPred, sensitive: { sex, age } });
    assert.equal(f.byGroup.length, 6);
    const empty = f.byGroup.find(g => g.key.join() === 'M,young')!;
    assert.equal(empty.count, 0);
    assert.ok(Number.isNaN(empty.values.sr));
  });

  it('gives NaN, not 0, for a rate a group cannot have (no positives)', () => {
    const f = metricFrame({ metrics: { tpr: truePositiveRate }, yTrue, yPred, sensitive: { sex } });
    assert.ok(Number.isNaN(f.byGroup.find(g => g.key[0] === MISSING_GROUP)!.values.tpr));
    assert.equal(difference(f, 'tpr')[0], 0.5, 'aggregates skip NaN groups, as pandas does');
  });

  it('disaggregates within control features, with one overall value per control group', () => {
    const f = metricFrame({ metrics: { sr: selectionRate }, yTrue, yPred, sensitive: { sex }, control: { age } });
    assert.deepEqual(f.overall.map(o => [o.key[0], o.count]), [['old', 5], ['young', 3]]);
    assert.equal(difference(f, 'sr').length, 2);
  });
});

describe('calibration', () => {
  it('bins scores like scikit-learn and fits slope 1, intercept 0 on calibrated data', () => {
    const curve = calibrationCurve([0, 1, 1, 0], [0.05, 0.15, 0.95, 0.95], 10);
    assert.deepEqual(curve.counts, [1, 1, 2]);
    assert.deepEqual(curve.fractionPositive, [0, 1, 0.5]);
    const scores: number[] = [];
    const labels: number[] = [];
    for (let k = 1; k < 20; k++) {
      const p = k / 20;
      for (let j = 0; j < 200; j++) {
        scores.push(p);
        labels.push(j < Math.round(p * 200) ? 1 : 0);
      }
    }
    const fit = calibrationSlopeIntercept(labels, scores);
    assert.ok(Math.abs(fit.slope - 1) < 0.01 && Math.abs(fit.intercept) < 0.01, JSON.stringify(fit));
  });
});

describe('rocCurve', () => {
  it('steps through distinct scores, ties as one step, and its trapezoid area is the AUC', () => {
    const t = [1, 0, 1, 0, 1, 0];
    const s = [0.9, 0.8, 0.8, 0.3, 0.2, 0.1];
    const roc = rocCurve(t, s);
    assert.deepEqual(roc.fpr, [0, 0, 1 / 3, 2 / 3, 2 / 3, 1]);
    assert.deepEqual(roc.tpr, [0, 1 / 3, 2 / 3, 2 / 3, 1, 1]);
    let area = 0;
    for (let i = 1; i < roc.fpr.length; i++) area += ((roc.fpr[i] - roc.fpr[i - 1]) * (roc.tpr[i] + roc.tpr[i - 1])) / 2;
    assert.ok(Math.abs(area - rocAuc(t, s)) < 1e-12);
  });

  it('thins long curves to maxPoints with both ends, and is empty without both classes', () => {
    const n = 5000;
    const t = Array.from({ length: n }, (_, i) => i % 3 === 0 ? 1 : 0);
    const s = Array.from({ length: n }, (_, i) => (i * 7919) % n / n);
    const roc = rocCurve(t, s, 50);
    assert.equal(roc.fpr.length, 50);
    assert.deepEqual([roc.fpr[0], roc.tpr[0], roc.fpr[49], roc.tpr[49]], [0, 0, 1, 1]);
    assert.deepEqual(rocCurve([1, 1], [0.2, 0.4]), { fpr: [], tpr: [] });
  });
});
