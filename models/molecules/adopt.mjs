#!/usr/bin/env node
/**
 * Installs a model trained by `train_gpu.py` as a GenHealth molecule model, after checking it:
 *   - it was trained on this corpus (hash) with this vocabulary (the ids mean the same tokens);
 *   - TensorFlow.js, loading the exported weights, gets the trainer's validation loss (so the gate
 *     reordering and layouts of the export are right, not just plausible);
 *   - a sample at T = 1 gives its validity, uniqueness and MOSES filter pass rate (PyTorch has no RDKit),
 *     unaided and with the notation's guard (SMILES syntax and valence; SELFIES read as written and, for a
 *     model trained on canonical spellings, spelled canonically).
 * With --float16 the weights are stored as half floats (half the bytes, for the larger models); the
 * sample and a second validation loss are then taken from the half-float model, the one that ships.
 * Then it writes models/molecules/<name>/ (model.json, weights.bin, training.json) and records the run
 * in lineage, as train.mjs does for the runs it trains.
 *
 *   node models/molecules/adopt.mjs --from run/smiles [--name smiles | --out folder] [--float16] [--samples 2000] [--check-only]
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { dist, writeModel } from './export.mjs';
import { tokenisedCorpus } from './tokenised.mjs';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const tf = require('@tensorflow/tfjs-core');
require('@tensorflow/tfjs-backend-wasm');
const { LanguageModel } = require(path.join(dist, 'molecules', 'model.js'));
const { sampleStrings } = require(path.join(dist, 'molecules', 'sample.js'));
const { loadChemistry, canonicalSmiles } = require(path.join(dist, 'molecules', 'chem.js'));
const { passesMosesFilters } = require(path.join(dist, 'molecules', 'filters.js'));
const { smilesReader } = require(path.join(dist, 'molecules', 'selfies.js'));

const { values: args } = parseArgs({
  options: {
    from: { type: 'string' },
    name: { type: 'string' },
    out: { type: 'string' },
    samples: { type: 'string', default: '2000' },
    seed: { type: 'string', default: '2000' },
    tolerance: { type: 'string', default: '0.0001' },
    limit: { type: 'string', default: '0' },
    float16: { type: 'boolean', default: false },
    'check-only': { type: 'boolean', default: false }
  }
});
if (!args.from) throw new Error('--from <folder written by train_gpu.py> is required');
// No default: without one a large model's run would replace the default model of its notation.
if (!args['check-only'] && !args.name && !args.out) throw new Error('--name <model name, e.g. smiles-large> or --out <folder> is required');
const log = (event) => console.log(JSON.stringify({ time: new Date().toISOString(), ...event }));

await tf.setBackend('wasm');
await tf.ready();
await loadChemistry();

const json = JSON.parse(readFileSync(path.join(args.from, 'model.json'), 'utf8'));
const { config, training: card } = json;
const corpus = await tokenisedCorpus(config.notation, { limit: +args.limit });
if (card.corpus.sha256 !== corpus.corpusHash) throw new Error(`${args.from} was trained on another corpus (sha256 ${card.corpus.sha256}, this one ${corpus.corpusHash}): give the --limit its tokens were made with`);
if (typeof card.validationLossFloat32 !== 'number') throw new Error(`${args.from}/model.json has no training.validationLossFloat32: adopt installs runs of train_gpu.py, which records it`);
if (JSON.stringify(config.vocabulary) !== JSON.stringify(corpus.vocabulary.tokens.slice(3))) throw new Error(`${args.from} has another vocabulary than tokenised.mjs makes: its ids would mean other tokens`);
// Runs exported before train_gpu.py recorded it: a model trained on rooted spellings must not be held to canonical ones.
if (card.variants) config.spellings = 'rooted';

const exported = LanguageModel.load(tf, json, new Uint8Array(readFileSync(path.join(args.from, 'weights.bin'))));

// Token-weighted, as train_gpu.py computes it.
const valLoss = exported.meanLoss(corpus.validation);
const difference = Math.abs(valLoss - card.validationLossFloat32);
log({ event: 'validation-loss', tfjs: valLoss, trainer: card.validationLossFloat32, difference });
if (!(difference <= +args.tolerance)) {
  throw new Error(`TensorFlow.js gets validation loss ${valLoss} from the exported weights, the trainer got ${card.validationLossFloat32}: the export does not reproduce the model`);
}

const weights = args.float16 ? 'float16' : 'float32';
const model = args.float16 ? await (async () => {
  const half = await exported.save({}, { float16: true });
  return LanguageModel.load(tf, half.json, half.weights);
})() : exported;
const halfLoss = args.float16 ? model.meanLoss(corpus.validation) : undefined;
if (args.float16) {
  log({ event: 'float16', validationLoss: halfLoss, change: halfLoss - valLoss });
  // Half floats round each weight by at most 2⁻¹¹ of itself; weights beyond 65504 would become infinite.
  if (!(Math.abs(halfLoss - valLoss) <= 1e-3)) throw new Error(`in float16 the validation loss is ${halfLoss}, not ${valLoss}: this model does not survive half precision; adopt it without --float16`);
}

const n = +args.samples;
// The model unaided, as MOSES measures a generator, and with the guard that sampling uses by default.
function measure(grammar) {
  const started = Date.now();
  const strings = sampleStrings(model, { n, temperature: 1, seed: +args.seed, grammar });
  const smiles = strings.map(smilesReader(config.notation)).map(canonicalSmiles).filter(Boolean);
  return {
    valid: smiles.length / n,
    unique: new Set(smiles).size / Math.max(1, smiles.length),
    filters: smiles.filter(passesMosesFilters).length / Math.max(1, smiles.length),
    seconds: (Date.now() - started) / 1000
  };
}
const sample = {
  samples: n, temperature: 1, seed: +args.seed,
  sampler: 'unguarded', ...measure(false), guarded: measure(true)
};
log({ event: 'sample', ...sample });
if (args['check-only']) process.exit(0);

const adopted = { ...card, adoption: { weights, validationLossTfjs: valLoss, ...(args.float16 ? { validationLossFloat16: halfLoss } : {}), ...sample } };
const saved = await model.save({ training: adopted }, { float16: args.float16 });
const history = JSON.parse(readFileSync(path.join(args.from, 'training.json'), 'utf8')).history;
const out = path.resolve(args.out ?? path.join(here, args.name));
const { lineageNotRecorded } = await writeModel(out, saved, adopted, history, {
  notation: config.notation,
  params: { trainer: card.trainer, backend: card.backend, weights, hidden: card.hidden, layers: card.layers, batch: card.batch, lr: card.lr, clip: card.clip, dropout: card.dropout ?? 0, seed: card.seed, steps: card.steps, ...card.schedule, notation: config.notation, maxLength: config.maxLength },
  seconds: card.seconds,
  startedAt: card.startedAt,
  endedAt: card.endedAt,
  corpus: corpus.trainSmiles,
  metrics: { ...card.lastEvaluation, validationLossTfjs: valLoss, validationLossFloat16: halfLoss, valid: sample.valid, unique: sample.unique, filters: sample.filters, guardedValid: sample.guarded.valid, guardedFilters: sample.guarded.filters }
});
if (lineageNotRecorded) log({ event: 'lineage-not-recorded', reason: lineageNotRecorded });
log({ event: 'adopted', out, parameters: model.parameterCount, bytes: saved.weights.byteLength });
