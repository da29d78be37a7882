/**
 * The MOSES benchmark metrics: Polykovskiy et al., "Molecular Sets (MOSES): a benchmarking platform for
 * molecular generation models", Front. Pharmacol. 11:565644 (2020), computed as molsets 0.3.1's
 * `get_all_metrics` computes them, so the numbers compare with published MOSES tables:
 * - Valid counts the generated strings; every later metric sees the valid ones as canonical SMILES,
 *   duplicates kept (Novelty and Unique@k deduplicate themselves);
 * - Scaf counts only scaffolds with two or more rings;
 * - IntDivp = 1 − mean_i (mean_j T(i,j)^p)^(1/p) over all ordered pairs, self-pairs included. The paper
 *   prints 1 − (mean T^p)^(1/p); the two agree for p = 1, and molsets' form is the one behind the tables.
 * FCD (needs the ChemNet model) and the SA distance (needs the SA fragment table) are left out.
 * Everything is synchronous and needs `await loadChemistry()` first.
 */
import { Random } from '../cohort/random';
import { canonicalSmiles, ChemistryError, descriptorsOf, morganBits, withMol, type JSMol } from './chem';
import { passesMosesFilters } from './filters';
import { bricsFragments, murckoScaffold } from './fragments';
import { qedFromProperties, qedProperties } from './qed';

/** Morgan fingerprints (radius 2, 1,024 bits, as MOSES) of many molecules: each row's on-bits, rows back to back. */
export interface FingerprintSet {
  bits: Uint16Array;
  offsets: Int32Array;
  size: number;
}

export function morganOnBits(mol: JSMol): Uint16Array {
  const bits = morganBits(mol, 2, 1024);
  return Uint16Array.from(bits.keys()).filter(b => bits[b] === 1);
}

export function fingerprintSet(rows: Uint16Array[]): FingerprintSet {
  const offsets = new Int32Array(rows.length + 1);
  rows.forEach((r, i) => (offsets[i + 1] = offsets[i] + r.length));
  const bits = new Uint16Array(offsets[rows.length]);
  rows.forEach((r, i) => bits.set(r, offsets[i]));
  return { bits, offsets, size: rows.length };
}

const rowOf = (fps: FingerprintSet, i: number) => fps.bits.subarray(fps.offsets[i], fps.offsets[i + 1]);

/**
 * An inverted index over a fingerprint set: for each bit the molecules that have it or, for a bit most of
 * them have, the ones that lack it, so no list is longer than half the set. Counting shared bits through
 * it beats comparing packed bit vectors pair by pair because Morgan fingerprints are sparse (about 41 of
 * 1,024 bits set on MOSES molecules): IntDiv of 30,000 molecules took 7 s this way and 32 s with
 * Uint32Array words and a popcount. The packed words are kept too, for testing single bits.
 */
export class BitIndex {
  readonly size: number;
  readonly popcounts: Int32Array;
  private readonly starts = new Int32Array(1025);
  private readonly lacking = new Uint8Array(1024);
  private readonly members: Int32Array;
  private readonly words: Uint32Array;

  constructor(fps: FingerprintSet) {
    this.size = fps.size;
    this.popcounts = Int32Array.from({ length: fps.size }, (_, i) => fps.offsets[i + 1] - fps.offsets[i]);
    this.words = new Uint32Array(fps.size * 32);
    const holders = new Int32Array(1024);
    for (const b of fps.bits) holders[b]++;
    for (let b = 0; b < 1024; b++) {
      this.lacking[b] = holders[b] * 2 > fps.size ? 1 : 0;
      this.starts[b + 1] = this.starts[b] + (this.lacking[b] ? fps.size - holders[b] : holders[b]);
    }
    this.members = new Int32Array(this.starts[1024]);
    const fill = this.starts.slice(0, 1024);
    for (let i = 0; i < fps.size; i++) {
      for (const b of rowOf(fps, i)) this.words[i * 32 + (b >> 5)] |= 1 << (b & 31);
      for (let b = 0; b < 1024; b++) if (this.has(i, b) !== !!this.lacking[b]) this.members[fill[b]++] = i;
    }
  }

  has(molecule: number, bit: number): boolean {
    return ((this.words[molecule * 32 + (bit >> 5)] >>> (bit & 31)) & 1) === 1;
  }

  private listLength(bit: number): number {
    return this.starts[bit + 1] - this.starts[bit];
  }

