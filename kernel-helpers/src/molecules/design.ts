/**
 * Constrained design with the language model: property ranges, a required substructure, excluded
 * substructures and a similarity window to a seed molecule. Two ways to meet them:
 * - rejection: sample freely, keep what qualifies;
 * - prefix conditioning (the guided method): the model continues a SMILES or SELFIES prefix —
 *   the scaffold written from each of its atoms (scaffold decoration), or a cut of the seed
 *   molecule (analogs: "suggest chemical modifications") — so most samples already qualify.
 * Sampling stops at `budget` draws; what was found is returned with the acceptance rate.
 *
 * Samples are drawn in chunks of `batchSize`, each with its own seed, and merged in chunk order, so
 * worker threads (`threads`) change how fast the answer comes, not the answer.
 */
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { Random } from '../cohort/random';
import { canonicalSmiles, ChemistryError, descriptorsOf, hasMatch, morganBits, smartsQuery, smilesProblem, tanimoto, withMol, type Descriptors, type JSMol } from './chem';
import type { LanguageModel, LanguageModelConfig } from './model';
import { qed } from './qed';
import { sample } from './sample';
import { notationTokens, smilesReader } from './selfies';
import { Vocabulary } from './tokens';

export interface Range {
  min?: number;
  max?: number;
}

export interface DesignConstraints {
  /** Average molecular weight (Da). */
  mw?: Range;
  /** Crippen logP. */
  logp?: Range;
  qed?: Range;
  tpsa?: Range;
  hbd?: Range;
  hba?: Range;
  rotb?: Range;
  /** A substructure every molecule must contain (SMILES or SMARTS). */
  scaffold?: string;
  /** Substructures no molecule may contain (SMARTS). */
  exclude?: string[];
  /** Analogs: Tanimoto similarity (Morgan radius 2, 1,024 bits) to `smiles` within [min, max]. */
  similarTo?: { smiles: string; min?: number; max?: number };
}

export interface MoleculeProperties {
  mw: number;
  logp: number;
  qed: number;
  tpsa: number;
  hbd: number;
  hba: number;
  rotb: number;
  heavyAtoms: number;
  aromaticRings: number;
}

export interface DesignedMolecule {
  smiles: string;
  properties: MoleculeProperties;
  /** To the seed molecule, with `similarTo`. */
  similarity?: number;
}

export interface DesignOptions {
  n: number;
  temperature?: number;
  topK?: number;
  /** Sample under the notation's guard (default true; sample.ts): SMILES token by token, SELFIES by redrawing. */
  grammar?: boolean;
  seed?: number;
  batchSize?: number;
  /** Most strings to sample before giving up; default 50 × n. */
  budget?: number;
  constraints?: DesignConstraints;
  /** 'auto': prefix conditioning when there is a scaffold or a seed molecule, else rejection. */
  method?: 'auto' | 'rejection' | 'prefix';
  /** Canonical SMILES that do not count as new (the training set, or molecules already found). */
  exclude?: Set<string>;
  /** Threads that sample and check (this one and workers); default 1. The molecules do not depend on it. */
  threads?: number;
  onProgress?: (found: number, sampled: number) => void;
  /** Checked between chunks: aborting stops the run with the signal's reason. */
  signal?: AbortSignal;
}

export interface DesignResult {
  molecules: DesignedMolecule[];
  method: 'rejection' | 'prefix';
  sampled: number;
  valid: number;
  unique: number;
  accepted: number;
  acceptanceRate: number;
  budgetExhausted: boolean;
  /** Sampled under the notation's guard. */
  guarded: boolean;
  /** SELFIES strings the guard dropped and drew again (repaired by the decoder, or not canonical), in the chunks used. */
  redrawn: number;
  /** Threads whose chunks were merged (this one and workers): depends on timing, the molecules do not. */
  threads: number;
}

export class DesignError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DesignError';
  }
}

const RANGE_NAMES = ['mw', 'logp', 'qed', 'tpsa', 'hbd', 'hba', 'rotb'] as const;

/** The properties RDKit's descriptors give directly: cheap, so design checks them before QED. */
function descriptorProperties(d: Descriptors): Omit<MoleculeProperties, 'qed'> {
  return { mw: d.amw, logp: d.CrippenClogP, tpsa: d.tpsa, hbd: d.NumHBD, hba: d.NumHBA, rotb: d.NumRotatableBonds, heavyAtoms: d.NumHeavyAtoms, aromaticRings: d.NumAromaticRings };
}

export function propertiesOf(mol: JSMol): MoleculeProperties {
  const d = descriptorsOf(mol);
  return { ...descriptorProperties(d), qed: qed(mol, d) };
}

