/**
 * Sampling from the language model: batched, with temperature and top-k, on the active backend.
 * The next token is drawn in JavaScript from the step's logits with a seeded generator, so a seed
 * gives the same strings on every backend that computes the same logits. Finished sequences leave
 * the batch (a quarter at a time), so a batch costs about what its members need. Unless `grammar: false`, a
 * model writes under its notation's guard. SMILES: each token must keep the string within syntax and RDKit's
 * valences (grammar.ts). SELFIES: a string is dropped and drawn again when the decoder would have to repair it to
 * read it (selfiesRepairs) and, for a model trained on canonical spellings alone, when it is not the canonical
 * spelling of the molecule it decodes to. Every SELFIES string decodes, so a slip such as a ring index that counts
 * back too far does not fail as a SMILES slip does; the canonical spelling catches it as a checksum would, since the
 * molecule a slip makes is spelled otherwise. Masking tokens, as for SMILES, was tried for SELFIES and measured
 * worse: it turns a slip into another molecule that fails the MOSES filters about as often, while dropping the string
 * keeps exactly the strings the model wrote as meant (Skinnider, Nat. Mach. Intell. 6, 437, 2024, on why discarding
 * beats enforcing validity).
 */
import type * as TF from '@tensorflow/tfjs-core';
import { Random } from '../cohort/random';
import type { LanguageModel } from './model';
import { SmilesSyntax } from './grammar';
import { canonicalSmiles, ChemistryError, rdkit } from './chem';
import { decodeSelfies, encodeSelfies, selfiesRepairs } from './selfies';
import { END, PAD, START, Vocabulary } from './tokens';

export interface SampleOptions {
  n: number;
  temperature?: number;
  /** Keep only the k most likely tokens at each step (0: all). */
  topK?: number;
  /** Hold the model to its notation's guard (default true); false: the model unaided. */
  grammar?: boolean;
  batchSize?: number;
  seed?: number;
  /** Longest sequence in tokens; default the model's. */
  maxLength?: number;
  /** Token ids each sequence must start with (sequence i uses prefixes[i % length]); sampling continues them. */
  prefixes?: number[][];
}

/** Draws an index from unnormalised weights `w[0 .. n)`, the last one with weight if rounding runs past it. */
function draw(w: Float64Array, n: number, random: Random): number {
  let total = 0;
  for (let j = 0; j < n; j++) total += w[j];
  let u = random.next() * total;
  let last = 0;
  for (let j = 0; j < n; j++) {
    if (w[j] === 0) continue;
    last = j;
    u -= w[j];
    if (u < 0) return j;
  }
  return last;
}

/** Zeroes all but the k largest of `w[0 .. n)` (ties go to the lower index). */
function keepTop(w: Float64Array, n: number, k: number, order: number[]): void {
  for (let j = 0; j < n; j++) order[j] = j;
  order.sort((a, b) => w[b] - w[a] || a - b);
  for (let r = k; r < n; r++) w[order[r]] = 0;
}

export interface Sample {
  strings: string[];
  /** SELFIES strings dropped and drawn again: the decoder would have read them other than as written, or they are not canonical. */
  redrawn: number;
}

/** Whether a SELFIES string is how a canonically trained model's corpus spells its molecule: its canonical SMILES, encoded. */
export function spelledCanonically(selfies: string): boolean {
  const canonical = canonicalSmiles(decodeSelfies(selfies));
  if (canonical === null) return false;
  try {
    return encodeSelfies(canonical) === selfies;
  } catch {
    return false; // a molecule the encoder cannot write: no training string spells it
  }
}

/** Redrawing stops, with an error, once this many strings have been drawn for each one asked for. */
const MAX_DRAWS_PER_STRING = 20;

export const sampleStrings = (model: LanguageModel, options: SampleOptions): string[] => sample(model, options).strings;

