/** The language model on the wasm backend: it learns, it saves and loads exactly, it samples reproducibly. */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type * as TF from '@tensorflow/tfjs-core';
import { tfjs } from '../tf/backend';
import { float16Bits, LanguageModel, paddedIds } from './model';
import { loadChemistry, smilesProblem } from './chem';
import { sample, sampleStrings, spelledCanonically } from './sample';
import { encodeSelfies, selfiesRepairs, splitSelfies } from './selfies';
import { PAD, smilesTokens, Vocabulary } from './tokens';

const CORPUS = ['CCO', 'CC(=O)O', 'c1ccccc1', 'CCN(CC)CC', 'OC1CCCCC1', 'c1ccncc1', 'CC(C)Cc1ccc(C(C)C(=O)O)cc1', 'CN1CCC[C@H]1c1cccnc1', 'ClC(Cl)Cl', 'O=C1CCCN1'];

describe('molecule language model', () => {
  let tf: typeof TF;
  const vocabulary = Vocabulary.fromCorpus(CORPUS.map(smilesTokens));
  const config = { notation: 'smiles' as const, vocabulary: vocabulary.tokens.slice(3), hidden: 32, layers: 2, maxLength: 40 };
  const batch = () => {
    const rows = CORPUS.map(s => vocabulary.encode(smilesTokens(s)));
    const width = Math.max(...rows.map(r => r.length));
    return tf.tensor2d(rows.map(r => [...r, ...Array(width - r.length).fill(PAD)]), [rows.length, width], 'int32');
  };
  before(async () => {
    process.env.GENHEALTH_TF_BACKEND = 'wasm';
    tf = await tfjs();
    require('@tensorflow/tfjs'); // gradients
  });

  it('tokenises SMILES into atoms, bonds and ring labels, and names what it cannot read', () => {
    assert.deepEqual(smilesTokens('ClC(Br)[nH]%12'), ['Cl', 'C', '(', 'Br', ')', '[nH]', '%12']);
    assert.throws(() => smilesTokens('CC&C'), /cannot tokenise SMILES 'CC&C' at position 3/);
    assert.throws(() => vocabulary.encode(['Xe']), /token 'Xe' is not in the model's vocabulary/);
  });

  it('learns: 40 Adam steps bring the loss well down', () => {
    const model = LanguageModel.create(tf, config, 1);
    const optimizer = tf.train.adam(0.01);
    const ids = batch();
    const loss = () => tf.tidy(() => model.loss(ids).dataSync()[0]);
    const first = loss();
    for (let i = 0; i < 40; i++) optimizer.minimize(() => model.loss(ids), true)?.dispose();
    assert.ok(loss() < 0.6 * first, `loss ${first} → ${loss()}`);
    // The token-weighted mean over batches of any size is the loss of the whole batch.
    const rows = CORPUS.map(s => vocabulary.encode(smilesTokens(s)));
    assert.ok(Math.abs(model.meanLoss(rows, 3) - loss()) < 1e-5 && Math.abs(model.meanLoss(rows) - loss()) < 1e-5, `${model.meanLoss(rows, 3)} ${loss()}`);
    model.dispose();
    ids.dispose();
  });

  it('saves in the TensorFlow.js weights format and loads to the same logits', async () => {
    const model = LanguageModel.create(tf, config, 2);
    const saved = await model.save();
    assert.equal(saved.json.format, 'genhealth-molecule-lm');
    const loaded = LanguageModel.load(tf, saved.json as never, saved.weights);
    const ids = batch();
    const a = tf.tidy(() => model.logits(ids).dataSync());
    const b = tf.tidy(() => loaded.logits(ids).dataSync());
    assert.deepEqual(Array.from(b), Array.from(a));
    assert.equal(loaded.parameterCount, model.parameterCount);
    [model, loaded].forEach(m => m.dispose());
    ids.dispose();
  });

  it('writes IEEE half floats, rounded to nearest even, and a float16 model loads to nearly the same logits at half the bytes', async () => {
    // Reference bits from the IEEE 754 binary16 definition: 1, −2, the largest half, 0.1 (rounded down), a tie that
    // rounds to even (1 + 2⁻¹¹ → 1), one that rounds up (1 + 3·2⁻¹¹), the smallest subnormal, below half of it, the
    // subnormal tie (2⁻²⁵ → 0), a subnormal that rounds up into the smallest normal, the first value that rounds to
    // infinity (65520), overflow, −0, infinity, NaN.
    const values = [1, -2, 65504, 0.1, 1 + 2 ** -11, 1 + 3 * 2 ** -11, 2 ** -24, 2 ** -26, 2 ** -25, 2 ** -14 - 2 ** -25, 65520, 1e6, -0, Infinity, NaN];
    assert.deepEqual(Array.from(float16Bits(Float32Array.from(values))), [0x3c00, 0xc000, 0x7bff, 0x2e66, 0x3c00, 0x3c02, 0x0001, 0x0000, 0x0000, 0x0400, 0x7c00, 0x7c00, 0x8000, 0x7c00, 0x7e00]);
    const model = LanguageModel.create(tf, config, 3);
    const full = await model.save();
    const half = await model.save({}, { float16: true });
    assert.equal(half.weights.byteLength * 2, full.weights.byteLength);
    const loaded = LanguageModel.load(tf, half.json as never, half.weights);
    const ids = batch();
    const a = tf.tidy(() => model.logits(ids).dataSync());
    const b = tf.tidy(() => loaded.logits(ids).dataSync());
    const worst = Array.from(a).reduce((m, v, i) => Math.max(m, Math.abs(v - (b[i] as number))), 0);
    assert.ok(worst > 0 && worst < 5e-3, `largest logit difference ${worst}`);
    [model, loaded].forEach(m => m.dispose());
    ids.dispose();
  });

  it('steps one token at a time to the logits of the whole-sequence pass', () => {
    const model = LanguageModel.create(tf, config, 4);
    const ids = batch();
    const whole = tf.tidy(() => model.logits(ids).arraySync() as number[][][]);
    const before = tf.memory().numTensors;
    const stepper = model.stepper();
    let states = stepper.initialState(ids.shape[0]);
    const columns = tf.tidy(() => tf.unstack(tf.transpose(ids))) as TF.Tensor1D[];
    columns.forEach((tokens, t) => {
      const s = stepper.step(tokens, states);
      const logits = s.logits.arraySync();
      for (let b = 0; b < logits.length; b++) {
        for (let v = 0; v < logits[b].length; v++) assert.ok(Math.abs(logits[b][v] - whole[t][b][v]) < 1e-5, `t=${t} b=${b} v=${v}`);
      }
      tf.dispose([s.logits, ...states]);
      states = s.states;
    });
    tf.dispose([...states, ...columns]);
    stepper.dispose();
    assert.equal(tf.memory().numTensors, before, 'stepping leaked tensors');
    ids.dispose();
    model.dispose();
  });

  it('samples the same strings from the same seed, continues prefixes, and frees its tensors', () => {
    const model = LanguageModel.create(tf, config, 3);
    const before = tf.memory().numTensors;
    const a = sampleStrings(model, { n: 50, seed: 9, temperature: 1.2, topK: 5, batchSize: 16 });
    const b = sampleStrings(model, { n: 50, seed: 9, temperature: 1.2, topK: 5, batchSize: 16 });
    assert.deepEqual(a, b);
    assert.ok(a.every(s => s.length > 0), 'the first token never ends a sample');
    assert.notDeepEqual(sampleStrings(model, { n: 50, seed: 10, batchSize: 16 }), a);
    const prefix = vocabulary.encode(smilesTokens('c1ccccc1')).slice(1, -1);
    for (const s of sampleStrings(model, { n: 20, seed: 1, prefixes: [prefix] })) assert.ok(s.startsWith('c1ccccc1'), s);
    assert.equal(tf.memory().numTensors, before, 'sampling leaked tensors');
    assert.throws(() => sampleStrings(model, { n: 1, temperature: 0 }), /temperature must be > 0/);
    assert.throws(() => sampleStrings(model, { n: 1, topK: 1.5 }), /topK must be a whole number ≥ 0, not 1.5/);
    model.dispose();
  });

  it('keeps top-k to the k likeliest tokens: with k = 1, every sample is the same string', () => {
    const model = LanguageModel.create(tf, config, 4);
    const strings = sampleStrings(model, { n: 40, seed: 2, topK: 1, batchSize: 16 });
    assert.equal(new Set(strings).size, 1, strings.join(' '));
    model.dispose();
  });

  it('with the SMILES guard, an untrained model writes strings RDKit reads but for aromaticity; unguarded, it does not', async () => {
    await loadChemistry();
    const model = LanguageModel.create(tf, config, 5);
    const problems = (grammar: boolean) =>
      sampleStrings(model, { n: 200, seed: 4, temperature: 1.5, grammar })
        .filter(s => smilesTokens(s).length < config.maxLength) // cut at the length limit: not the guard's to finish
        .map(smilesProblem)
        .filter(p => p && !/kekulize|non-ring atom .* marked aromatic/i.test(p));
    assert.deepEqual(problems(true), []);
    assert.ok(problems(false).length > 50, `unguarded: ${problems(false).length}`);
    model.dispose();
  });

  it('with the SELFIES guard, a model trained on rooted spellings keeps exactly the strings the decoder reads as written, and draws again for the rest', () => {
    const selfies = Vocabulary.fromCorpus(CORPUS.map(s => splitSelfies(encodeSelfies(s))));
    const model = LanguageModel.create(tf, { ...config, notation: 'selfies', vocabulary: selfies.tokens.slice(3), spellings: 'rooted' }, 6);
    const options = { n: 200, seed: 4, temperature: 1.5, batchSize: 200 };
    const unaided = sampleStrings(model, { ...options, grammar: false });
    const literal = unaided.filter(s => !selfiesRepairs(s).length);
    assert.ok(unaided.length - literal.length > 100, `unaided, repaired: ${unaided.length - literal.length}`);
    const guarded = sample(model, options);
    assert.equal(guarded.strings.length, 200);
    assert.deepEqual(guarded.strings.filter(s => selfiesRepairs(s).length), []);
    // The first batch is the unaided one, less what the decoder would repair: the guard drops, it does not steer.
    assert.deepEqual(guarded.strings.slice(0, literal.length), literal);
    assert.ok(guarded.redrawn >= unaided.length - literal.length, `redrawn: ${guarded.redrawn}`);
    // A prefix the decoder must repair ('ring past the first atom') leaves nothing to keep: a clear error, not a hang.
    const ringFirst = [selfies.id('[C]'), selfies.id('[Ring1]'), selfies.id('[C]')];
    assert.throws(() => sample(model, { ...options, n: 10, prefixes: [ringFirst] }), /only 0 of 200 SELFIES strings .* read as written \(the others need the decoder's repairs\).*grammar=false/);
    model.dispose();
  });

  it('with the SELFIES guard, a model trained on canonical spellings keeps only strings that spell their molecule canonically', async () => {
    await loadChemistry();
    // Toluene, canonically; its ring index one count further back closes a seven-membered ring with the methyl carbon.
    assert.equal(spelledCanonically('[C][C][=C][C][=C][C][=C][Ring1][=Branch1]'), true);
    assert.equal(spelledCanonically('[C][C][=C][C][=C][C][=C][Ring1][#Branch1]'), false);
    assert.equal(spelledCanonically('[O][C][C]'), false); // ethanol, canonically [C][C][O]
    const selfies = Vocabulary.fromCorpus(CORPUS.map(s => splitSelfies(encodeSelfies(s))));
    const model = LanguageModel.create(tf, { ...config, notation: 'selfies', vocabulary: selfies.tokens.slice(3) }, 6);
    // Half trained (an untrained model writes a string both checks keep about one time in twenty, the redraw cap):
    // 60 Adam steps on the corpus's canonical spellings leave it writing some canonical strings and some others.
    const optimizer = tf.train.adam(0.01);
    const ids = paddedIds(tf, CORPUS.map(s => selfies.encode(splitSelfies(encodeSelfies(s)))));
    for (let i = 0; i < 60; i++) optimizer.minimize(() => model.loss(ids), true)?.dispose();
    ids.dispose();
    const options = { n: 40, seed: 4, temperature: 1.0 };
    // The guard's first batch is n strings, the unaided sample of n: the guard keeps those that pass both checks.
    const unaided = sampleStrings(model, { ...options, grammar: false });
    const literal = unaided.filter(s => !selfiesRepairs(s).length);
    const kept = literal.filter(spelledCanonically);
    assert.ok(kept.length > 0 && kept.length < 0.75 * literal.length, `canonical: ${kept.length} of ${literal.length} read as written`);
    const guarded = sample(model, options);
    assert.equal(guarded.strings.length, 40);
    assert.deepEqual(guarded.strings.slice(0, kept.length), kept);
    assert.deepEqual(guarded.strings.filter(s => selfiesRepairs(s).length || !spelledCanonically(s)), []);
    // Every string of the first batch it did not keep was drawn again, and more in the batches after.
    assert.ok(guarded.redrawn >= 40 - kept.length, `redrawn: ${guarded.redrawn}`);
    // A prefix is the caller's spelling: with one, only the decoder's repairs count.
    const prefixed = sample(model, { ...options, prefixes: [[selfies.id('[O]')]] });
    assert.ok(prefixed.strings.some(s => !spelledCanonically(s)), 'a prefixed string spelled other than canonically is kept');
    assert.deepEqual(prefixed.strings.filter(s => selfiesRepairs(s).length), []);
    model.dispose();
  });
});
