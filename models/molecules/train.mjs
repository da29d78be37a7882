#!/usr/bin/env node
/**
 * Trains the molecule language model with TensorFlow.js (wasm backend) on the MOSES training set,
 * resumably and reproducibly: the data order, the initial weights and every update follow from
 * --seed, and a checkpoint (weights, Adam state, position in the data) is written every
 * --checkpoint-every steps. Stop it any time; run it again with the same arguments to continue.
 *
 *   node models/molecules/train.mjs --notation smiles --hidden 256 --layers 1 --hours 1
 *
 * At the end (or with --export-only) it writes models/molecules/<notation>/model.json + weights.bin
 * (TensorFlow.js weights format), training.json (configuration, corpus hash, the loss and validity
 * history) and records the run in the lineage store ($GENHEALTH_HOME).
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { dist, writeAtomic, writeModel } from './export.mjs';
import { CORPUS, tokenisedCorpus } from './tokenised.mjs';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const tf = require('@tensorflow/tfjs-core');
require('@tensorflow/tfjs'); // registers the gradients of every op
require('@tensorflow/tfjs-backend-wasm');
const { LanguageModel, paddedIds } = require(path.join(dist, 'molecules', 'model.js'));
const { sampleStrings } = require(path.join(dist, 'molecules', 'sample.js'));
const { loadChemistry, canonicalSmiles } = require(path.join(dist, 'molecules', 'chem.js'));
const { smilesReader } = require(path.join(dist, 'molecules', 'selfies.js'));
const { Random } = require(path.join(dist, 'cohort', 'random.js'));

const { values: args } = parseArgs({
  options: {
    notation: { type: 'string', default: 'smiles' },
    hidden: { type: 'string', default: '256' },
    layers: { type: 'string', default: '1' },
    batch: { type: 'string', default: '128' },
    lr: { type: 'string', default: '0.002' },
    'lr-final': { type: 'string', default: '0.0001' },
    'decay-from': { type: 'string', default: '0' },
    'decay-steps': { type: 'string', default: '0' },
    clip: { type: 'string', default: '5' },
    seed: { type: 'string', default: '1' },
    hours: { type: 'string', default: '1' },
    steps: { type: 'string', default: '0' },
    'checkpoint-every': { type: 'string', default: '200' },
    'eval-every': { type: 'string', default: '500' },
    'eval-samples': { type: 'string', default: '500' },
    limit: { type: 'string', default: '0' },
    out: { type: 'string' },
    checkpoints: { type: 'string' },
    'export-only': { type: 'boolean', default: false }
  }
});
const notation = args.notation;
if (!['smiles', 'selfies'].includes(notation)) throw new Error(`--notation must be smiles or selfies, not ${notation}`);
const hyper = { hidden: +args.hidden, layers: +args.layers, batch: +args.batch, lr: +args.lr, clip: +args.clip, seed: +args.seed };
// The learning rate is constant until --decay-from, then follows a half cosine down to --lr-final over
// --decay-steps (a constant rate had stalled validity near 0.8; annealing is what lets the loss settle).
const schedule = +args['decay-steps'] ? { lr: hyper.lr, decayFrom: +args['decay-from'], decaySteps: +args['decay-steps'], lrFinal: +args['lr-final'] } : null;
for (const [option, value] of [['--lr', hyper.lr], ['--lr-final', +args['lr-final']], ['--decay-from', +args['decay-from']], ['--decay-steps', +args['decay-steps']]]) {
  if (!(value >= 0)) throw new Error(`${option} must be a number ≥ 0, not ${value}`);
}
function learningRate(step) {
  if (!schedule || step < schedule.decayFrom) return hyper.lr;
  const progress = Math.min(1, (step - schedule.decayFrom) / schedule.decaySteps);
  return schedule.lrFinal + (hyper.lr - schedule.lrFinal) * 0.5 * (1 + Math.cos(Math.PI * progress));
}
const out = path.resolve(args.out ?? path.join(here, notation));
const checkpointDir = path.resolve(args.checkpoints ?? path.join(here, 'checkpoints', `${notation}-h${hyper.hidden}-l${hyper.layers}-s${hyper.seed}`));
const log = (event) => console.log(JSON.stringify({ time: new Date().toISOString(), ...event }));

await tf.setBackend('wasm');
await tf.ready();
await loadChemistry();

// The corpus as token sequences (shared with train_gpu.py through tokenised.mjs).
const t0 = Date.now();
const { trainSmiles, corpusHash, vocabulary, encoded, maxLength, validation } = await tokenisedCorpus(notation, { limit: +args.limit });
log({ event: 'corpus', molecules: encoded.length, vocabulary: vocabulary.size, maxLength, validation: validation.length, seconds: (Date.now() - t0) / 1000 });

const config = { notation, vocabulary: vocabulary.tokens.slice(3), hidden: hyper.hidden, layers: hyper.layers, maxLength: maxLength + 10 };
const model = LanguageModel.create(tf, config, hyper.seed);
const optimizer = tf.train.adam(hyper.lr);
let state = { step: 0, epoch: 0, batchInEpoch: 0, molecules: 0, seconds: 0, history: [] };

/** Batches of one epoch: a seeded permutation, sorted by length within windows of 64 batches to cut padding. */
function epochBatches(epoch) {
  const random = new Random(hyper.seed * 1000 + epoch);
  const order = Array.from({ length: encoded.length }, (_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const batches = [];
  const window = 64 * hyper.batch;
  for (let w = 0; w < order.length; w += window) {
    const part = order.slice(w, w + window).sort((a, b) => encoded[a].length - encoded[b].length);
    const group = [];
    for (let b = 0; b < part.length; b += hyper.batch) group.push(part.slice(b, b + hyper.batch));
    for (let i = group.length - 1; i > 0; i--) {
      const j = Math.floor(random.next() * (i + 1));
      [group[i], group[j]] = [group[j], group[i]];
    }
    batches.push(...group);
  }
  return batches;
}

async function saveCheckpoint() {
  mkdirSync(checkpointDir, { recursive: true });
  const saved = await model.save();
  const opt = await optimizer.getWeights();
  const encodedOpt = await tf.io.encodeWeights(opt);
  tf.dispose(opt[0].tensor); // getWeights makes a new tensor for the iteration count; the rest are Adam's own
  writeAtomic(path.join(checkpointDir, 'weights.bin'), saved.weights);
  writeAtomic(path.join(checkpointDir, 'optimizer.bin'), new Uint8Array(encodedOpt.data));
  // Adam keeps β₁ᵗ and β₂ᵗ as running products; setWeights would recompute them with pow(), which
  // differs in the last bits, so a resumed run would drift from an uninterrupted one. Keep them.
  const adamPowers = [optimizer.accBeta1.dataSync()[0], optimizer.accBeta2.dataSync()[0]];
  writeAtomic(path.join(checkpointDir, 'state.json'), JSON.stringify({ ...state, model: saved.json, optimizer: encodedOpt.specs, adamPowers, corpusHash }, null, 1));
}

async function loadCheckpoint() {
  const file = path.join(checkpointDir, 'state.json');
  if (!existsSync(file)) return false;
  const saved = JSON.parse(readFileSync(file, 'utf8'));
  if (saved.corpusHash !== corpusHash) throw new Error(`the checkpoint in ${checkpointDir} was trained on another corpus (another --limit?): remove it or give --checkpoints <another folder>`);
  const decode = (file, specs) => {
    const buffer = readFileSync(path.join(checkpointDir, file));
    return tf.io.decodeWeights(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength), specs);
  };
  const weights = decode('weights.bin', saved.model.weightsManifest[0].weights);
  for (const [name, w] of Object.entries(model.weights)) w.assign(weights[name]);
  tf.dispose(Object.values(weights));
  const tensors = decode('optimizer.bin', saved.optimizer);
  await optimizer.setWeights(saved.optimizer.map(s => ({ name: s.name, tensor: tensors[s.name] })));
  tf.tidy(() => {
    optimizer.accBeta1.assign(tf.scalar(saved.adamPowers[0]));
    optimizer.accBeta2.assign(tf.scalar(saved.adamPowers[1]));
  });
  tf.dispose(Object.values(tensors));
  // A run continues under the schedule it started with, and a schedule may start only where the run is: either way
  // an uninterrupted run could have given the same weights. (Checkpoints from before `lr` was recorded had 0.002.)
  if (!args['export-only']) {
    const was = saved.schedule && { lr: 0.002, ...saved.schedule };
    if (was && JSON.stringify(was) !== JSON.stringify(schedule)) {
      throw new Error(`the checkpoint in ${checkpointDir} was trained with --lr ${was.lr} --decay-from ${was.decayFrom} --decay-steps ${was.decaySteps} --lr-final ${was.lrFinal}: give the same options to continue it`);
    }
    if (!was && schedule && schedule.decayFrom < saved.step) {
      throw new Error(`--decay-from ${schedule.decayFrom} is before the checkpoint's step ${saved.step}: the decay can start at ${saved.step} or later`);
    }
  }
  const { model: _m, optimizer: _o, corpusHash: _c, adamPowers: _p, ...rest } = saved;
  state = rest;
  return true;
}

function validity(n) {
  // The model alone: a guard would hide what it has not learnt yet (and a SELFIES guard, redrawing, could give up).
  const strings = sampleStrings(model, { n, temperature: 1, seed: state.step, grammar: false });
  const valid = strings.map(smilesReader(notation)).map(canonicalSmiles).filter(Boolean);
  return { valid: valid.length / n, unique: new Set(valid).size / Math.max(1, valid.length) };
}

async function evaluate() {
  const started = Date.now();
  const entry = { step: state.step, epoch: state.epoch, molecules: state.molecules, seconds: Math.round(state.seconds), valLoss: model.meanLoss(validation), ...validity(+args['eval-samples']) };
  state.history.push(entry);
  log({ event: 'eval', ...entry, evalSeconds: (Date.now() - started) / 1000 });
}

async function exportModel() {
  const last = state.history.at(-1) ?? {};
  const card = {
    corpus: { ...CORPUS, molecules: encoded.length, sha256: corpusHash },
    ...hyper, schedule: state.schedule ?? null, steps: state.step, epochs: state.epoch + state.batchInEpoch / Math.ceil(encoded.length / hyper.batch), molecules: state.molecules, seconds: Math.round(state.seconds), backend: tf.getBackend(), tfjs: tf.version_core,
    parameters: model.parameterCount,
    lastEvaluation: last
  };
  const saved = await model.save({ training: card });
  const { lineageNotRecorded } = await writeModel(out, saved, card, state.history, { notation, params: { ...hyper, ...(state.schedule ?? {}), notation, maxLength: config.maxLength }, seconds: state.seconds, corpus: trainSmiles, metrics: last });
  if (lineageNotRecorded) log({ event: 'lineage-not-recorded', reason: lineageNotRecorded });
  log({ event: 'exported', out, bytes: saved.weights.byteLength, parameters: model.parameterCount });
}

if (await loadCheckpoint()) log({ event: 'resumed', step: state.step, epoch: state.epoch, batchInEpoch: state.batchInEpoch });
else if (args['export-only']) throw new Error(`--export-only: no checkpoint in ${checkpointDir} to export`);
if (!args['export-only']) {
  const deadline = Date.now() + +args.hours * 3600_000;
  const maxSteps = +args.steps;
  let batches = epochBatches(state.epoch);
  let last = Date.now();
  let running = 0;
  if (schedule) state.schedule = schedule;
  while (Date.now() < deadline && !(maxSteps && state.step >= maxSteps)) {
    if (state.batchInEpoch >= batches.length) {
      state.epoch++;
      state.batchInEpoch = 0;
      batches = epochBatches(state.epoch);
    }
    const rows = batches[state.batchInEpoch].map(i => encoded[i]);
    const ids = paddedIds(tf, rows);
    const { value, grads } = tf.variableGrads(() => model.loss(ids));
    // Clip by global norm: the recurrent gradients of a GRU can spike early in training.
    const squares = tf.tidy(() => tf.addN(Object.values(grads).map(g => tf.sum(tf.square(g)))));
    const norm = Math.sqrt(squares.dataSync()[0]);
    squares.dispose();
    const scale = norm > hyper.clip ? hyper.clip / norm : 1;
    const clipped = scale < 1 ? Object.fromEntries(Object.entries(grads).map(([k, g]) => [k, tf.mul(g, scale)])) : grads;
    optimizer.learningRate = learningRate(state.step);
    optimizer.applyGradients(clipped);
    running = running ? 0.98 * running + 0.02 * value.dataSync()[0] : value.dataSync()[0];
    tf.dispose([ids, value, ...Object.values(grads), ...(scale < 1 ? Object.values(clipped) : [])]);
    state.step++;
    state.batchInEpoch++;
    state.molecules += rows.length;
    const now = Date.now();
    state.seconds += (now - last) / 1000;
    last = now;
    if (state.step % 50 === 0) log({ event: 'step', step: state.step, loss: +running.toFixed(4), lr: +optimizer.learningRate.toPrecision(3), moleculesPerSecond: Math.round(state.molecules / state.seconds), tensors: tf.memory().numTensors });
    if (state.step % +args['eval-every'] === 0) await evaluate();
    if (state.step % +args['checkpoint-every'] === 0) await saveCheckpoint();
    last = Date.now();
  }
  if (state.history.at(-1)?.step !== state.step) await evaluate();
  await saveCheckpoint();
}
await exportModel();
