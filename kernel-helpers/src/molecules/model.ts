/**
 * A token-level GRU language model over SMILES or SELFIES, in TensorFlow.js core ops so that it
 * trains on the wasm backend: the input embedding is folded into the first layer's input weights
 * and applied as a one-hot product (wasm has no gradient for gather). GRU as in Cho et al. 2014
 * with the reset gate applied after the recurrent product (the cuDNN form), so each step costs
 * one matMul per layer. Weights are saved in the TensorFlow.js weights format (model.json + .bin).
 */
import type * as TF from '@tensorflow/tfjs-core';
import { PAD } from './tokens';

export type Notation = 'smiles' | 'selfies';

export interface LanguageModelConfig {
  notation: Notation;
  /** Tokens after the three specials (<pad>, <start>, <end>), in id order. */
  vocabulary: string[];
  hidden: number;
  layers: number;
  /** Longest sequence (tokens, without <start>/<end>) sampling may produce. */
  maxLength: number;
  /**
   * How the training rows spell each molecule: its canonical spelling alone (the default), or also spellings rooted at
   * other atoms (`tokenised.mjs --variants`). The SELFIES guard holds a canonically trained model to canonical spellings.
   */
  spellings?: 'canonical' | 'rooted';
}

type Tf = typeof TF;
type Weights = Record<string, TF.Variable>;

export const vocabularySize = (c: LanguageModelConfig) => c.vocabulary.length + 3;

/**
 * a·b whose gradients use explicit transposes: the wasm backend multiplies transposed operands
 * about ten times slower than plain ones (measured: 20 ms against 1.8 ms for 128×256·256×768),
 * and backpropagation through time is made of such products.
 */
function plainMatMul(tf: Tf): (a: TF.Tensor2D, b: TF.Tensor2D) => TF.Tensor2D {
  const f = (a: TF.Tensor2D, b: TF.Tensor2D, save: TF.GradSaveFunc) => {
    save([a, b]);
    return {
      value: tf.matMul(a, b),
      gradFunc: (dy: TF.Tensor2D, [sa, sb]: TF.Tensor2D[]) => [tf.matMul(dy, tf.transpose(sb)), tf.matMul(tf.transpose(sa), dy)]
    };
  };
  return tf.customGrad(f as unknown as Parameters<Tf['customGrad']>[0]) as unknown as (a: TF.Tensor2D, b: TF.Tensor2D) => TF.Tensor2D;
}

/** IEEE 754 half-precision bits of each value, rounded to the nearest (ties to even), as TensorFlow.js decodes them. */
export function float16Bits(values: Float32Array): Uint16Array {
  const f = new Float32Array(1);
  const bits = new Uint32Array(f.buffer);
  const out = new Uint16Array(values.length);
  for (let i = 0; i < values.length; i++) {
    f[0] = values[i];
    const x = bits[0];
    const sign = (x >>> 16) & 0x8000;
    const biased = (x >>> 23) & 0xff;
    let mantissa = x & 0x7fffff;
    const exponent = biased - 127 + 15;
    if (biased === 0xff) out[i] = sign | 0x7c00 | (mantissa ? 0x200 : 0); // infinity, NaN
    else if (exponent >= 0x1f) out[i] = sign | 0x7c00; // too large: infinity
    else if (exponent <= 0) {
      // Subnormal halves (or zero): the implicit 1 joins the mantissa, shifted right.
      if (exponent < -10) {
        out[i] = sign;
        continue;
      }
      mantissa |= 0x800000;
      const shift = 14 - exponent;
      out[i] = sign | roundShift(mantissa, shift);
    } else out[i] = sign | roundShift((exponent << 23) | mantissa, 13); // a carry may round up into the exponent, as it should
  }
  return out;
}

/** value >> shift, rounded to the nearest, ties to even. */
function roundShift(value: number, shift: number): number {
  const kept = value >>> shift;
  const rest = value & ((1 << shift) - 1);
  const half = 1 << (shift - 1);
  return rest > half || (rest === half && kept & 1) ? kept + 1 : kept;
}

