/**
 * Structure filters for generated molecules: PAINS, the pan-assay interference substructures of Baell & Holloway
 * (J Med Chem 53:2719–2740, 2010), the MCF medicinal-chemistry filters, and the MOSES "Filters" check built from
 * both (Polykovskiy et al., Front Pharmacol 11:565644, 2020). The SMARTS come from molsets 0.3.1, cleaned; see
 * data/filters/PROVENANCE.md.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { hasMatch, isValidSmiles, smartsQuery, withMol, type JSMol } from './chem';

export type AlertFilter = 'PAINS' | 'MCF';

export interface StructuralAlert {
  filter: AlertFilter;
  name: string;
}

// The compiled module lives in dist/molecules/, the tables in data/filters/ of the same package.
const FILTER_DIR = path.join(__dirname, '..', '..', 'data', 'filters');

/** MOSES keeps organic molecules made of these elements only (H, C, N, O, F, S, Cl, Br). */
const MOSES_ELEMENTS = new Set([1, 6, 7, 8, 9, 16, 17, 35]);

/** MOSES drops molecules with a ring of 8 or more atoms (macrocycles are rare in its drug-like training set). */
const MOSES_LARGEST_RING = 7;

interface CompiledAlert extends StructuralAlert {
  query: JSMol;
}

// Compiled once and kept for the life of the process (about 500 query molecules).
let alerts: CompiledAlert[] | undefined;

/** A `name,smarts` table; a SMARTS with commas is quoted, and SMARTS never contain a double quote. */
function readAlertTable(file: string): { name: string; smarts: string }[] {
  const [, ...rows] = readFileSync(path.join(FILTER_DIR, file), 'utf8').split(/\r?\n/).filter(line => line.trim());
  return rows.map(row => {
    const comma = row.indexOf(',');
    return { name: row.slice(0, comma), smarts: row.slice(comma + 1).replace(/^"(.*)"$/, '$1') };
  });
}

/** MCF first: 22 small patterns that catch many molecules before the 480 PAINS patterns run. */
function alertQueries(): CompiledAlert[] {
  alerts ??= (['MCF', 'PAINS'] as const).flatMap(filter =>
    readAlertTable(`${filter.toLowerCase()}.csv`).map(({ name, smarts }) => ({ filter, name, query: smartsQuery(smarts) }))
  );
  return alerts;
}

/** Runs `fn` on a copy of `mol` with explicit hydrogens: PAINS patterns spell hydrogens out as [#1] atoms. */
function withHydrogens<T>(mol: JSMol, fn: (withHs: JSMol) => T): T {
  const copy = mol.copy();
  if (!copy) throw new Error('RDKit could not copy the molecule');
  try {
    copy.add_hs_in_place();
    return fn(copy);
  } finally {
    copy.delete();
  }
}

/** Every PAINS and MCF alert that matches the molecule (with explicit hydrogens, as MOSES matches them). */
export const structuralAlertsOf = (mol: JSMol): StructuralAlert[] =>
  withHydrogens(mol, withHs => alertQueries().filter(a => hasMatch(withHs, a.query)).map(({ filter, name }) => ({ filter, name })));

/** PAINS and MCF alerts of a SMILES; null when RDKit cannot parse it. Needs `await loadChemistry()` first. */
export const structuralAlerts = (smiles: string): StructuralAlert[] | null => withMol(smiles, structuralAlertsOf) ?? null;

interface CommonChem {
  defaults: { atom: { z: number; chg: number } };
  molecules: { atoms: { z?: number; chg?: number }[]; extensions?: { atomRings?: number[][] }[] }[];
}

/**
 * Why a molecule fails the MOSES filters, or undefined when it passes. The checks and their order follow
 * `mol_passes_filters` in molsets 0.3.1: rings of 8+ atoms, formal charges, elements, PAINS and MCF alerts, and a
 * canonical SMILES (stereochemistry dropped) that RDKit can read back.
 */
export function mosesFilterFailure(smiles: string): string | undefined {
  const failure = withMol(smiles, mol => {
    const { defaults, molecules } = JSON.parse(mol.get_json()) as CommonChem;
    const [{ atoms, extensions = [] }] = molecules;
    // The rings RDKit perceived on sanitising (its symmetrised SSSR), which is what RingInfo.AtomRings() holds.
    const rings = extensions.flatMap(e => e.atomRings ?? []);
    const largest = Math.max(0, ...rings.map(r => r.length));
    if (largest > MOSES_LARGEST_RING) return `has a ring of ${largest} atoms`;
    const charged = atoms.findIndex(a => (a.chg ?? defaults.atom.chg) !== 0);
    if (charged >= 0) return `atom ${charged + 1} carries a formal charge`;
    const foreign = atoms.find(a => !MOSES_ELEMENTS.has(a.z ?? defaults.atom.z));
    if (foreign) return `has atomic number ${foreign.z ?? defaults.atom.z}; only C, N, O, S, F, Cl, Br and H are allowed`;
    const alert = withHydrogens(mol, withHs => alertQueries().find(a => hasMatch(withHs, a.query)));
    if (alert) return `matches the ${alert.filter} alert ${alert.name}`;
    // MinimalLib's name for isomericSmiles; it ignores keys it does not know.
    const canonical = mol.get_smiles(JSON.stringify({ doIsomericSmiles: false }));
    if (!isValidSmiles(canonical)) return `its canonical SMILES ${canonical} does not read back`;
    return '';
  });
  return failure === undefined ? 'is not a valid SMILES' : failure || undefined;
}

/** The MOSES "Filters" check; the share of generated molecules passing it is the MOSES Filters metric. */
export const passesMosesFilters = (smiles: string): boolean => mosesFilterFailure(smiles) === undefined;
