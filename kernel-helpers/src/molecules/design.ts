/**
 * Constrained design with the language model: property ranges, a required substructure, excluded
 * substructures and a similarity window to a seed molecule. Two ways to meet them:
 * - rejection: sample freely, keep what qualifies;
 * - prefix conditioning (the guided method): the model continues a SMILES or SELFIES prefix —
 *   the scaffold written from each of its atoms (scaffold decoration), or a cut of the seed
 *   molecule (analogs: "suggest chemical modifications") — so most samples already qualify.
 * Sampling stops at `budget` draws; what was found is returned with the acceptance rate.
 */
import { canonicalSmiles, ChemistryError, descriptorsOf, hasMatch, morganBits, smartsQuery, smilesProblem, tanimoto, withMol, type JSMol } from './chem';
import type { LanguageModel } from './model';
import { qed } from './qed';
import { sampleStrings } from './sample';
import { decodeSelfies, encodeSelfies } from './selfies';
import { selfiesTokens, smilesTokens, Vocabulary } from './tokens';

export interface Range {
  min?: number;
  max?: number;
}

export interface DesignConstraints {
  /** Average molecular weight (Da). */
  mw?: Range;
  /** Crippen logP. */
  logp?: Range;
  qed?: Range;
  tpsa?: Range;
  hbd?: Range;
  hba?: Range;
  rotb?: Range;
  /** A substructure every molecule must contain (SMILES or SMARTS). */
  scaffold?: string;
  /** Substructures no molecule may contain (SMARTS). */
  exclude?: string[];
  /** Analogs: Tanimoto similarity (Morgan radius 2, 1,024 bits) to `smiles` within [min, max]. */
  similarTo?: { smiles: string; min?: number; max?: number };
}

export interface MoleculeProperties {
  mw: number;
  logp: number;
  qed: number;
  tpsa: number;
  hbd: number;
  hba: number;
  rotb: number;
  heavyAtoms: number;
  aromaticRings: number;
}

export interface DesignedMolecule {
  smiles: string;
  properties: MoleculeProperties;
  /** To the seed molecule, with `similarTo`. */
  similarity?: number;
}

export interface DesignOptions {
  n: number;
  temperature?: number;
  topK?: number;
  seed?: number;
  batchSize?: number;
  /** Most strings to sample before giving up; default 50 × n. */
  budget?: number;
  constraints?: DesignConstraints;
  /** 'auto': prefix conditioning when there is a scaffold or a seed molecule, else rejection. */
  method?: 'auto' | 'rejection' | 'prefix';
  /** Canonical SMILES that do not count as new (the training set, or molecules already found). */
  exclude?: Set<string>;
  onProgress?: (found: number, sampled: number) => void;
}

export interface DesignResult {
  molecules: DesignedMolecule[];
  method: 'rejection' | 'prefix';
  sampled: number;
  valid: number;
  unique: number;
  accepted: number;
  acceptanceRate: number;
  budgetExhausted: boolean;
}

export class DesignError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DesignError';
  }
}

const RANGE_NAMES = ['mw', 'logp', 'qed', 'tpsa', 'hbd', 'hba', 'rotb'] as const;

/** The properties RDKit's descriptors give directly: cheap, so design checks them before QED. */
function descriptorProperties(mol: JSMol): Omit<MoleculeProperties, 'qed'> {
  const d = descriptorsOf(mol);
  return { mw: d.amw, logp: d.CrippenClogP, tpsa: d.tpsa, hbd: d.NumHBD, hba: d.NumHBA, rotb: d.NumRotatableBonds, heavyAtoms: d.NumHeavyAtoms, aromaticRings: d.NumAromaticRings };
}

export function propertiesOf(mol: JSMol): MoleculeProperties {
  return { ...descriptorProperties(mol), qed: qed(mol) };
}

function checkConstraints(c: DesignConstraints): void {
  for (const name of RANGE_NAMES) {
    const r = c[name];
    if (r && r.min !== undefined && r.max !== undefined && r.min > r.max) {
      throw new DesignError(`${name}=${r.min}..${r.max} is empty: the lower bound is above the upper bound`);
    }
  }
  if (c.qed && ((c.qed.min ?? 0) > 1 || (c.qed.max ?? 1) < 0)) throw new DesignError('qed lies in [0, 1]: give a range that meets it');
  const s = c.similarTo;
  if (s && !(0 <= (s.min ?? 0) && (s.min ?? 0) <= (s.max ?? 1) && (s.max ?? 1) <= 1)) {
    throw new DesignError(`similarity ${s.min ?? 0}..${s.max ?? 1} must be a range within [0, 1]`);
  }
}

const within = (x: number, r?: Range) => !r || ((r.min === undefined || x >= r.min) && (r.max === undefined || x <= r.max));

/** The SMILES of `smiles` written from each of its atoms (distinct strings), for prefixes. */
function rootedForms(smiles: string): string[] {
  return withMol(smiles, mol => {
    const n = mol.get_num_atoms(true);
    return [...new Set(Array.from({ length: n }, (_, i) => mol.get_smiles(JSON.stringify({ rootedAtAtom: i }))))];
  }) ?? [];
}

