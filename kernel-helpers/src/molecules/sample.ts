/**
 * Sampling from the language model: batched, with temperature and top-k, on the active backend.
 * The next token is drawn in JavaScript from the step's probabilities with a seeded generator, so
 * a seed gives the same strings on every backend that computes the same probabilities. Finished
 * sequences leave the batch (a quarter at a time), so a batch costs about what its members need.
 */
import type * as TF from '@tensorflow/tfjs-core';
import { Random } from '../cohort/random';
import type { LanguageModel } from './model';
import { END, START, Vocabulary } from './tokens';

export interface SampleOptions {
  n: number;
  temperature?: number;
  /** Keep only the k most likely tokens at each step (0: all). */
  topK?: number;
  batchSize?: number;
  seed?: number;
  /** Longest sequence in tokens; default the model's. */
  maxLength?: number;
  /** Token ids each sequence must start with (sequence i uses prefixes[i % length]); sampling continues them. */
  prefixes?: number[][];
}

/** Draws an index from unnormalised weights `w[offset .. offset+n)`. */
function draw(w: Float32Array, offset: number, n: number, random: Random): number {
  let total = 0;
  for (let j = 0; j < n; j++) total += w[offset + j];
  let u = random.next() * total;
  for (let j = 0; j < n; j++) {
    u -= w[offset + j];
    if (u < 0) return j;
  }
  return n - 1;
}

export function sampleStrings(model: LanguageModel, options: SampleOptions): string[] {
  const { tf, config } = model;
  const vocabulary = new Vocabulary(config.vocabulary);
  const temperature = options.temperature ?? 1;
  if (!(temperature > 0)) throw new RangeError(`temperature must be > 0, not ${temperature}`);
  const topK = options.topK ?? 0;
  const maxLength = options.maxLength ?? config.maxLength;
  const batchSize = options.batchSize ?? 512;
  const random = new Random(options.seed ?? 0);
  const notFirst = new Set([END, ...vocabulary.tokens.flatMap((token, id) => (config.notation === 'selfies' && /Branch|Ring/.test(token) ? [id] : []))]);
  const out: string[] = [];
  const stepper = model.stepper();
  try {
    while (out.length < options.n) {
      const size = Math.min(batchSize, options.n - out.length);
      const first = out.length;
      const prefixOf = (i: number) => (options.prefixes?.length ? options.prefixes[(first + i) % options.prefixes.length] : []);
      const sequences: number[][] = Array.from({ length: size }, () => []);
      // rows[k]: the sequence in row k of the state tensors, or -1 once it has finished. Finished rows ride
      // along until a quarter of the rows have finished: one gather then, rather than one every step.
      let rows = Array.from({ length: size }, (_, i) => i);
      let open = size;
      let states = stepper.initialState(size);
      let tokens = tf.fill([size], START, 'int32') as TF.Tensor1D;
      try {
        for (let t = 0; t <= maxLength && open; t++) {
          type Step = { probs: TF.Tensor2D; indices?: TF.Tensor2D; next: TF.Tensor2D[] };
          const { probs, indices, next } = tf.tidy(() => {
            const s = stepper.step(tokens, states);
            const scaled = tf.div(s.logits, temperature) as TF.Tensor2D;
            if (topK > 0 && topK < scaled.shape[1]) {
              const top = tf.topk(scaled, topK);
              return { probs: tf.softmax(top.values), indices: top.indices, next: s.states };
            }
            return { probs: tf.softmax(scaled), next: s.states };
          }) as Step;
          const p = probs.dataSync() as Float32Array;
          const idx = indices ? (indices.dataSync() as Int32Array) : null;
          const width = probs.shape[1]!;
          tf.dispose([probs, ...(indices ? [indices] : []), tokens, ...states]);
          // An empty string is no molecule: the first token may not end the sequence, nor (in SELFIES) be a
          // branch or ring token, which the decoder skips before the first atom.
          if (t === 0) {
            for (let k = 0; k < rows.length; k++) {
              for (let j = 0; j < width; j++) if (notFirst.has(idx ? idx[k * width + j] : j)) p[k * width + j] = 0;
            }
          }
          const chosen = new Int32Array(rows.length).fill(END);
          for (let k = 0; k < rows.length; k++) {
            const i = rows[k];
            if (i < 0) continue;
            const j = draw(p, k * width, width, random);
            const prefix = prefixOf(i);
            const token = t < prefix.length ? prefix[t] : idx ? idx[k * width + j] : j;
            // A sequence still open at maxLength is returned as cut, as MOSES's CharRNN sampler does; validity decides.
            if (token === END || t === maxLength) {
              rows[k] = -1;
              open--;
            } else {
              sequences[i].push(token);
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
      for (const s of sequences) out.push(vocabulary.decode(s));
    }
  } finally {
    stepper.dispose();
  }
  return out;
}
