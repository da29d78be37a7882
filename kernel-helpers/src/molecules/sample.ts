/**
 * Sampling from the language model: batched, with temperature and top-k, on the active backend.
 * The next token is drawn in JavaScript from the step's probabilities with a seeded generator, so
 * a seed gives the same strings on every backend that computes the same probabilities. Finished
 * sequences leave the batch, so a batch costs what its longest member needs, not more.
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
  while (out.length < options.n) {
    const size = Math.min(batchSize, options.n - out.length);
    const first = out.length;
    const prefixOf = (i: number) => options.prefixes?.length ? options.prefixes[(first + i) % options.prefixes.length] : [];
    const sequences: number[][] = Array.from({ length: size }, () => []);
    let alive = Array.from({ length: size }, (_, i) => i);
    let states = model.initialState(size);
    let tokens = tf.fill([size], START, 'int32') as TF.Tensor1D;
    for (let t = 0; t <= maxLength && alive.length; t++) {
      type Step = { probs: TF.Tensor2D; indices?: TF.Tensor2D; next: TF.Tensor2D[] };
      const { probs, indices, next } = tf.tidy(() => {
        const s = model.step(tokens, states);
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
        for (let row = 0; row < alive.length; row++) {
          for (let j = 0; j < width; j++) if (notFirst.has(idx ? idx[row * width + j] : j)) p[row * width + j] = 0;
        }
      }
      const chosen = alive.map((i, row) => {
        const j = draw(p, row * width, width, random);
        const prefix = prefixOf(i);
        return t < prefix.length ? prefix[t] : idx ? idx[row * width + j] : j;
      });
      const keep: number[] = [];
      chosen.forEach((token, row) => {
        // A sequence still open at maxLength is returned as cut, as MOSES's CharRNN sampler does; validity decides.
        if (token === END || t === maxLength) return;
        sequences[alive[row]].push(token);
        keep.push(row);
      });
      if (keep.length === alive.length) {
        states = next;
        tokens = tf.tensor1d(chosen, 'int32');
      } else {
        const rows = tf.tensor1d(keep, 'int32');
        states = next.map(h => tf.gather(h, rows) as TF.Tensor2D);
        tf.dispose([rows, ...next]);
        tokens = tf.tensor1d(keep.map(r => chosen[r]), 'int32');
        alive = keep.map(r => alive[r]);
      }
    }
    tf.dispose([tokens, ...states]);
    for (const s of sequences) out.push(vocabulary.decode([START, ...s, END].slice(1)));
  }
  return out;
}
