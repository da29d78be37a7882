/**
 * `npm run bench -- molecules` on the wasm backend:
 * - throughput: valid and unique molecules per second, RDKit validation included, on one thread
 *   and on two worker threads (the machine's two cores), for each shipped model; and %%molecules's own rate
 *   (`design`, which also computes each molecule's properties) on one and two threads;
 * - the training step time of each shipped configuration on the CPU trainer (batch 128 of MOSES molecules; 32
 *   for the large models: a batch of 64 takes backpropagation past the wasm backend's 4 GB);
 * - RDKit heap: 1,000,000 parse-and-free cycles and how much the wasm memory grew;
 * - the MOSES metrics table of each shipped model on 30,000 samples (GENHEALTH_BENCH_MOLECULES_SAMPLES),
 *   against the MOSES training set and the test sets: SNN against every test molecule (as MOSES; fingerprints
 *   cost ≈ 0.2 ms a molecule), Frag, Scaf and the Wasserstein distances against a seeded sample of each test
 *   set (GENHEALTH_BENCH_MOLECULES_REFERENCE, default 20,000: BRICS, scaffolds and QED cost ≈ 5 ms a molecule).
 * Each model is measured with its notation's guard (the sampler as shipped) and without it (the model alone, as the
 *   CharRNN is measured).
 * GENHEALTH_BENCH_MOLECULES_PARTS=throughput,training,heap,moses picks parts (the heap loop takes ≈ 7 minutes),
 * GENHEALTH_BENCH_MOLECULES_MODELS=smiles,selfies the models, GENHEALTH_BENCH_MOLECULES_GRAMMAR=on,off the samplers,
 * GENHEALTH_BENCH_MOLECULES_TEMPERATURE (default 1, as MOSES samples) and GENHEALTH_BENCH_MOLECULES_SEED (default 30000)
 * the MOSES samples.
 * The anchor is the MOSES CharRNN (Polykovskiy et al. 2020, table 2).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { emit } from '../bench/record';
import { Random } from '../cohort/random';
import { tfjs } from '../tf/backend';
import { canonicalSmiles, loadChemistry, withMol, morganBits, descriptorsOf } from './chem';
import { design } from './design';
import { fingerprintSet, morganOnBits, mosesMetrics, referenceStatistics, type ReferenceStatistics } from './metrics';
import { LanguageModel, paddedIds } from './model';
import { availableModels, loadModel, modelsRoot } from './models';
import { sample, sampleStrings } from './sample';
import { Vocabulary } from './tokens';
import { notationTokens, smilesReader } from './selfies';

const CHARRNN = { valid: 0.9748, unique10k: 0.9994, novelty: 0.8419, intDiv1: 0.8562, filters: 0.9943 };

/** Samples `n` strings with `seed` and returns the valid unique canonical SMILES (a worker's job too). */
export async function validUnique(modelName: string, n: number, seed: number): Promise<{ valid: number; unique: string[]; seconds: number }> {
  process.env.GENHEALTH_TF_BACKEND ??= 'wasm';
  await loadChemistry();
  const model = await loadModel(modelName);
  const started = Date.now();
  const strings = sampleStrings(model, { n, seed, batchSize: 512 });
  const toSmiles = smilesReader(model.config.notation);
  const valid = strings.map(s => canonicalSmiles(toSmiles(s))).filter((s): s is string => !!s);
  return { valid: valid.length, unique: [...new Set(valid)], seconds: (Date.now() - started) / 1000 };
}

function inWorker(modelName: string, n: number, seed: number): Promise<{ valid: number; unique: string[]; seconds: number }> {
  const code = `const { parentPort, workerData } = require('node:worker_threads');
    require(${JSON.stringify(__filename)}).validUnique(workerData.modelName, workerData.n, workerData.seed).then(r => parentPort.postMessage(r));`;
  return new Promise((resolve, reject) => {
    const w = new Worker(code, { eval: true, workerData: { modelName, n, seed } });
    w.once('message', r => {
      resolve(r);
      void w.terminate();
    });
    w.once('error', reject);
  });
}

/**
 * The measure — samples drawn, decoded and validated by RDKit, duplicates dropped — on one thread and on
 * two worker threads (wall clock with loading); then %%molecules's own path, `design` without constraints, which
 * also computes every molecule's properties (descriptors and QED, ≈ 2 ms a molecule), on one and two threads.
 */
