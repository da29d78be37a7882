/** The MOSES metrics, by hand and against the MOSES definitions run in Python RDKit (oracles/molecules/moses_reference.py). */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { canonicalSmiles, descriptorsOf, loadChemistry, withMol } from './chem';
import { qedFromProperties, qedProperties } from './qed';
import {
  cosineSimilarity,
  fingerprintSet,
  internalDiversity,
  mosesMetrics,
  nearestNeighbourSimilarity,
  referenceStatistics,
  sampleFingerprints,
  wasserstein1,
  type MosesMetrics,
  type ReferenceStatistics
} from './metrics';

interface MosesReference {
  generated: string[];
  /** RDKit's canonical SMILES of each generated string, null where it is invalid. */
  canonical: (string | null)[];
  /** Per valid generated molecule, in order. */
  properties: { logP: number; weight: number; qed: number; filters: boolean }[];
  reference: string[];
  testScaffolds: string[];
  train: string[];
  metrics: Record<string, number>;
}

const fixture = JSON.parse(
  readFileSync(path.join(__dirname, '..', '..', 'test-fixtures', 'molecules', 'moses-reference.json'), 'utf8')
) as MosesReference;

const fps = (...rows: number[][]) => fingerprintSet(rows.map(r => Uint16Array.from(r)));
const close = (actual: number | undefined, expected: number, tolerance = 1e-12) =>
  assert.ok(Math.abs(actual! - expected) <= tolerance, `${actual} is not ${expected}`);

describe('diversity and nearest neighbours', () => {
  it('gives IntDiv 0 for identical molecules and for two empty fingerprints', () => {
    assert.equal(internalDiversity(fps([1, 5, 9], [1, 5, 9])), 0);
    assert.equal(internalDiversity(fps([], []), 2), 0);
  });

  it('averages over ordered pairs with self-pairs, taking the p-th root per molecule', () => {
    // T = 2/4 between the two; the 2 × 2 matrix is [[1, .5], [.5, 1]].
    const pair = fps([1, 2, 3], [2, 3, 4]);
    close(internalDiversity(pair), 0.25);
    close(internalDiversity(pair, 2), 1 - Math.sqrt((1 + 0.25) / 2));
  });

  it('matches a direct pairwise computation on a random set, through bits most rows share', () => {
    const rows = Array.from({ length: 60 }, (_, i) =>
      [...new Set([0, 1, 2, (i * 7) % 30, (i * 13) % 50, (i * i) % 97, i % 3 === 0 ? 3 : 500])].sort((a, b) => a - b)
    );
    const t = (a: number[], b: number[]) => a.filter(x => b.includes(x)).length / new Set([...a, ...b]).size;
    const direct = 1 - rows.reduce((s, a) => s + Math.sqrt(rows.reduce((r, b) => r + t(a, b) ** 2, 0) / rows.length), 0) / rows.length;
    close(internalDiversity(fps(...rows), 2), direct);
    const snn = rows.slice(0, 10).reduce((s, a) => s + Math.max(...rows.slice(30).map(b => t(a, b))), 0) / 10;
    close(nearestNeighbourSimilarity(fps(...rows.slice(0, 10)), fps(...rows.slice(30))), snn);
  });

  it('takes each generated molecule’s best match in the reference set', () => {
    close(nearestNeighbourSimilarity(fps([1, 2, 3]), fps([9], [1, 2, 3, 4])), 0.75);
    close(nearestNeighbourSimilarity(fps([1, 2, 3], [9]), fps([9], [1, 2, 3, 4])), (0.75 + 1) / 2);
  });

  it('samples reference rows reproducibly and without replacement', () => {
    const set = fps(...Array.from({ length: 50 }, (_, i) => [i]));
    const a = sampleFingerprints(set, 20, 7);
    assert.equal(a.size, 20);
    assert.deepEqual(a, sampleFingerprints(set, 20, 7));
    assert.equal(new Set(a.bits).size, 20);
    assert.equal(sampleFingerprints(set, 80), set);
  });
});