function checkConstraints(c: DesignConstraints): void {
  for (const name of RANGE_NAMES) {
    const r = c[name];
    if (r && r.min !== undefined && r.max !== undefined && r.min > r.max) {
      throw new DesignError(`${name}=${r.min}..${r.max} is empty: the lower bound is above the upper bound`);
    }
  }
  if (c.qed && ((c.qed.min ?? 0) > 1 || (c.qed.max ?? 1) < 0)) throw new DesignError('qed lies in [0, 1]: give a range that meets it');
  const s = c.similarTo;
  if (s && !(0 <= (s.min ?? 0) && (s.min ?? 0) <= (s.max ?? 1) && (s.max ?? 1) <= 1)) {
    throw new DesignError(`similarity ${s.min ?? 0}..${s.max ?? 1} must be a range within [0, 1]`);
  }
}

const within = (x: number, r?: Range) => !r || ((r.min === undefined || x >= r.min) && (r.max === undefined || x <= r.max));

/** The SMILES of `smiles` written from each of its atoms (distinct strings), for prefixes. */
function rootedForms(smiles: string): string[] {
  return withMol(smiles, mol => {
    const n = mol.get_num_atoms(true);
    return [...new Set(Array.from({ length: n }, (_, i) => mol.get_smiles(JSON.stringify({ rootedAtAtom: i }))))];
  }) ?? [];
}

/** What one thread needs to draw and check a chunk of samples. */
export interface ChunkPlan {
  constraints: DesignConstraints;
  prefixes: number[][];
  temperature?: number;
  topK?: number;
  grammar?: boolean;
  batchSize: number;
}

/** A sample's verdict: null when invalid, else its canonical SMILES and, when it qualifies, the molecule. */
export type Verdict = null | { canonical: string; molecule?: DesignedMolecule };

/** A chunk's verdicts, and the strings the guard redrew to fill it. */
export interface Chunk {
  verdicts: Verdict[];
  redrawn: number;
}

/**
 * Checks samples against the constraints; its compiled queries live in RDKit's heap until `dispose()`.
 * Every sample is judged on its own: duplicates are for the merge, which sees the samples in order.
 */
export class SampleChecker {
  private readonly queries: JSMol[] = [];
  private readonly scaffold?: JSMol;
  private readonly excluded: JSMol[];
  private readonly seedBits?: Uint8Array;
  private readonly toSmiles: (s: string) => string;

  constructor(
    notation: LanguageModelConfig['notation'],
    private readonly c: DesignConstraints
  ) {
    this.toSmiles = smilesReader(notation);
    try {
      // A scaffold written as SMILES is matched as its canonical form (aromatic where RDKit perceives aromaticity),
      // so a Kekulé benzene still matches the aromatic rings the model writes.
      if (c.scaffold) this.queries.push((this.scaffold = smartsQuery(canonicalSmiles(c.scaffold) ?? c.scaffold)));
      for (const s of c.exclude ?? []) this.queries.push(smartsQuery(s));
      this.excluded = this.queries.slice(this.scaffold ? 1 : 0);
      if (c.similarTo) {
        this.seedBits = withMol(c.similarTo.smiles, m => morganBits(m));
        if (!this.seedBits) throw new ChemistryError(`the seed molecule '${c.similarTo.smiles}' is not a valid SMILES: ${smilesProblem(c.similarTo.smiles)}`);
      }
    } catch (e) {
      this.dispose();
      throw e;
    }
  }

  verdict(sample: string): Verdict {
    const { c } = this;
    const smiles = sample ? this.toSmiles(sample) : '';
    return (
      withMol(smiles, (mol): Verdict => {
        const canonical = mol.get_smiles();
        const reject = { canonical };
        if (this.scaffold && !hasMatch(mol, this.scaffold)) return reject;
        if (this.excluded.some(q => hasMatch(mol, q))) return reject;
        const d = descriptorsOf(mol);
        const cheap = descriptorProperties(d);
        if (!RANGE_NAMES.every(name => name === 'qed' || within(cheap[name], c[name]))) return reject;
        const properties = { ...cheap, qed: qed(mol, d) };
        if (!within(properties.qed, c.qed)) return reject;
        let similarity: number | undefined;
        if (this.seedBits) {
          similarity = tanimoto(this.seedBits, morganBits(mol));
          if (similarity < (c.similarTo!.min ?? 0) || similarity > (c.similarTo!.max ?? 1)) return reject;
        }
        return { canonical, molecule: { smiles: canonical, properties, ...(similarity !== undefined ? { similarity } : {}) } };
      }) ?? null
    );
  }

