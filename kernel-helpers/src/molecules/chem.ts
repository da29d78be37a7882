/**
 * RDKit (MinimalLib, WASM) behind a small API that frees every molecule it makes: call sites
 * never hold an RDKit object past `withMol`, so a loop over a million SMILES keeps a flat heap.
 * `loadChemistry()` once (≈ 200 ms), then everything here is synchronous.
 */
import type { MainModule as RDKitModule, Mol as JSMol } from '@rdkit/rdkit';

export type { JSMol };

export class ChemistryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ChemistryError';
  }
}

let loaded: RDKitModule | undefined;
let loading: Promise<RDKitModule> | undefined;

export function loadChemistry(): Promise<RDKitModule> {
  loading ??= (async () => {
    const init = require('@rdkit/rdkit') as (options?: unknown) => Promise<RDKitModule>;
    loaded = await init();
    // RDKit logs every rejected SMILES to stderr; a sampler rejects thousands. `complaint` captures what it needs.
    loaded.disable_logging();
    return loaded;
  })();
  return loading;
}

/** The loaded module; throws if `loadChemistry()` has not finished. */
export function rdkit(): RDKitModule {
  if (!loaded) throw new ChemistryError('RDKit is not loaded yet: await loadChemistry() first');
  return loaded;
}

/** Runs `fn` on the molecule parsed from `smiles` and frees it; undefined for an invalid or empty SMILES. */
export function withMol<T>(smiles: string, fn: (mol: JSMol) => T): T | undefined {
  if (typeof smiles !== 'string' || smiles.trim() === '') return undefined;
  const mol = rdkit().get_mol(smiles);
  if (!mol) return undefined;
  try {
    return mol.is_valid() && mol.get_num_atoms() > 0 ? fn(mol) : undefined;
  } finally {
    mol.delete();
  }
}

/** Canonical SMILES, or null when RDKit cannot parse and sanitise it (an empty string is invalid). */
export function canonicalSmiles(smiles: string): string | null {
  return withMol(smiles, mol => mol.get_smiles()) ?? null;
}

export const isValidSmiles = (smiles: string): boolean => canonicalSmiles(smiles) !== null;

/** A compiled SMARTS query for repeated matching; free it with `delete()` (or use `withQuery`). */
export function smartsQuery(smarts: string): JSMol {
  const q = smarts.trim() ? rdkit().get_qmol(smarts) : null;
  if (!q || !q.is_valid()) {
    q?.delete();
    throw new ChemistryError(`invalid SMARTS '${smarts}': ${smarts.trim() ? complaint(() => rdkit().get_qmol(smarts)?.delete()) : 'it is empty'}`);
  }
  return q;
}

/** Why RDKit rejects a SMILES ('' when it does not): syntax errors with their position, valence and aromaticity problems. */
export function smilesProblem(smiles: string): string {
  if (typeof smiles !== 'string' || !smiles.trim()) return 'it is empty';
  if (isValidSmiles(smiles)) return '';
  return complaint(() => rdkit().get_mol(smiles)?.delete());
}

/** RDKit's own words about a failed parse, from its log: the first line that is not a warning, or the syntax error's position. */
function complaint(parse: () => void): string {
  const log = rdkit().set_log_capture('rdApp.*');
  try {
    parse();
    const lines = (log?.get_buffer() ?? '').split('\n').map(l => l.replace(/^\[[\d:]+\]\s*/, '').trim()).filter(Boolean);
    const at = lines.map(l => /around position (\d+)/.exec(l)).find(Boolean);
    if (at) return `syntax error at position ${at[1]}`;
    return (lines.find(l => !/^WARNING/.test(l)) ?? lines[0])?.replace(/\s+/g, ' ') ?? 'RDKit gives no reason';
  } finally {
    log?.delete();
  }
}

export function withQuery<T>(smarts: string, fn: (query: JSMol) => T): T {
  const q = smartsQuery(smarts);
  try {
    return fn(q);
  } finally {
    q.delete();
  }
}

export const hasMatch = (mol: JSMol, query: JSMol): boolean => mol.get_substruct_match(query) !== '{}';

export interface Descriptors {
  exactmw: number;
  amw: number;
  CrippenClogP: number;
  tpsa: number;
  NumHBD: number;
  NumHBA: number;
  NumRotatableBonds: number;
  NumAromaticRings: number;
  NumRings: number;
  NumHeavyAtoms: number;
  [name: string]: number;
}

export const descriptorsOf = (mol: JSMol): Descriptors => JSON.parse(mol.get_descriptors()) as Descriptors;

/** Morgan (ECFP-like) bits as one byte per bit (0/1), radius 2 and 1,024 bits by default (the MOSES setting). */
export function morganBits(mol: JSMol, radius = 2, nBits = 1024): Uint8Array {
  const packed = mol.get_morgan_fp_as_uint8array(JSON.stringify({ radius, nBits })) as Uint8Array;
  const bits = new Uint8Array(nBits);
  // MinimalLib packs eight bits per byte, lowest bit first.
  for (let i = 0; i < nBits; i++) bits[i] = (packed[i >> 3] >> (i & 7)) & 1;
  return bits;
}

/** Tanimoto similarity of two bit vectors (0/1 bytes); 1 for two empty vectors, as RDKit. */
export function tanimoto(a: Uint8Array, b: Uint8Array): number {
  let both = 0;
  let either = 0;
  for (let i = 0; i < a.length; i++) {
    both += a[i] & b[i];
    either += a[i] | b[i];
  }
  return either === 0 ? 1 : both / either;
}

/** SVG depiction with everything but drawing removed (no scripts, handlers or external references). */
export function depiction(mol: JSMol, width = 200, height = 160): string {
  return sanitizeSvg(mol.get_svg(width, height));
}

export function sanitizeSvg(svg: string): string {
  return svg
    .replace(/<\?xml[^>]*\?>/g, '')
    .replace(/<!DOCTYPE[^>]*>/gi, '')
    .replace(/<script[\s\S]*?<\/script>/gi, '')
    .replace(/<foreignObject[\s\S]*?<\/foreignObject>/gi, '')
    .replace(/\son[a-z]+\s*=\s*("[^"]*"|'[^']*')/gi, '')
    .replace(/\s(?:xlink:)?href\s*=\s*("[^"]*"|'[^']*')/gi, '')
    .trim();
}