  /**
   * Adds to `shared[j]` (zeros on entry) the bits `query` shares with molecule j, for every j ≥ `from`, and
   * returns an amount to add to all of them, from bits counted through their complement.
   */
  shared(query: ArrayLike<number>, from: number, shared: Int32Array): number {
    let base = 0;
    for (let q = 0; q < query.length; q++) {
      const b = query[q];
      const end = this.starts[b + 1];
      let k = lowerBound(this.members, this.starts[b], end, from);
      if (this.lacking[b]) {
        base++;
        for (; k < end; k++) shared[this.members[k]]--;
      } else {
        for (; k < end; k++) shared[this.members[k]]++;
      }
    }
    return base;
  }

  /**
   * The highest Tanimoto similarity of `query` to any indexed molecule. The third of the query's bits with
   * the longest lists are not counted through them but tested one molecule at a time, and only where a
   * molecule holding all of them could beat the best so far: still exact, twice as fast on the MOSES test set.
   */
  nearest(query: Uint16Array, scratch: Int32Array): number {
    const byCost = Array.from(query).sort((a, b) => this.listLength(a) - this.listLength(b));
    const deferred = byCost.splice(byCost.length - Math.floor(byCost.length / 3));
    const base = this.shared(byCost, 0, scratch);
    let best = 0;
    for (let j = 0; j < this.size; j++) {
      const counted = scratch[j] + base;
      scratch[j] = 0;
      const pj = this.popcounts[j];
      if (tanimotoOf(Math.min(counted + deferred.length, pj), query.length, pj) <= best) continue;
      let shared = counted;
      for (const b of deferred) if (this.has(j, b)) shared++;
      best = Math.max(best, tanimotoOf(shared, query.length, pj));
    }
    return best;
  }
}

function lowerBound(sorted: Int32Array, lo: number, hi: number, value: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Tanimoto from a shared-bit count; two empty fingerprints count as identical (MOSES turns 0/0 into 1). */
const tanimotoOf = (shared: number, a: number, b: number) => (a + b - shared === 0 ? 1 : shared / (a + b - shared));

/** Row sums over all ordered pairs, self-pairs included, of T and of T^p, in one pass over each unordered pair. */
function similarityRowSums(fps: FingerprintSet, p: number): { plain: Float64Array; powered: Float64Array } {
  const index = new BitIndex(fps);
  const n = fps.size;
  const pop = index.popcounts;
  const plain = new Float64Array(n);
  const powered = new Float64Array(n);
  const shared = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const base = index.shared(rowOf(fps, i), i + 1, shared);
    let rowPlain = 1;
    let rowPowered = 1;
    for (let j = i + 1; j < n; j++) {
      const t = tanimotoOf(shared[j] + base, pop[i], pop[j]);
      shared[j] = 0;
      const tp = p === 1 ? t : p === 2 ? t * t : t ** p;
      rowPlain += t;
      rowPowered += tp;
      plain[j] += t;
      powered[j] += tp;
    }
    plain[i] += rowPlain;
    powered[i] += rowPowered;
  }
  return { plain, powered };
}

const diversityOf = (sums: Float64Array, n: number, p: number) =>
  1 - sums.reduce((acc, s) => acc + (s / n) ** (1 / p), 0) / n;

/** Internal diversity IntDivp of a set, MOSES's form (see the file comment); NaN for an empty set. */
export function internalDiversity(fps: FingerprintSet, p = 1): number {
  return diversityOf(similarityRowSums(fps, p).powered, fps.size, p);
}

/** SNN: the mean over generated molecules of the Tanimoto similarity to their nearest reference molecule. */
export function nearestNeighbourSimilarity(generated: FingerprintSet, reference: FingerprintSet | BitIndex): number {
  const index = reference instanceof BitIndex ? reference : new BitIndex(reference);
  const scratch = new Int32Array(index.size);
  let total = 0;
  for (let i = 0; i < generated.size; i++) total += index.nearest(rowOf(generated, i), scratch);
  return total / generated.size;
}

/** A seeded sample of `n` rows without replacement (see `MosesOptions.referenceSample` for what it costs SNN). */
export function sampleFingerprints(fps: FingerprintSet, n: number, seed = 1): FingerprintSet {
  if (n >= fps.size) return fps;
  const order = Int32Array.from({ length: fps.size }, (_, i) => i);
  const random = new Random(seed);
  for (let k = 0; k < n; k++) {
    const pick = random.int(k, fps.size - 1);
    [order[k], order[pick]] = [order[pick], order[k]];
  }
  return fingerprintSet(Array.from(order.subarray(0, n), i => rowOf(fps, i)));
}

