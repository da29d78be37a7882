/**
 * Rules of thumb for oral bioavailability. Lipinski's rule of five (Lipinski, Lombardo, Dominy & Feeney, Adv Drug
 * Deliv Rev 23:3–25, 1997; reprinted 46:3–26, 2001): absorption or permeation is likely to be poor when a compound
 * breaks more than one of MW ≤ 500, logP ≤ 5, ≤ 5 H-bond donors, ≤ 10 H-bond acceptors. Veber et al. (J Med Chem
 * 45:2615–2623, 2002): good oral bioavailability in rats with ≤ 10 rotatable bonds and polar surface area ≤ 140 Å².
 *
 * Lipinski counted donors as N–H plus O–H and acceptors as N plus O atoms, as here (RDKit's NHOHCount and NOCount).
 * His logP was Daylight's CLogP; here it is Wildman–Crippen logP, so borderline compounds can land either side.
 */
import { descriptorsOf, withMol, type Descriptors, type JSMol } from './chem';

export type RuleProperty = 'molecularWeight' | 'logP' | 'hBondDonors' | 'hBondAcceptors' | 'rotatableBonds' | 'polarSurfaceArea';

export interface RuleViolation {
  property: RuleProperty;
  value: number;
  limit: number;
  /** How far past the limit: value − limit, always > 0. */
  excess: number;
}

export interface RuleReport {
  rule: 'Lipinski' | 'Veber';
  passes: boolean;
  violations: RuleViolation[];
}

interface UpperLimit {
  property: RuleProperty;
  limit: number;
  of: (d: Descriptors) => number;
}

const LIPINSKI: UpperLimit[] = [
  { property: 'molecularWeight', limit: 500, of: d => d.amw },
  { property: 'logP', limit: 5, of: d => d.CrippenClogP },
  { property: 'hBondDonors', limit: 5, of: d => d.lipinskiHBD },
  { property: 'hBondAcceptors', limit: 10, of: d => d.lipinskiHBA }
];

/** Veber's alternative to the PSA limit, ≤ 12 donors plus acceptors, is not checked. */
const VEBER: UpperLimit[] = [
  { property: 'rotatableBonds', limit: 10, of: d => d.NumRotatableBonds },
  { property: 'polarSurfaceArea', limit: 140, of: d => d.tpsa }
];

/** A report over upper limits, passing with at most `tolerated` violations. */
function check(rule: RuleReport['rule'], limits: UpperLimit[], tolerated: number, d: Descriptors): RuleReport {
  const violations = limits.flatMap(({ property, limit, of }) => {
    const value = of(d);
    return value > limit ? [{ property, value, limit, excess: value - limit }] : [];
  });
  return { rule, passes: violations.length <= tolerated, violations };
}

/** The rule of five: one violation is tolerated, two or more fail. */
export const lipinski = (mol: JSMol): RuleReport => check('Lipinski', LIPINSKI, 1, descriptorsOf(mol));

export const veber = (mol: JSMol): RuleReport => check('Veber', VEBER, 0, descriptorsOf(mol));

/** Both rules for a SMILES; null when RDKit cannot parse it. Needs `await loadChemistry()` first. */
export function oralDrugRules(smiles: string): { lipinski: RuleReport; veber: RuleReport } | null {
  const d = withMol(smiles, descriptorsOf);
  return d ? { lipinski: check('Lipinski', LIPINSKI, 1, d), veber: check('Veber', VEBER, 0, d) } : null;
}
