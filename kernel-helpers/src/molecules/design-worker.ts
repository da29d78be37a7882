/**
 * A worker thread of `design`: loads the model from the bytes it was given (the caller's exact weights,
 * on the same backend choice) and RDKit, then draws and judges the chunks it is sent.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { tfjs } from '../tf/backend';
import { loadChemistry } from './chem';
import { drawChunk, SampleChecker, type ChunkPlan } from './design';
import { LanguageModel } from './model';

interface Setup {
  model: { json: Parameters<typeof LanguageModel.load>[1]; weights: Uint8Array };
  notation: 'smiles' | 'selfies';
  plan: ChunkPlan;
  seed: number;
}

async function main(): Promise<void> {
  const { model: saved, notation, plan, seed } = workerData as Setup;
  const [tf] = await Promise.all([tfjs(), loadChemistry()]);
  const model = LanguageModel.load(tf, saved.json, saved.weights);
  const checker = new SampleChecker(notation, plan.constraints);
  parentPort!.on('message', ({ index, size }: { index: number; size: number }) => {
    parentPort!.postMessage({ index, chunk: drawChunk(model, checker, plan, seed, index, size) });
  });
  parentPort!.postMessage({ ready: true });
}

void main();