/** Id sequences as one [B, T] int32 tensor, padded with `<pad>` to the longest. */
export function paddedIds(tf: Tf, rows: ArrayLike<number>[]): TF.Tensor2D {
  const width = Math.max(...rows.map(r => r.length));
  const data = new Int32Array(rows.length * width).fill(PAD);
  rows.forEach((r, i) => data.set(r, i * width));
  return tf.tensor2d(data, [rows.length, width], 'int32');
}

export class LanguageModel {
  private readonly matMul: (a: TF.Tensor2D, b: TF.Tensor2D) => TF.Tensor2D;

  private constructor(readonly tf: Tf, readonly config: LanguageModelConfig, readonly weights: Weights) {
    this.matMul = plainMatMul(tf);
  }

  /** Glorot-uniform weights from a seed, zero biases. */
  static create(tf: Tf, config: LanguageModelConfig, seed: number): LanguageModel {
    const v = vocabularySize(config);
    const h = config.hidden;
    let s = seed;
    // Variables outlive tf.tidy; their initial values do not (a variable keeps its own copy).
    const glorot = (name: string, rows: number, cols: number) => {
      const limit = Math.sqrt(6 / (rows + cols));
      return tf.tidy(() => tf.variable(tf.randomUniform([rows, cols], -limit, limit, 'float32', s++), true, name));
    };
    const zeros = (name: string, n: number) => tf.tidy(() => tf.variable(tf.zeros([n]), true, name));
    const weights: Weights = {};
    for (let l = 0; l < config.layers; l++) {
      weights[`gru${l}/input`] = glorot(`gru${l}/input`, l === 0 ? v : h, 3 * h);
      weights[`gru${l}/recurrent`] = glorot(`gru${l}/recurrent`, h, 3 * h);
      weights[`gru${l}/input_bias`] = zeros(`gru${l}/input_bias`, 3 * h);
      weights[`gru${l}/recurrent_bias`] = zeros(`gru${l}/recurrent_bias`, 3 * h);
    }
    weights['output/kernel'] = glorot('output/kernel', h, v);
    weights['output/bias'] = zeros('output/bias', v);
    return new LanguageModel(tf, config, weights);
  }

  get parameterCount(): number {
    return Object.values(this.weights).reduce((n, w) => n + w.size, 0);
  }

  /** One GRU step of layer `l`: `gx` is the input product (with bias) for this step. */
  private cell(l: number, gx: TF.Tensor2D, h: TF.Tensor2D): TF.Tensor2D {
    const { tf, weights: w } = this;
    const gh = tf.add(this.matMul(h, w[`gru${l}/recurrent`] as TF.Tensor2D), w[`gru${l}/recurrent_bias`]) as TF.Tensor2D;
    const [xz, xr, xn] = tf.split(gx, 3, 1);
    const [hz, hr, hn] = tf.split(gh, 3, 1);
    const z = tf.sigmoid(tf.add(xz, hz));
    const r = tf.sigmoid(tf.add(xr, hr));
    const n = tf.tanh(tf.add(xn, tf.mul(r, hn)));
    return tf.add(n, tf.mul(z, tf.sub(h, n))) as TF.Tensor2D;
  }

  /**
   * Logits [T, B, V] for every position of `ids` [B, T] (teacher forcing). All layers advance
   * together step by step: slicing per-step inputs out of one big product costs more on wasm than
   * the small per-step products themselves.
   */
  logits(ids: TF.Tensor2D): TF.Tensor3D {
    const { tf, weights: w, config } = this;
    const [b, t] = ids.shape;
    const v = vocabularySize(config);
    const steps = tf.unstack(tf.transpose(ids), 0) as TF.Tensor1D[];
    let states = Array.from({ length: config.layers }, () => tf.zeros([b, config.hidden]) as TF.Tensor2D);
    const top: TF.Tensor2D[] = [];
    for (const tokens of steps) {
      let x = tf.oneHot(tokens, v) as TF.Tensor2D;
      states = states.map((state, l) => {
        const gx = tf.add(this.matMul(x, w[`gru${l}/input`] as TF.Tensor2D), w[`gru${l}/input_bias`]) as TF.Tensor2D;
        return (x = this.cell(l, gx, state));
      });
      top.push(x);
    }
    return tf.reshape(tf.add(this.matMul(tf.concat(top, 0), w['output/kernel'] as TF.Tensor2D), w['output/bias']), [t, b, v]);
  }