async function throughput(name: string): Promise<void> {
  const n = 8000;
  await validUnique(name, 300, 1); // load and warm up
  const one = await validUnique(name, n, 2);
  emit({ bench: 'molecules', model: name, metric: 'valid-unique-per-second-1-thread', value: Math.round(one.unique.length / one.seconds), unit: 'molecules/s', sampled: n, valid: one.valid, goal: 1000 });
  const started = Date.now();
  const parts = await Promise.all([inWorker(name, n, 3), inWorker(name, n, 4)]);
  const seconds = (Date.now() - started) / 1000;
  const unique = new Set(parts.flatMap(p => p.unique)).size;
  emit({ bench: 'molecules', model: name, metric: 'valid-unique-per-second-2-threads', value: Math.round(unique / seconds), unit: 'molecules/s', sampled: 2 * n, seconds: Number(seconds.toFixed(1)), note: 'wall clock, including loading the model and RDKit in each worker', goal: 1000 });

  const model = await loadModel(name);
  for (const threads of [1, 2]) {
    const count = 4000 * threads;
    const t0 = Date.now();
    const r = await design(model, { n: count, budget: count, seed: 5, threads });
    const s = (Date.now() - t0) / 1000;
    emit({ bench: 'molecules', model: name, metric: `design-molecules-per-second-${threads}-thread${threads > 1 ? 's' : ''}`, value: Math.round(r.unique / s), unit: 'molecules/s', sampled: r.sampled, unique: r.unique, seconds: Number(s.toFixed(2)), threads: r.threads, note: '%%molecules without constraints: with every molecule\'s properties' });
  }
}

async function trainingStep(name: string): Promise<void> {
  const tf = await tfjs();
  require('@tensorflow/tfjs');
  const file = path.join(modelsRoot(), 'data', 'train.smi');
  if (!existsSync(file)) return;
  const json = JSON.parse(readFileSync(path.join(modelsRoot(), name, 'model.json'), 'utf8'));
  const model = LanguageModel.create(tf, json.config, 1);
  // The wasm backend has 4 GB: backpropagation through a 3 × 512 GRU over batches of 64 long molecules exceeds it.
  const batch = model.parameterCount > 1e6 ? 32 : 128;
  const smiles = readFileSync(file, 'utf8').split('\n').slice(0, batch * 6);
  const vocabulary = new Vocabulary(json.config.vocabulary);
  const tokens = notationTokens(json.config.notation);
  const optimizer = tf.train.adam(0.002);
  const times: number[] = [];
  for (let b = 0; b < 6; b++) {
    const rows = smiles.slice(b * batch, (b + 1) * batch).map(s => vocabulary.encode(tokens(s)));
    const ids = paddedIds(tf, rows);
    const t0 = Date.now();
    optimizer.minimize(() => model.loss(ids), true)?.dispose();
    if (b > 0) times.push(Date.now() - t0);
    ids.dispose();
  }
  emit({ bench: 'molecules', model: name, metric: `training-step-batch-${batch}`, value: Math.round(times.reduce((a, b) => a + b) / times.length), unit: 'ms', backend: tf.getBackend() });
  model.dispose();
  optimizer.dispose();
}

async function heap(): Promise<void> {
  await loadChemistry();
  const smiles = ['CC(=O)Oc1ccccc1C(=O)O', 'CN1C=NC2=C1C(=O)N(C(=O)N2C)C', 'C1CC(', 'c1ccncc1CCN'];
  for (let i = 0; i < 2000; i++) canonicalSmiles(smiles[i % 4]);
  const start = process.memoryUsage().external;
  const t0 = Date.now();
  for (let i = 0; i < 1_000_000; i++) withMol(smiles[i % 4], m => (morganBits(m), descriptorsOf(m).NumHeavyAtoms));
  emit({ bench: 'molecules', metric: 'rdkit-heap-growth-1M-molecules', value: process.memoryUsage().external - start, unit: 'bytes', seconds: (Date.now() - t0) / 1000 });
}

