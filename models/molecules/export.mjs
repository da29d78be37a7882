/**
 * Writing a trained molecule model where `loadModel` finds it: model.json + weights.bin (TensorFlow.js weights
 * format), training.json (the card's training section and the loss/validity history) and lineage-run.json, the
 * run's lineage record (the corpus goes in as a hash, the weights' hash is the output). Used by `train.mjs` and by
 * `adopt.mjs` (models trained on a GPU by `train_gpu.py`).
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
/** The compiled kernel helpers the model scripts run on. */
export const dist = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'kernel-helpers', 'dist');

/** Whole file or nothing: a kernel may be loading the model while it is re-exported, and a stopped run must not leave half a checkpoint. */
export function writeAtomic(file, data) {
  writeFileSync(`${file}.tmp`, data);
  renameSync(`${file}.tmp`, file);
}

/**
 * `saved` is `LanguageModel.save({ training: card })`'s result; `run` names the lineage record's parameters, timing
 * (`seconds`, and `startedAt`/`endedAt` when the run ended earlier),
 * metrics and corpus (the SMILES, hashed by lineage, never stored). The model is written even when lineage cannot
 * record the run; the reason is returned.
 */
export async function writeModel(out, saved, card, history, run) {
  mkdirSync(out, { recursive: true });
  writeAtomic(path.join(out, 'weights.bin'), saved.weights);
  writeAtomic(path.join(out, 'model.json'), JSON.stringify(saved.json, null, 1) + '\n');
  writeAtomic(path.join(out, 'training.json'), JSON.stringify({ ...card, history }, null, 1) + '\n');
  const { lineage } = require(path.join(dist, 'lineage', 'session.js'));
  let record;
  try {
    record = await lineage().record({
      kind: 'function',
      name: `train-molecule-lm-${run.notation}`,
      params: run.params,
      // When the training ran (a GPU run is installed later); else it ended now.
      startedAt: run.startedAt ? new Date(run.startedAt) : new Date(Date.now() - run.seconds * 1000),
      endedAt: run.endedAt ? new Date(run.endedAt) : new Date(),
      inputs: [{ name: 'corpus', value: run.corpus }],
      outputs: [{ name: 'weights.bin', bytes: saved.weights, mediaType: 'application/octet-stream' }, { name: 'model.json', bytes: Buffer.from(JSON.stringify(saved.json)), mediaType: 'application/json' }],
      metrics: Object.fromEntries(Object.entries(run.metrics).filter(([, v]) => typeof v === 'number'))
    });
  } catch (e) {
    return { lineageNotRecorded: String(e) };
  }
  writeFileSync(path.join(out, 'lineage-run.json'), JSON.stringify(record ?? {}, null, 1) + '\n');
  return {};
}