export type Counts = Map<string, number>;

const countInto = (counts: Counts, key: string, times = 1) => counts.set(key, (counts.get(key) ?? 0) + times);

/** Cosine similarity of two count vectors keyed by SMILES (Frag, Scaf); NaN when either is empty, as MOSES. */
export function cosineSimilarity(reference: Counts, generated: Counts): number {
  if (reference.size === 0 || generated.size === 0) return NaN;
  let dot = 0;
  for (const [key, count] of generated) dot += count * (reference.get(key) ?? 0);
  const norm = (c: Counts) => Math.sqrt([...c.values()].reduce((s, x) => s + x * x, 0));
  return dot / (norm(reference) * norm(generated));
}

/** Wasserstein-1 distance of two samples: the area between their empirical distribution functions. */
export function wasserstein1(u: ArrayLike<number>, v: ArrayLike<number>): number {
  const a = Float64Array.from(u).sort();
  const b = Float64Array.from(v).sort();
  let i = 0;
  let j = 0;
  let area = 0;
  let previous = Math.min(a[0], b[0]);
  while (i < a.length || j < b.length) {
    const next = Math.min(i < a.length ? a[i] : Infinity, j < b.length ? b[j] : Infinity);
    area += Math.abs(i / a.length - j / b.length) * (next - previous);
    while (i < a.length && a[i] === next) i++;
    while (j < b.length && b[j] === next) j++;
    previous = next;
  }
  return area;
}

/** What one molecule contributes to the MOSES metrics. */
interface MoleculeProfile {
  bits: Uint16Array;
  fragments: string[];
  /** The Murcko scaffold when it has the two rings Scaf asks for, else ''. */
  scaffold: string;
  /** Crippen logP, average molecular weight and QED, when asked for. */
  properties?: { logP: number; weight: number; qed: number };
}

const MIN_SCAFFOLD_RINGS = 2;

/** The parts of a profile a call needs: fragments and scaffolds only against a reference set, properties against the test set. */
interface ProfileParts {
  fragments: boolean;
  properties: boolean;
}

function profileOf(mol: JSMol, parts: ProfileParts): MoleculeProfile {
  const scaffold = parts.fragments ? murckoScaffold(mol) : undefined;
  // QED's inputs include Crippen logP and average weight, so one descriptor pass serves all three.
  const q = parts.properties ? qedProperties(mol, descriptorsOf(mol)) : undefined;
  return {
    bits: morganOnBits(mol),
    fragments: parts.fragments ? bricsFragments(mol) : [],
    scaffold: scaffold && scaffold.rings >= MIN_SCAFFOLD_RINGS ? scaffold.smiles : '',
    properties: q && { logP: q.ALOGP, weight: q.MW, qed: qedFromProperties(q) }
  };
}

/** A reference set (MOSES test or scaffold-test) reduced to what the metrics compare against; compute it once. */
export interface ReferenceStatistics {
  fingerprints: FingerprintSet;
  fragments: Counts;
  scaffolds: Counts;
  /** Crippen logP, average molecular weight and QED of each molecule; absent when not asked for. */
  properties?: { logP: Float64Array; weight: Float64Array; qed: Float64Array };
}

/** Statistics of a reference set; invalid SMILES are skipped. About 2 ms a molecule, 5 ms with properties. */
export function referenceStatistics(smiles: string[], options: { properties?: boolean } = {}): ReferenceStatistics {
  const parts = { fragments: true, properties: !!options.properties };
  const profiles = smiles.flatMap(s => withMol(s, mol => profileOf(mol, parts)) ?? []);
  const fragments: Counts = new Map();
  const scaffolds: Counts = new Map();
  for (const p of profiles) {
    for (const f of p.fragments) countInto(fragments, f);
    if (p.scaffold) countInto(scaffolds, p.scaffold);
  }
  const column = (key: 'logP' | 'weight' | 'qed') => Float64Array.from(profiles, p => p.properties![key]);
  return {
    fingerprints: fingerprintSet(profiles.map(p => p.bits)),
    fragments,
    scaffolds,
    properties: options.properties ? { logP: column('logP'), weight: column('weight'), qed: column('qed') } : undefined
  };
}