  /** Mean next-token cross-entropy over the real (non-padding) targets of `ids` [B, T]. */
  loss(ids: TF.Tensor2D): TF.Scalar {
    const { tf } = this;
    const [b, t] = ids.shape;
    const inputs = tf.slice(ids, [0, 0], [b, t - 1]) as TF.Tensor2D;
    // Time-major like the logits.
    const targets = tf.reshape(tf.transpose(tf.slice(ids, [0, 1], [b, t - 1])), [b * (t - 1)]);
    const logits = tf.reshape(this.logits(inputs), [b * (t - 1), vocabularySize(this.config)]);
    const mask = tf.cast(tf.notEqual(targets, PAD), 'float32');
    const logp = tf.logSoftmax(logits);
    const picked = tf.sum(tf.mul(logp, tf.oneHot(tf.cast(targets, 'int32'), vocabularySize(this.config))), 1);
    return tf.div(tf.neg(tf.sum(tf.mul(picked, mask))), tf.sum(mask)) as TF.Scalar;
  }

  /** Mean next-token cross-entropy over every real token of `sequences` (ids of `<start> … <end>`), in batches. */
  meanLoss(sequences: ArrayLike<number>[], batchSize = 256): number {
    const { tf } = this;
    let total = 0;
    let count = 0;
    for (let i = 0; i < sequences.length; i += batchSize) {
      const rows = sequences.slice(i, i + batchSize);
      const tokens = rows.reduce((n, r) => n + r.length - 1, 0);
      total += tf.tidy(() => this.loss(paddedIds(tf, rows)).dataSync()[0]) * tokens;
      count += tokens;
    }
    return total / count;
  }

  /** The per-gate weights for sampling one token at a time; free them with `dispose()`. */
  stepper(): Stepper {
    return new Stepper(this.tf, this.config, this.weights);
  }

  /**
   * The TensorFlow.js weights format: a model.json object and the weights' bytes. With `float16` the weights are
   * stored as half-precision floats (TensorFlow.js's `float16` quantization, decoded on load): half the bytes.
   */
  async save(extra: Record<string, unknown> = {}, { float16 = false } = {}): Promise<{ json: Record<string, unknown>; weights: Uint8Array }> {
    const named = Object.entries(this.weights).map(([name, tensor]) => ({ name, tensor }));
    const { data, specs } = float16 ? this.halves(named) : await this.tf.io.encodeWeights(named);
    return {
      json: { format: 'genhealth-molecule-lm', generatedBy: 'GenHealth Lab', config: this.config, ...extra, weightsManifest: [{ paths: ['weights.bin'], weights: specs }] },
      weights: new Uint8Array(data)
    };
  }

  private halves(named: { name: string; tensor: TF.Tensor }[]): { data: ArrayBuffer; specs: TF.io.WeightsManifestEntry[] } {
    const parts = named.map(({ tensor }) => float16Bits(tensor.dataSync() as Float32Array));
    const data = new Uint16Array(parts.reduce((n, p) => n + p.length, 0));
    parts.reduce((at, p) => (data.set(p, at), at + p.length), 0);
    const specs = named.map(({ name, tensor }) => ({ name, shape: tensor.shape, dtype: 'float32' as const, quantization: { dtype: 'float16' as const } }));
    return { data: data.buffer, specs };
  }

  static load(tf: Tf, json: { config: LanguageModelConfig; weightsManifest: { weights: TF.io.WeightsManifestEntry[] }[] }, bytes: Uint8Array, trainable = false): LanguageModel {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const tensors = tf.io.decodeWeights(buffer, json.weightsManifest.flatMap(m => m.weights));
    // Unnamed variables: a kernel may load the same model twice. (Training names them, for Adam's state.)
    const weights = Object.fromEntries(Object.entries(tensors).map(([name, t]) => [name, tf.variable(t, trainable)]));
    tf.dispose(Object.values(tensors));
    return new LanguageModel(tf, json.config, weights);
  }

