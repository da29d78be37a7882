/**
 * Metrics of a design run for the notebook: validity and uniqueness of what was sampled, the
 * acceptance rate, and on the molecules returned the MOSES novelty (against the training set,
 * when the corpus is on disk), internal diversity and the MOSES filters.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { DesignResult } from './design';
import { mosesMetrics } from './metrics';
import { modelsRoot } from './models';

let trainingSet: Set<string> | null | undefined;

/** The MOSES training SMILES (models/molecules/data/train.smi, fetched by setup), or null without them. */
export function trainingSmiles(): Set<string> | null {
  if (trainingSet === undefined) {
    const file = path.join(modelsRoot(), 'data', 'train.smi');
    trainingSet = existsSync(file) ? new Set(readFileSync(file, 'utf8').split('\n').filter(Boolean)) : null;
  }
  return trainingSet;
}

export function metricsOfSample(result: DesignResult): Record<string, number> {
  const out: Record<string, number> = {
    valid: result.sampled ? result.valid / result.sampled : 0,
    unique: result.valid ? result.unique / result.valid : 0,
    acceptance_rate: result.acceptanceRate
  };
  if (!result.molecules.length) return out;
  const train = trainingSmiles();
  const m = mosesMetrics(result.molecules.map(x => x.smiles), { ...(train ? { train } : {}), k: [] });
  return { ...out, ...(m.novelty !== undefined ? { novelty: m.novelty } : {}), int_div1: m.intDiv1, int_div2: m.intDiv2, filters: m.filters };
}
