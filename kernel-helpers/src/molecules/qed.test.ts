/** QED against Python RDKit's own `rdkit.Chem.QED` (fixture from oracles/molecules/qed_reference.py). */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { descriptorsOf, loadChemistry, withMol } from './chem';
import { desirability, qed, qedFromProperties, qedOfSmiles, qedProperties, QED_WEIGHTS, type QedProperties } from './qed';

interface QedReference {
  smiles: string;
  name?: string;
  qed: number;
  properties: QedProperties;
}

const FIXTURE = path.join(__dirname, '..', '..', 'test-fixtures', 'molecules', 'qed-reference.json');
const reference = (JSON.parse(readFileSync(FIXTURE, 'utf8')) as { molecules: QedReference[] }).molecules;
const INTEGER_PROPERTIES = ['HBA', 'HBD', 'ROTB', 'AROM', 'ALERTS'] as const;
const REAL_PROPERTIES = ['MW', 'ALOGP', 'PSA'] as const;

describe('QED', () => {
  before(() => loadChemistry());

  it('agrees with RDKit on every reference molecule: counts exactly, MW, logP and PSA to 1e-9, QED to 1e-6', () => {
    assert.ok(reference.length >= 300);
    const disagreements: string[] = [];
    for (const ref of reference) {
      const label = ref.name ?? ref.smiles;
      // `reused`: with the molecule's descriptors handed in, as design does.
      const got = withMol(ref.smiles, mol => ({ properties: qedProperties(mol), qed: qed(mol), reused: qed(mol, descriptorsOf(mol)) }));
      if (!got) {
        disagreements.push(`${label}: not parsed`);
        continue;
      }
      for (const p of INTEGER_PROPERTIES) {
        if (got.properties[p] !== ref.properties[p]) disagreements.push(`${label}: ${p} ${got.properties[p]} ≠ ${ref.properties[p]}`);
      }
      for (const p of REAL_PROPERTIES) {
        if (Math.abs(got.properties[p] - ref.properties[p]) > 1e-9) disagreements.push(`${label}: ${p} ${got.properties[p]} ≠ ${ref.properties[p]}`);
      }
      if (Math.abs(got.qed - ref.qed) > 1e-6) disagreements.push(`${label}: QED ${got.qed} ≠ ${ref.qed}`);
      if (Math.abs(got.reused - ref.qed) > 1e-6) disagreements.push(`${label}: QED from known descriptors ${got.reused} ≠ ${ref.qed}`);
    }
    assert.deepEqual(disagreements, []);
  });

  it('reproduces the H2-antagonist examples of the paper as RDKit documents them', () => {
    // Famotidine and cimetidine: '0.253...' and '0.234...' in RDKit's QED docstring.
    assert.match(String(qedOfSmiles('N=C(CCSCc1csc(N=C(N)N)n1)NS(N)(=O)=O')), /^0\.253/);
    assert.match(String(qedOfSmiles('CNC(=NCCSCc1nc[nH]c1C)NC#N')), /^0\.234/);
  });

  it('scales every desirability function to a peak of 1', () => {
    const ranges = { MW: 1000, ALOGP: 10, HBA: 15, HBD: 10, PSA: 250, ROTB: 20, AROM: 8, ALERTS: 8 };
    for (const [property, top] of Object.entries(ranges) as [keyof QedProperties, number][]) {
      let peak = 0;
      for (let x = 0; x <= top; x += top / 2000) peak = Math.max(peak, desirability(property, x));
      assert.ok(peak > 0.99 && peak < 1.0001, `${property} peaks at ${peak}`);
    }
  });

  it('weights: the max weighting ignores HBA and PSA, the unweighted one does not', () => {
    const aspirin = withMol('CC(=O)Oc1ccccc1C(=O)O', qedProperties)!;
    const morePolar = { ...aspirin, HBA: aspirin.HBA + 6, PSA: aspirin.PSA + 120 };
    assert.equal(qedFromProperties(morePolar, QED_WEIGHTS.max), qedFromProperties(aspirin, QED_WEIGHTS.max));
    assert.ok(qedFromProperties(morePolar, QED_WEIGHTS.none) < qedFromProperties(aspirin, QED_WEIGHTS.none));
    assert.equal(qedOfSmiles('CC(=O)Oc1ccccc1C(=O)O'), qedFromProperties(aspirin));
  });

  it('answers null for what RDKit cannot parse', () => {
    assert.equal(qedOfSmiles(''), null);
    assert.equal(qedOfSmiles('C1CC'), null);
    assert.equal(qedOfSmiles('not a molecule'), null);
  });
});
