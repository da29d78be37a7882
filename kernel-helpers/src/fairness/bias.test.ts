import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Random } from '../cohort/random';
import { labelPrevalence, missingness, representation, reweighing } from './bias';
import { bootstrap, frameIntervals, quantile } from './bootstrap';
import { selectionRate } from './metrics';

describe('data bias', () => {
  const groups = ['F', 'F', 'F', 'M', null, 'M'];
  const yTrue = [1, 0, 1, 0, 1, 1];

  it('compares representation with a reference population', () => {
    const r = representation(groups, { F: 0.5, M: 0.5 });
    assert.deepEqual(r.map(x => [x.group, x.count, Number(x.ratio?.toFixed(3))]), [['(missing)', 1, NaN], ['F', 3, 1], ['M', 2, 0.667]]);
  });

  it('reports label prevalence and missingness by group', () => {
    assert.deepEqual(labelPrevalence(yTrue, groups).map(x => [x.group, x.prevalence]), [['(missing)', 1], ['F', 2 / 3], ['M', 0.5]]);
    const missing = missingness({ hba1c: [5.1, NaN, null, 6, 7, ''] }, groups);
    assert.deepEqual(missing.map(x => [x.group, x.missing]), [['(missing)', 0], ['F', 2 / 3], ['M', 0.5]]);
  });

  it('reweighing makes label and group independent in the weighted data', () => {
    const g6 = ['F', 'F', 'F', 'M', 'M', 'M', 'M'];
    const y6 = [1, 0, 1, 0, 1, 1, 1];
    const w = reweighing(y6, g6);
    const weighted = (g: string, y: number) => w.reduce((s, wi, i) => s + (g6[i] === g && y6[i] === y ? wi : 0), 0);
    const total = w.reduce((a, b) => a + b, 0);
    assert.ok(Math.abs(total - 7) < 1e-12, 'the weights keep the total');
    const py = (weighted('F', 1) + weighted('M', 1)) / total;
    for (const g of ['F', 'M']) {
      const pg = (weighted(g, 0) + weighted(g, 1)) / total;
      assert.ok(Math.abs(weighted(g, 1) / total - pg * py) < 1e-12, g);
    }
  });
});

describe('bootstrap', () => {
  it('interpolates quantiles like NumPy', () => {
    assert.equal(quantile([1, 2, 3, 4], 0.5), 2.5);
    assert.equal(quantile([1, 2, 3, 4], 0.025), 1.075);
    assert.ok(Number.isNaN(quantile([NaN], 0.5)));
  });

  it('gives the same intervals for the same seed, and a 95 % width near the binomial one', () => {
    const r = new Random(1);
    const n = 4000;
    const yPred = Array.from({ length: n }, () => (r.next() < 0.3 ? 1 : 0));
    const groups = Array.from({ length: n }, (_, i) => (i % 2 ? 'A' : 'B'));
    const input = { metrics: { sr: selectionRate }, yTrue: yPred, yPred, sensitive: { g: groups } };
    const a = frameIntervals(input, { nBoot: 300, seed: 9 });
    assert.deepEqual(a, frameIntervals(input, { nBoot: 300, seed: 9 }));
    const width = a.overall.sr.upper - a.overall.sr.lower;
    const expected = 2 * 1.96 * Math.sqrt((0.3 * 0.7) / n);
    assert.ok(Math.abs(width - expected) / expected < 0.2, `width ${width} vs ${expected}`);
    assert.ok(a.byGroup.every(g => g.intervals.sr.lower < 0.3 && g.intervals.sr.upper > 0.3 - 0.05));
  });

  it('refuses bad settings', () => {
    assert.throws(() => bootstrap(10, () => 0, { nBoot: 0, seed: 1 }), /n_boot must be a whole number ≥ 1/);
    assert.throws(() => bootstrap(10, () => 0, { nBoot: 5, seed: 1, quantiles: [0.9, 0.1] }), /quantiles must satisfy/);
  });
});