  dispose(): void {
    Object.values(this.weights).forEach(w => w.dispose());
  }
}

/**
 * The model one token at a time, for sampling. The same GRU as `LanguageModel.cell`, arranged for the
 * wasm backend, where a step of batch 512 went from 23 ms to 8 ms: the input product of a one-hot
 * row is a one-hot matMul (wasm's gather is ~7× slower), each gate has its own weight slices (so no
 * split of the products), and tanh is 2σ(2x) − 1 (wasm's tanh is a scalar loop ~4× slower than σ).
 * Made per sampling call: training changes the weights between calls.
 */
export class Stepper {
  private readonly gates: { input: TF.Tensor2D[]; recurrent: TF.Tensor2D[]; zrBias: TF.Tensor1D[]; nInputBias: TF.Tensor1D; nRecurrentBias: TF.Tensor1D }[];
  private readonly output: { kernel: TF.Tensor2D; bias: TF.Tensor1D };

  constructor(private readonly tf: Tf, private readonly config: LanguageModelConfig, w: Weights) {
    const h = config.hidden;
    this.gates = tf.tidy(() =>
      Array.from({ length: config.layers }, (_, l) => {
        const columns = (t: TF.Tensor, g: number) => tf.slice(t, [0, g * h], [t.shape[0]!, h]) as TF.Tensor2D;
        const part = (t: TF.Tensor, g: number) => tf.slice(t, [g * h], [h]) as TF.Tensor1D;
        const bi = w[`gru${l}/input_bias`];
        const br = w[`gru${l}/recurrent_bias`];
        return {
          input: [0, 1, 2].map(g => columns(w[`gru${l}/input`], g)),
          recurrent: [0, 1, 2].map(g => columns(w[`gru${l}/recurrent`], g)),
          zrBias: [0, 1].map(g => tf.add(part(bi, g), part(br, g)) as TF.Tensor1D),
          nInputBias: part(bi, 2),
          nRecurrentBias: part(br, 2)
        };
      })
    );
    this.output = { kernel: tf.clone(w['output/kernel']) as TF.Tensor2D, bias: tf.clone(w['output/bias']) as TF.Tensor1D };
  }

  initialState(batch: number): TF.Tensor2D[] {
    return Array.from({ length: this.config.layers }, () => this.tf.zeros([batch, this.config.hidden]) as TF.Tensor2D);
  }

  /** Logits [B, V] of the next token after `tokens` [B] given the layer states; returns the new states. */
  step(tokens: TF.Tensor1D, states: TF.Tensor2D[]): { logits: TF.Tensor2D; states: TF.Tensor2D[] } {
    const tf = this.tf;
    return tf.tidy(() => {
      // One cast, not one per gate product (wasm's OneHot writes int32 whatever dtype is asked for).
      let x = tf.cast(tf.oneHot(tokens, vocabularySize(this.config)), 'float32') as TF.Tensor2D;
      const next = states.map((h, l) => {
        const g = this.gates[l];
        const z = tf.sigmoid(tf.add(tf.add(tf.matMul(x, g.input[0]), tf.matMul(h, g.recurrent[0])), g.zrBias[0]));
        const r = tf.sigmoid(tf.add(tf.add(tf.matMul(x, g.input[1]), tf.matMul(h, g.recurrent[1])), g.zrBias[1]));
        const pre = tf.add(tf.add(tf.matMul(x, g.input[2]), g.nInputBias), tf.mul(r, tf.add(tf.matMul(h, g.recurrent[2]), g.nRecurrentBias)));
        const n = tf.sub(tf.mul(tf.sigmoid(tf.mul(pre, 2)), 2), 1);
        return (x = tf.add(n, tf.mul(z, tf.sub(h, n))) as TF.Tensor2D);
      });
      return { logits: tf.add(tf.matMul(x, this.output.kernel), this.output.bias) as TF.Tensor2D, states: next };
    });
  }

  dispose(): void {
    this.tf.dispose([...this.gates.flatMap(g => [...g.input, ...g.recurrent, ...g.zrBias, g.nInputBias, g.nRecurrentBias]), this.output.kernel, this.output.bias]);
  }
}