export interface MosesOptions {
  /** Training SMILES for Novelty, compared as given (canonical SMILES, as in the MOSES train file). */
  train?: Set<string> | string[];
  /** The test set, or its statistics from `referenceStatistics(test, { properties: true })`. */
  test?: string[] | ReferenceStatistics;
  /** The scaffold-split test set, or its statistics. */
  testScaffolds?: string[] | ReferenceStatistics;
  /** The k of Unique@k; default [1000, 10000]. A list shorter than k uses all its valid molecules. */
  k?: number[];
  /**
   * Compare SNN with a seeded random sample of this many reference molecules instead of all of them, to
   * save time (SNN of 30,000 molecules against the whole MOSES test set takes about 35 s). A nearest
   * neighbour among fewer molecules is less near, so this lowers SNN: by 0.13 at 10,000, 0.10 at 20,000 and
   * 0.06 at 50,000 test molecules (SNN 0.61 in full, for 30,000 scaffold-test molecules). Such a number is
   * not comparable with MOSES tables.
   */
  referenceSample?: number;
  seed?: number;
}

/** The MOSES metrics; fields are absent when their reference set was not given. */
export interface MosesMetrics {
  valid: number;
  /** Unique@k by k. */
  unique: Record<number, number>;
  novelty?: number;
  intDiv1: number;
  intDiv2: number;
  filters: number;
  snnTest?: number;
  fragTest?: number;
  scafTest?: number;
  snnTestSF?: number;
  fragTestSF?: number;
  scafTestSF?: number;
  /** Wasserstein-1 distances to the test set of Crippen logP, molecular weight and QED. */
  logP?: number;
  weight?: number;
  qed?: number;
}

export function mosesMetrics(generated: string[], options: MosesOptions = {}): MosesMetrics {
  if (generated.length === 0) throw new ChemistryError('mosesMetrics needs at least one generated SMILES');
  const valid = generated.map(canonicalSmiles).filter((s): s is string => s !== null);
  const multiplicity: Counts = new Map();
  for (const s of valid) countInto(multiplicity, s);
  const uniqueAtK = Object.fromEntries(
    (options.k ?? [1000, 10000]).map(k => [k, new Set(valid.slice(0, k)).size / Math.min(k, valid.length)])
  );
  const train = options.train instanceof Set ? options.train : options.train && new Set(options.train);

  // Each distinct molecule is profiled once; the metrics then weigh it by how often it was generated.
  const parts = { fragments: !!(options.test || options.testScaffolds), properties: !!options.test };
  const profiles = new Map<string, MoleculeProfile & { passes: boolean }>();
  for (const s of multiplicity.keys()) {
    profiles.set(s, { ...withMol(s, mol => profileOf(mol, parts))!, passes: passesMosesFilters(s) });
  }
  const each = valid.map(s => profiles.get(s)!);
  const fps = fingerprintSet(each.map(p => p.bits));
  const { plain, powered } = similarityRowSums(fps, 2);
  const fragments: Counts = new Map();
  const scaffolds: Counts = new Map();
  for (const [s, p] of profiles) {
    const times = multiplicity.get(s)!;
    for (const f of p.fragments) countInto(fragments, f, times);
    if (p.scaffold) countInto(scaffolds, p.scaffold, times);
  }

  const metrics: MosesMetrics = {
    valid: valid.length / generated.length,
    unique: uniqueAtK,
    novelty: train && [...multiplicity.keys()].filter(s => !train.has(s)).length / multiplicity.size,
    intDiv1: diversityOf(plain, fps.size, 1),
    intDiv2: diversityOf(powered, fps.size, 2),
    filters: each.filter(p => p.passes).length / each.length
  };
  const sample = (ref: ReferenceStatistics) =>
    options.referenceSample ? sampleFingerprints(ref.fingerprints, options.referenceSample, options.seed) : ref.fingerprints;
  if (options.test) {
    const test = Array.isArray(options.test) ? referenceStatistics(options.test, { properties: true }) : options.test;
    metrics.snnTest = nearestNeighbourSimilarity(fps, sample(test));
    metrics.fragTest = cosineSimilarity(test.fragments, fragments);
    metrics.scafTest = cosineSimilarity(test.scaffolds, scaffolds);
    if (test.properties) {
      for (const key of ['logP', 'weight', 'qed'] as const) {
        metrics[key] = wasserstein1(test.properties[key], each.map(p => p.properties![key]));
      }
    }
  }
  if (options.testScaffolds) {
    const sf = Array.isArray(options.testScaffolds) ? referenceStatistics(options.testScaffolds) : options.testScaffolds;
    metrics.snnTestSF = nearestNeighbourSimilarity(fps, sample(sf));
    metrics.fragTestSF = cosineSimilarity(sf.fragments, fragments);
    metrics.scafTestSF = cosineSimilarity(sf.scaffolds, scaffolds);
  }
  return metrics;
}