export function sample(model: LanguageModel, options: SampleOptions): Sample {
  const { tf, config } = model;
  const vocabulary = new Vocabulary(config.vocabulary);
  const temperature = options.temperature ?? 1;
  if (!(temperature > 0)) throw new RangeError(`temperature must be > 0, not ${temperature}`);
  const topK = options.topK ?? 0;
  if (!(Number.isInteger(topK) && topK >= 0)) throw new RangeError(`topK must be a whole number ≥ 0, not ${topK}`);
  const maxLength = options.maxLength ?? config.maxLength;
  const batchSize = options.batchSize ?? 512;
  const random = new Random(options.seed ?? 0);
  const notFirst = new Set([END, ...vocabulary.tokens.flatMap((token, id) => (config.notation === 'selfies' && /Branch|Ring/.test(token) ? [id] : []))]);
  const guarded = options.grammar !== false;
  const syntax = guarded && config.notation === 'smiles' ? new SmilesSyntax(vocabulary) : undefined;
  const literalOnly = guarded && config.notation === 'selfies';
  // A prefix is the caller's spelling (a scaffold rooted at each of its atoms), not the model's: only literal then.
  const canonicalOnly = literalOnly && config.spellings !== 'rooted' && !options.prefixes?.some(p => p.length);
  if (canonicalOnly) rdkit(); // the check canonicalises with RDKit: say it is not loaded before sampling, not after
  const order: number[] = [];
  const w = new Float64Array(vocabulary.size);
  const allowed = new Uint8Array(vocabulary.size);
  const out: string[] = [];
  let drawn = 0;
  let redrawn = 0;
  const stepper = model.stepper();
  try {
    while (out.length < options.n) {
      const missing = options.n - out.length;
      if (drawn >= MAX_DRAWS_PER_STRING * options.n) {
        throw new ChemistryError(`only ${out.length} of ${drawn.toLocaleString('en')} SELFIES strings this model wrote were read as written${canonicalOnly ? ' and spelled canonically' : ''} (the others need the decoder's repairs${canonicalOnly ? ' or are not their molecule\'s canonical spelling' : ''}); ` +
          'sample with grammar=false to keep them all, as the decoder reads them');
      }
      // Redraws are sized by the share dropped so far, so that one more batch usually suffices.
      const size = Math.min(batchSize, MAX_DRAWS_PER_STRING * options.n - drawn, out.length ? Math.ceil((missing * (out.length + redrawn)) / out.length) : missing);
      const first = drawn;
      drawn += size;
      const prefixOf = (i: number) => (options.prefixes?.length ? options.prefixes[(first + i) % options.prefixes.length] : []);
      const sequences: number[][] = Array.from({ length: size }, () => []);
      const written = syntax ? sequences.map(() => syntax.start()) : [];
      // rows[k]: the sequence in row k of the state tensors, or -1 once it has finished. Finished rows ride
      // along until a quarter of the rows have finished: one gather then, rather than one every step.
      let rows = Array.from({ length: size }, (_, i) => i);
      let open = size;
      let states = stepper.initialState(size);
      let tokens = tf.fill([size], START, 'int32') as TF.Tensor1D;
      try {
        for (let t = 0; t <= maxLength && open; t++) {
          const { logits, states: next } = tf.tidy(() => stepper.step(tokens, states));
          const l = logits.dataSync() as Float32Array;
          const width = logits.shape[1]!;
          tf.dispose([logits, tokens, ...states]);
          const chosen = new Int32Array(rows.length).fill(END);
          for (let k = 0; k < rows.length; k++) {
            const i = rows[k];
            if (i < 0) continue;
            // An empty string is no molecule: the first token may not end the sequence, nor (in SELFIES) be a
            // branch or ring token, which the decoder skips before the first atom. The softmax runs over the
            // allowed tokens only, from their largest logit, so that a low temperature cannot round them all to 0.
            let top = -Infinity;
            for (let j = 0; j < width; j++) {
              allowed[j] = j !== PAD && j !== START && !(t === 0 && notFirst.has(j)) && (!syntax || syntax.allows(written[i], j)) ? 1 : 0;
              if (allowed[j] && l[k * width + j] > top) top = l[k * width + j];
            }
            for (let j = 0; j < width; j++) w[j] = allowed[j] ? Math.exp((l[k * width + j] - top) / temperature) : 0;
            if (topK > 0 && topK < width) keepTop(w, width, topK, order);
            // Nothing allowed happens only after a prefix the guard would not have written: the string ends there.
            const j = top === -Infinity ? END : draw(w, width, random);
            const prefix = prefixOf(i);
            const token = t < prefix.length ? prefix[t] : j;
            // A sequence still open at maxLength is returned as cut, as MOSES's CharRNN sampler does; validity decides.
            if (token === END || t === maxLength) {
              rows[k] = -1;
              open--;
            } else {
              sequences[i].push(token);
              if (syntax) syntax.push(written[i], token);
              chosen[k] = token;
            }
          }
          if (open && open <= 0.75 * rows.length) {
            const keep = rows.flatMap((i, k) => (i >= 0 ? [k] : []));
            const kept = tf.tensor1d(keep, 'int32');
            states = next.map(h => tf.gather(h, kept) as TF.Tensor2D);
            tf.dispose([kept, ...next]);
            tokens = tf.tensor1d(keep.map(k => chosen[k]), 'int32');
            rows = keep.map(k => rows[k]);
          } else {
            states = next;
            tokens = tf.tensor1d(chosen, 'int32');
          }
        }
      } finally {
        tf.dispose([tokens, ...states]);
      }
      for (const s of sequences) {
        if (out.length === options.n) break; // the rest of an oversized last batch is not needed
        const string = vocabulary.decode(s);
        if (literalOnly && (selfiesRepairs(string).length || (canonicalOnly && !spelledCanonically(string)))) redrawn++;
        else out.push(string);
      }
    }
  } finally {
    stepper.dispose();
  }
  return { strings: out, redrawn };
}
