/**
 * The shipped molecule language models: models/molecules/<name>/model.json + weights.bin in the
 * repository (GENHEALTH_MODELS points elsewhere). Loaded once per kernel on the active backend.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { didYouMean } from '../magics/errors';
import { tfjs } from '../tf/backend';
import { ChemistryError, loadChemistry } from './chem';
import { LanguageModel, type Notation } from './model';

export const modelsRoot = () => process.env.GENHEALTH_MODELS ? path.resolve(process.env.GENHEALTH_MODELS, 'molecules') : path.resolve(__dirname, '..', '..', '..', 'models', 'molecules');

/** Names of the shipped models (folders with model.json and weights.bin). */
export function availableModels(): string[] {
  const root = modelsRoot();
  if (!existsSync(root)) return [];
  return readdirSync(root).filter(d => existsSync(path.join(root, d, 'model.json')) && existsSync(path.join(root, d, 'weights.bin'))).sort();
}

/** The default model for a notation: the folder named after it. */
export const defaultModel = (notation: Notation) => notation;

const loaded = new Map<string, Promise<LanguageModel>>();
const identities = new WeakMap<LanguageModel, { name: string; weightsSha256: string }>();

export function loadModel(name: string): Promise<LanguageModel> {
  const cached = loaded.get(name);
  if (cached) return cached;
  const known = availableModels();
  if (!known.includes(name)) {
    throw new ChemistryError(`no molecule model named '${name}'. ${didYouMean(name, known)}Models: ${known.join(', ') || `none in ${modelsRoot()}`}`);
  }
  const model = (async () => {
    // RDKit too: the SELFIES guard checks that a string spells its molecule canonically.
    const [tf] = await Promise.all([tfjs(), loadChemistry()]);
    const dir = path.join(modelsRoot(), name);
    const bytes = readFileSync(path.join(dir, 'weights.bin'));
    const model = LanguageModel.load(tf, JSON.parse(readFileSync(path.join(dir, 'model.json'), 'utf8')), bytes);
    // The identity lineage records is that of the bytes loaded, even if the file changes later.
    identities.set(model, { name, weightsSha256: createHash('sha256').update(bytes).digest('hex') });
    return model;
  })();
  loaded.set(name, model);
  model.catch(() => loaded.delete(name));
  return model;
}

/** What the model card says about a model (model.json's `training` section). */
export function modelCard(name: string): Record<string, unknown> {
  const json = JSON.parse(readFileSync(path.join(modelsRoot(), name, 'model.json'), 'utf8'));
  return { name, notation: json.config.notation, hidden: json.config.hidden, layers: json.config.layers, ...(json.training ?? {}) };
}

/** The model's identity for lineage: its name and the SHA-256 of the weights it was loaded from (the training run's output hash). */
export function modelIdentity(model: LanguageModel): { name: string; weightsSha256: string } | undefined {
  return identities.get(model);
}