  dispose(): void {
    for (const q of this.queries.splice(0)) q.delete();
  }
}

/** The seed of chunk `index`: a chunk's samples depend only on (seed, index). */
export const chunkSeed = (seed: number, index: number) => new Random(seed >>> 0 ^ Math.imul(index + 1, 0x9e3779b1)).nextUint32();

/** Draws chunk `index` (`size` samples) and judges each sample. */
export function drawChunk(model: LanguageModel, checker: SampleChecker, plan: ChunkPlan, seed: number, index: number, size: number): Chunk {
  // Each chunk starts at its own place in the prefix list, as one long run through it would (SELFIES redraws go on
  // through the list from there, so they may reuse the next chunk's first prefixes: still seeded by the chunk alone).
  const shift = plan.prefixes.length ? (index * plan.batchSize) % plan.prefixes.length : 0;
  const prefixes = plan.prefixes.length ? [...plan.prefixes.slice(shift), ...plan.prefixes.slice(0, shift)] : undefined;
  const { strings, redrawn } = sample(model, { n: size, temperature: plan.temperature, topK: plan.topK, grammar: plan.grammar, batchSize: plan.batchSize, seed: chunkSeed(seed, index), ...(prefixes ? { prefixes } : {}) });
  return { verdicts: strings.map(s => checker.verdict(s)), redrawn };
}

/** The prefixes of the guided method: the seed cut after 40–80 % of its tokens, or the scaffold from each atom. */
function prefixesFor(model: LanguageModel, c: DesignConstraints, method: DesignOptions['method']): number[][] {
  const wantsPrefix = method === 'prefix' || (method !== 'rejection' && (c.similarTo || c.scaffold));
  if (!wantsPrefix) return [];
  const vocabulary = new Vocabulary(model.config.vocabulary);
  const tokensOf = notationTokens(model.config.notation);
  const safeIds = (s: string) => {
    try {
      return vocabulary.encode(tokensOf(s)).slice(1, -1);
    } catch {
      return undefined; // a token the model never saw: this form cannot be a prefix
    }
  };
  const prefixes: number[][] = [];
  if (c.similarTo) {
    for (const form of rootedForms(c.similarTo.smiles)) {
      const ids = safeIds(form);
      if (!ids) continue;
      for (const share of [0.4, 0.5, 0.6, 0.7, 0.8]) prefixes.push(ids.slice(0, Math.max(1, Math.round(share * ids.length))));
    }
  } else if (c.scaffold) {
    prefixes.push(...rootedForms(c.scaffold).map(safeIds).filter((x): x is number[] => !!x));
  }
  return prefixes;
}

const positiveInteger = (x: number | undefined) => x === undefined || (Number.isInteger(x) && x >= 1);

export async function design(model: LanguageModel, options: DesignOptions): Promise<DesignResult> {
  const c = options.constraints ?? {};
  checkConstraints(c);
  for (const key of ['n', 'budget', 'batchSize', 'threads'] as const) {
    if (!positiveInteger(options[key])) throw new DesignError(`${key} must be a whole number ≥ 1, not ${options[key]}`);
  }
  const checker = new SampleChecker(model.config.notation, c);
  try {
    const plan: ChunkPlan = { constraints: c, prefixes: prefixesFor(model, c, options.method), temperature: options.temperature, topK: options.topK, grammar: options.grammar, batchSize: options.batchSize ?? 512 };
    const budget = options.budget ?? 50 * options.n;
    const seed = options.seed ?? 0;
    const chunks = Math.ceil(budget / plan.batchSize);
    const sizeOf = (i: number) => Math.min(plan.batchSize, budget - i * plan.batchSize);

    const seen = new Set<string>(options.exclude ?? []);
    const found: DesignedMolecule[] = [];
    let sampled = 0;
    let valid = 0;
    let unique = 0;
    let redrawn = 0;
    const drawnBy = new Set<number>();
    /** Merges the next chunk in order; `thread` drew it (0: this one). */
    const merge = (chunk: Chunk, thread: number) => {
      drawnBy.add(thread);
      redrawn += chunk.redrawn;
      for (const v of chunk.verdicts) {
        if (found.length >= options.n) break;
        sampled++;
        if (!v) continue;
        valid++;
        if (seen.has(v.canonical)) continue;
        seen.add(v.canonical);
        unique++;
        if (v.molecule) found.push(v.molecule);
      }
      options.onProgress?.(found.length, sampled);
    };
    const done = () => found.length >= options.n;
    const stopIfAborted = () => {
      if (options.signal?.aborted) throw options.signal.reason;
    };
    const threads = Math.min(options.threads ?? 1, os.availableParallelism(), chunks);
    stopIfAborted();
    // The first chunk is drawn here: what it does not find is worth starting workers for.
    merge(drawChunk(model, checker, plan, seed, 0, sizeOf(0)), 0);
    if (threads === 1) {
      for (let i = 1; i < chunks && !done(); i++) {
        await new Promise(resolve => setImmediate(resolve)); // an interrupt arrives as an event
        stopIfAborted();
        merge(drawChunk(model, checker, plan, seed, i, sizeOf(i)), 0);
      }
    } else if (!done()) {
      await drawInParallel(model, checker, plan, seed, { chunks, sizeOf, threads, merge, done, signal: options.signal });
    }
    const method = plan.prefixes.length ? 'prefix' : 'rejection';
    return { molecules: found, method, sampled, valid, unique, accepted: found.length, acceptanceRate: sampled ? found.length / sampled : 0, budgetExhausted: found.length < options.n, guarded: options.grammar !== false, redrawn, threads: drawnBy.size };
  } finally {
    checker.dispose();
  }
}