export function design(model: LanguageModel, options: DesignOptions): DesignResult {
  const c = options.constraints ?? {};
  checkConstraints(c);
  const notation = model.config.notation;
  const vocabulary = new Vocabulary(model.config.vocabulary);
  const tokensOf = (s: string) => (notation === 'smiles' ? smilesTokens(s) : selfiesTokens(encodeSelfies(s)));
  const toSmiles = (s: string) => (notation === 'smiles' ? s : decodeSelfies(s));

  // Compile queries once; every RDKit object made here is freed in `finally`.
  const queries: JSMol[] = [];
  try {
    // A scaffold written as SMILES is matched as its canonical form (aromatic where RDKit perceives aromaticity),
    // so a Kekulé benzene still matches the aromatic rings the model writes.
    const scaffold = c.scaffold ? smartsQuery(canonicalSmiles(c.scaffold) ?? c.scaffold) : undefined;
    if (scaffold) queries.push(scaffold);
    for (const s of c.exclude ?? []) queries.push(smartsQuery(s));
    const excluded = queries.slice(scaffold ? 1 : 0);
    let seedBits: Uint8Array | undefined;
    if (c.similarTo) {
      seedBits = withMol(c.similarTo.smiles, m => morganBits(m));
      if (!seedBits) throw new ChemistryError(`the seed molecule '${c.similarTo.smiles}' is not a valid SMILES: ${smilesProblem(c.similarTo.smiles)}`);
    }

    // Prefixes: the seed cut after 40–80 % of its tokens, or the scaffold from each atom.
    let prefixes: number[][] = [];
    const wantsPrefix = options.method === 'prefix' || (options.method !== 'rejection' && (c.similarTo || c.scaffold));
    if (wantsPrefix) {
      const safeIds = (s: string) => {
        try {
          return vocabulary.encode(tokensOf(s)).slice(1, -1);
        } catch {
          return undefined; // a token the model never saw: this form cannot be a prefix
        }
      };
      if (c.similarTo) {
        for (const form of rootedForms(c.similarTo.smiles)) {
          const ids = safeIds(form);
          if (!ids) continue;
          for (const share of [0.4, 0.5, 0.6, 0.7, 0.8]) prefixes.push(ids.slice(0, Math.max(1, Math.round(share * ids.length))));
        }
      } else if (c.scaffold && withMol(c.scaffold, () => true)) {
        prefixes = rootedForms(c.scaffold).map(safeIds).filter((x): x is number[] => !!x);
      }
    }
    const method = prefixes.length ? 'prefix' : 'rejection';

    const budget = options.budget ?? 50 * options.n;
    const seen = new Set<string>(options.exclude ?? []);
    const found: DesignedMolecule[] = [];
    let sampled = 0;
    let valid = 0;
    let unique = 0;
    let round = 0;
    while (found.length < options.n && sampled < budget) {
      const want = Math.min(budget - sampled, Math.max(options.batchSize ?? 512, 2 * (options.n - found.length)));
      const strings = sampleStrings(model, {
        n: want, temperature: options.temperature, topK: options.topK, batchSize: options.batchSize,
        seed: (options.seed ?? 0) * 7919 + round++, ...(prefixes.length ? { prefixes } : {})
      });
      for (const s of strings) {
        if (found.length >= options.n) break;
        sampled++;
        const smiles = s ? toSmiles(s) : '';
        // One parse per sample: undefined = invalid, null = valid but a duplicate or not qualifying.
        const verdict = withMol(smiles, (mol): DesignedMolecule | null => {
          valid++;
          const canonical = mol.get_smiles();
          if (seen.has(canonical)) return null;
          seen.add(canonical);
          unique++;
          if (scaffold && !hasMatch(mol, scaffold)) return null;
          if (excluded.some(q => hasMatch(mol, q))) return null;
          const cheap = descriptorProperties(mol);
          if (!RANGE_NAMES.every(name => name === 'qed' || within(cheap[name], c[name]))) return null;
          const properties = { ...cheap, qed: qed(mol) };
          if (!within(properties.qed, c.qed)) return null;
          let similarity: number | undefined;
          if (seedBits) {
            similarity = tanimoto(seedBits, morganBits(mol));
            if (similarity < (c.similarTo!.min ?? 0) || similarity > (c.similarTo!.max ?? 1)) return null;
          }
          return { smiles: canonical, properties, ...(similarity !== undefined ? { similarity } : {}) };
        });
        if (verdict) found.push(verdict);
      }
      options.onProgress?.(found.length, sampled);
    }
    return { molecules: found, method, sampled, valid, unique, accepted: found.length, acceptanceRate: sampled ? found.length / sampled : 0, budgetExhausted: found.length < options.n };
  } finally {
    for (const q of queries) q.delete();
  }
}

/** "Suggest chemical modifications": molecules whose similarity to `smiles` lies in [min, max] (default 0.4–0.9). */
export function analogs(model: LanguageModel, smiles: string, options: Omit<DesignOptions, 'constraints'> & { min?: number; max?: number; constraints?: Omit<DesignConstraints, 'similarTo'> }): DesignResult {
  const { min = 0.4, max = 0.9, constraints = {}, ...rest } = options;
  return design(model, { ...rest, constraints: { ...constraints, similarTo: { smiles, min, max } } });
}