function sampleOf(lines: string[], n: number, seed: number): string[] {
  const random = new Random(seed);
  const copy = [...lines];
  for (let i = 0; i < Math.min(n, copy.length); i++) {
    const j = i + Math.floor(random.next() * (copy.length - i));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy.slice(0, n);
}

/** The MOSES training and test sets, reduced once for every model. */
function mosesReference(): { train: Set<string>; test: ReferenceStatistics; testSF: ReferenceStatistics; refN: number } | undefined {
  const data = path.join(modelsRoot(), 'data');
  if (!existsSync(path.join(data, 'test.smi'))) return undefined;
  const read = (f: string) => readFileSync(path.join(data, f), 'utf8').split('\n').filter(Boolean);
  const refN = Number(process.env.GENHEALTH_BENCH_MOLECULES_REFERENCE ?? 20_000);
  // Distribution statistics from a sample estimate the full set's; a nearest neighbour needs every molecule.
  const reference = (file: string, seed: number) => {
    const lines = read(file);
    return { ...referenceStatistics(sampleOf(lines, refN, seed), { properties: true }), fingerprints: fingerprintSet(lines.flatMap(s => withMol(s, morganOnBits) ?? [])) };
  };
  return { train: new Set(read('train.smi')), test: reference('test.smi', 1), testSF: reference('test_scaffolds.smi', 2), refN };
}

async function moses(name: string, reference: NonNullable<ReturnType<typeof mosesReference>>, grammar: boolean): Promise<void> {
  const n = Number(process.env.GENHEALTH_BENCH_MOLECULES_SAMPLES ?? 30_000);
  const temperature = Number(process.env.GENHEALTH_BENCH_MOLECULES_TEMPERATURE ?? 1);
  const seed = Number(process.env.GENHEALTH_BENCH_MOLECULES_SEED ?? 30000);
  const { train, test, testSF, refN } = reference;
  const model = await loadModel(name);
  const t0 = Date.now();
  const { strings, redrawn } = sample(model, { n, seed, temperature, batchSize: 512, grammar });
  const generated = strings.map(smilesReader(model.config.notation));
  const sampling = (Date.now() - t0) / 1000;
  const t1 = Date.now();
  const m = mosesMetrics(generated, { train, test, testScaffolds: testSF });
  // The guard is part of the shipped sampler; without it the figures are the model's own, as the CharRNN's.
  const sampler = `${model.config.notation}-${grammar ? 'guarded' : 'unguarded'}`;
  const common = { bench: 'molecules', model: name, notation: model.config.notation, sampler, samples: n, temperature, seed, redrawn, reference_sample: refN, snn_reference: 'all test molecules', sampling_seconds: sampling, metrics_seconds: (Date.now() - t1) / 1000 };
  emit({ ...common, metric: 'moses-valid', value: m.valid, unit: 'share', baseline: 'MOSES CharRNN', ratio: m.valid / CHARRNN.valid });
  emit({ ...common, metric: 'moses-unique@1k', value: m.unique[1000], unit: 'share' });
  emit({ ...common, metric: 'moses-unique@10k', value: m.unique[10000], unit: 'share', baseline: 'MOSES CharRNN', ratio: m.unique[10000] / CHARRNN.unique10k });
  emit({ ...common, metric: 'moses-novelty', value: m.novelty!, unit: 'share', baseline: 'MOSES CharRNN', ratio: m.novelty! / CHARRNN.novelty });
  emit({ ...common, metric: 'moses-intdiv1', value: m.intDiv1, unit: 'share', baseline: 'MOSES CharRNN', ratio: m.intDiv1 / CHARRNN.intDiv1 });
  emit({ ...common, metric: 'moses-intdiv2', value: m.intDiv2, unit: 'share' });
  emit({ ...common, metric: 'moses-filters', value: m.filters, unit: 'share', baseline: 'MOSES CharRNN', ratio: m.filters / CHARRNN.filters });
  for (const [key, value] of Object.entries({ snnTest: m.snnTest, fragTest: m.fragTest, scafTest: m.scafTest, snnTestSF: m.snnTestSF, fragTestSF: m.fragTestSF, scafTestSF: m.scafTestSF, logP: m.logP, weight: m.weight, qed: m.qed })) {
    if (value !== undefined) emit({ ...common, metric: `moses-${key}`, value, unit: key === 'logP' || key === 'weight' || key === 'qed' ? 'wasserstein-1' : 'similarity' });
  }
}

export async function run(): Promise<void> {
  process.env.GENHEALTH_TF_BACKEND ??= 'wasm';
  // GENHEALTH_BENCH_MOLECULES_MODELS picks shipped models (default all).
  const models = process.env.GENHEALTH_BENCH_MOLECULES_MODELS?.split(',') ?? availableModels();
  // GENHEALTH_BENCH_MOLECULES_PARTS picks parts: throughput, training, heap, moses (default all).
  const parts = new Set((process.env.GENHEALTH_BENCH_MOLECULES_PARTS ?? 'throughput,training,heap,moses').split(','));
  if (parts.has('throughput')) for (const name of models) await throughput(name);
  if (parts.has('training')) for (const name of models) await trainingStep(name);
  if (parts.has('heap')) await heap();
  if (parts.has('moses')) {
    await loadChemistry();
    const reference = mosesReference();
    // GENHEALTH_BENCH_MOLECULES_GRAMMAR=on,off: sampled with the guard, without it, or both (default).
    const grammar = (process.env.GENHEALTH_BENCH_MOLECULES_GRAMMAR ?? 'on,off').split(',');
    if (reference) for (const name of models) for (const g of grammar) await moses(name, reference, g === 'on');
  }
}