describe('distribution distances', () => {
  it('computes cosine similarity of count vectors, NaN when one is empty', () => {
    close(cosineSimilarity(new Map([['a', 1], ['b', 1]]), new Map([['a', 3]])), Math.SQRT1_2);
    assert.ok(Number.isNaN(cosineSimilarity(new Map(), new Map([['a', 1]]))));
  });

  it('computes Wasserstein-1 as the area between distribution functions', () => {
    close(wasserstein1([0, 1, 3], [5, 6, 8]), 5);
    close(wasserstein1([0], [0, 2]), 1);
    close(wasserstein1([2, 0, 1], [1, 2, 0]), 0);
  });
});

describe('MOSES metrics on small hand-made sets', () => {
  before(() => loadChemistry());

  it('counts valid strings and unique canonical molecules among the first k valid ones', () => {
    const m = mosesMetrics(['CCO', 'OCC', 'C1CC', 'CCO', 'c1ccccc1', ''], { k: [2, 4, 10], train: ['CCO'] });
    assert.equal(m.valid, 4 / 6);
    assert.deepEqual(m.unique, { 2: 0.5, 4: 0.5, 10: 0.5 });
    assert.equal(m.novelty, 0.5);
    assert.equal(m.snnTest, undefined);
  });

  it('gives IntDiv 0 for one molecule written two ways', () => {
    const m = mosesMetrics(['c1ccccc1O', 'Oc1ccccc1']);
    assert.equal(m.intDiv1, 0);
    assert.equal(m.intDiv2, 0);
  });

  it('refuses an empty generated set, and gives NaN where no generated molecule is valid', () => {
    assert.throws(() => mosesMetrics([]), /at least one generated SMILES/);
    const m = mosesMetrics(['C1CC', 'XYZ']);
    assert.equal(m.valid, 0);
    assert.ok([m.unique[1000], m.intDiv1, m.intDiv2, m.filters].every(Number.isNaN));
  });
});

describe('MOSES metrics against the Python reference', () => {
  let test: ReferenceStatistics;
  let scaffoldTest: ReferenceStatistics;
  let metrics: MosesMetrics;
  before(async () => {
    await loadChemistry();
    test = referenceStatistics(fixture.reference, { properties: true });
    scaffoldTest = referenceStatistics(fixture.testScaffolds);
    metrics = mosesMetrics(fixture.generated, { train: fixture.train, test, testScaffolds: scaffoldTest, k: [100, 1000, 10000] });
  });

  it('canonicalises every generated string as RDKit does, invalid ones included', () => {
    assert.deepEqual(fixture.generated.map(canonicalSmiles), fixture.canonical);
  });

  it('computes the per-molecule logP, weight and QED that RDKit computes, as the metrics do', () => {
    const valid = fixture.canonical.filter((s): s is string => s !== null);
    valid.forEach((s, i) => {
      const q = withMol(s, m => qedProperties(m, descriptorsOf(m)))!;
      close(q.ALOGP, fixture.properties[i].logP);
      close(q.MW, fixture.properties[i].weight);
      close(qedFromProperties(q), fixture.properties[i].qed, 1e-6);
    });
  });

  it(`agrees to 1e-9 on all ${Object.keys(fixture.metrics).length} metrics`, () => {
    const flat: Record<string, number | undefined> = { ...metrics, unique: undefined };
    for (const k of [100, 1000, 10000]) flat[`unique@${k}`] = metrics.unique[k];
    for (const [name, expected] of Object.entries(fixture.metrics)) close(flat[name], expected, 1e-9);
  });

  it('gives the same numbers from SMILES as from precomputed statistics, and exact SNN for a full-size sample', () => {
    const few = fixture.reference.slice(0, 40);
    const fromSmiles = mosesMetrics(fixture.generated.slice(0, 30), { test: few });
    const fromStats = mosesMetrics(fixture.generated.slice(0, 30), { test: referenceStatistics(few, { properties: true }) });
    assert.deepEqual(fromSmiles, fromStats);
    const sampled = mosesMetrics(fixture.generated.slice(0, 30), { test: few, referenceSample: 40 });
    assert.equal(sampled.snnTest, fromSmiles.snnTest);
  });
});
