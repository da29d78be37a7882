/** Lipinski and Veber on drugs whose counts are worked out by hand in the comments. */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { loadChemistry, withMol } from './chem';
import { lipinski, oralDrugRules, veber, type RuleReport } from './rules';

const ASPIRIN = 'CC(=O)Oc1ccccc1C(=O)O';
const ATORVASTATIN = 'CC(C)c1c(C(=O)Nc2ccccc2)c(-c2ccccc2)c(-c2ccc(F)cc2)n1CC[C@@H](O)C[C@@H](O)CC(=O)O';
const CYCLOSPORIN =
  'CC[C@H]1C(=O)N(CC(=O)N([C@H](C(=O)N[C@H](C(=O)N([C@H](C(=O)N[C@H](C(=O)N[C@@H](C(=O)N([C@H](C(=O)N([C@H](C(=O)' +
  'N([C@H](C(=O)N([C@H](C(=O)N1)[C@@H]([C@H](C)C/C=C/C)O)C)C(C)C)C)CC(C)C)C)CC(C)C)C)C)C)CC(C)C)C)C(C)C)CC(C)C)C)C';

/** Average molecular weight from the formula, with IUPAC standard atomic weights. */
const weight = (c: number, h: number, n: number, o: number, f = 0) => 12.011 * c + 1.008 * h + 14.007 * n + 15.999 * o + 18.998 * f;
const broken = (r: RuleReport) => r.violations.map(v => v.property);

describe('Lipinski and Veber', () => {
  before(() => loadChemistry());

  it('aspirin (C9H8O4) breaks nothing', () => {
    const rules = oralDrugRules(ASPIRIN)!;
    assert.deepEqual(rules.lipinski, { rule: 'Lipinski', passes: true, violations: [] });
    assert.deepEqual(rules.veber, { rule: 'Veber', passes: true, violations: [] });
  });

  it('atorvastatin (C33H35FN2O5) breaks MW and logP, so fails the rule of five, and has 12 rotatable bonds', () => {
    const rules = oralDrugRules(ATORVASTATIN)!;
    // Donors: two OH, the acid OH and the amide NH = 4; acceptors: 2 N + 5 O = 7; both within limits.
    assert.deepEqual(broken(rules.lipinski), ['molecularWeight', 'logP']);
    assert.equal(rules.lipinski.passes, false);
    const mw = rules.lipinski.violations[0];
    assert.ok(Math.abs(mw.value - weight(33, 35, 2, 5, 1)) < 0.01);
    assert.ok(Math.abs(mw.excess - (weight(33, 35, 2, 5, 1) - 500)) < 0.01);
    assert.ok(Math.abs(rules.lipinski.violations[1].value - 6.31) < 0.01); // Crippen logP
    // Rotatable (amide C–N and terminal CH3 bonds excluded): iPr–ring, ring–C(=O), N–Ph, ring–Ph, ring–FPh, ring N–CH2,
    // and the six bonds of the CH2CH2CH(OH)CH2CH(OH)CH2COOH chain = 12 > 10. TPSA 111.8 Å² is within 140.
    assert.deepEqual(rules.veber.violations.map(v => [v.property, v.value, v.excess]), [['rotatableBonds', 12, 2]]);
    assert.equal(rules.veber.passes, false);
  });

  it('cyclosporin A (C62H111N11O12) breaks MW and acceptors (11 N + 12 O = 23) and both Veber limits', () => {
    const rules = oralDrugRules(CYCLOSPORIN)!;
    assert.deepEqual(broken(rules.lipinski), ['molecularWeight', 'hBondAcceptors']); // donors: 4 NH + 1 OH = 5, allowed
    assert.ok(Math.abs(rules.lipinski.violations[0].value - weight(62, 111, 11, 12)) < 0.01);
    assert.deepEqual(rules.lipinski.violations[1], { property: 'hBondAcceptors', value: 23, limit: 10, excess: 13 });
    assert.deepEqual(broken(rules.veber), ['rotatableBonds', 'polarSurfaceArea']);
    assert.ok(Math.abs(rules.veber.violations[1].value - 278.8) < 0.1); // TPSA in Å²
  });

  it('tolerates one Lipinski violation: hexadecane (logP 6.5) passes; limits are inclusive', () => {
    const hexadecane = withMol('CCCCCCCCCCCCCCCC', lipinski)!;
    assert.deepEqual(broken(hexadecane), ['logP']);
    assert.equal(hexadecane.passes, true);
    // Glucose has exactly 5 O–H donors: on the limit, not past it.
    assert.deepEqual(withMol('OC[C@H]1OC(O)[C@H](O)[C@@H](O)[C@@H]1O', lipinski)!.violations, []);
    // Hexadecane's 13 C–C bonds between non-terminal carbons are rotatable.
    assert.deepEqual(broken(withMol('CCCCCCCCCCCCCCCC', veber)!), ['rotatableBonds']);
  });

  it('answers null for what RDKit cannot parse', () => {
    assert.equal(oralDrugRules(''), null);
    assert.equal(oralDrugRules('c1cccc1'), null);
  });
});