/**
 * Chunks 1, 2, … drawn by this thread and `threads − 1` workers, merged in chunk order. This thread draws while
 * the workers load (model and RDKit: about a second) and whenever none is free; at most 4 chunks per
 * thread run ahead of the merge, which is what may be drawn for nothing once enough are found.
 */
async function drawInParallel(
  model: LanguageModel,
  checker: SampleChecker,
  plan: ChunkPlan,
  seed: number,
  run: { chunks: number; sizeOf: (i: number) => number; threads: number; merge: (chunk: Chunk, thread: number) => void; done: () => boolean; signal?: AbortSignal }
): Promise<void> {
  const results = new Map<number, { chunk: Chunk; thread: number }>();
  const idle: Worker[] = [];
  const workers: Worker[] = [];
  let failure: unknown;
  let closing = false;
  let wake: (() => void) | undefined;
  const poke = () => wake?.();
  run.signal?.addEventListener('abort', poke);
  try {
    const saved = await model.save();
    // Workers load the caller's exact weights on the caller's backend: another backend would draw other samples.
    const workerData = { model: { json: saved.json, weights: saved.weights }, notation: model.config.notation, plan, seed };
    const env = { ...process.env, GENHEALTH_TF_BACKEND: model.tf.getBackend() };
    for (let t = 1; t < run.threads; t++) {
      const w = new Worker(path.join(__dirname, 'design-worker.js'), { workerData, env });
      workers.push(w);
      w.on('message', (m: { ready: true } | { index: number; chunk: Chunk }) => {
        if ('index' in m) results.set(m.index, { chunk: m.chunk, thread: t });
        idle.push(w);
        poke();
      });
      w.on('error', e => {
        failure ??= e;
        poke();
      });
      w.on('exit', code => {
        if (!closing) failure ??= new DesignError(`a design worker stopped (exit code ${code}) before the run ended`);
        poke();
      });
    }
    let next = 1;
    let merged = 1;
    const lookahead = 4 * run.threads;
    while (!run.done() && merged < run.chunks) {
      if (failure) throw failure;
      if (run.signal?.aborted) throw run.signal.reason;
      const result = results.get(merged);
      if (result) {
        run.merge(result.chunk, result.thread);
        results.delete(merged++);
      } else if (idle.length && next < run.chunks && next - merged < lookahead) {
        idle.pop()!.postMessage({ index: next, size: run.sizeOf(next++) });
      } else if (next < run.chunks && next - merged < lookahead) {
        const index = next++;
        results.set(index, { chunk: drawChunk(model, checker, plan, seed, index, run.sizeOf(index)), thread: 0 });
        await new Promise(resolve => setImmediate(resolve)); // let the workers' messages in
      } else {
        await new Promise<void>(resolve => (wake = resolve));
      }
    }
  } finally {
    closing = true;
    run.signal?.removeEventListener('abort', poke);
    await Promise.all(workers.map(w => w.terminate()));
  }
}

/** "Suggest chemical modifications": molecules whose similarity to `smiles` lies in [min, max] (default 0.4–0.9). */
export function analogs(model: LanguageModel, smiles: string, options: Omit<DesignOptions, 'constraints'> & { min?: number; max?: number; constraints?: Omit<DesignConstraints, 'similarTo'> }): Promise<DesignResult> {
  const { min = 0.4, max = 0.9, constraints = {}, ...rest } = options;
  return design(model, { ...rest, constraints: { ...constraints, similarTo: { smiles, min, max } } });
}
