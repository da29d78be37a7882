/** PAINS, MCF and the MOSES filter against MOSES's definition run in Python RDKit (oracles/molecules/filters_reference.py). */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { loadChemistry } from './chem';
import { mosesFilterFailure, passesMosesFilters, structuralAlerts } from './filters';

interface FilterReference {
  smiles: string;
  passes: boolean;
  /** `FILTER:name` of every alert matched; null when RDKit cannot parse the SMILES. */
  alerts: string[] | null;
}

const PACKAGE = path.join(__dirname, '..', '..');
const reference = (
  JSON.parse(readFileSync(path.join(PACKAGE, 'test-fixtures', 'molecules', 'filters-reference.json'), 'utf8')) as {
    molecules: FilterReference[];
  }
).molecules;

const alertKeys = (smiles: string) => structuralAlerts(smiles)?.map(a => `${a.filter}:${a.name}`).sort() ?? null;

describe('MOSES filters', () => {
  before(() => loadChemistry());

  it('ships 22 MCF and 480 PAINS patterns, uniquely named, that all compile', () => {
    for (const [file, count] of [['mcf.csv', 22], ['pains.csv', 480]] as const) {
      const rows = readFileSync(path.join(PACKAGE, 'data', 'filters', file), 'utf8').trim().split('\n').slice(1);
      assert.equal(rows.length, count);
      assert.equal(new Set(rows.map(r => r.slice(0, r.indexOf(',')))).size, count);
    }
    assert.deepEqual(structuralAlerts('C'), []);
  });

  it('gives the same pass/fail as MOSES on every reference molecule', () => {
    const failing = reference.filter(r => !r.passes).length;
    assert.ok(reference.length >= 1000 && failing >= 300, `${reference.length} molecules, ${failing} failing`);
    const disagreements = reference.filter(r => passesMosesFilters(r.smiles) !== r.passes).map(r => r.smiles);
    assert.deepEqual(disagreements, []);
  });

  it('finds exactly the alerts RDKit finds (every alerting molecule and 50 clean ones)', () => {
    const clean = reference.filter(r => r.alerts?.length === 0).slice(0, 50);
    const checked = reference.filter(r => r.alerts === null || r.alerts.length > 0).concat(clean);
    const disagreements = checked
      .map(r => ({ smiles: r.smiles, expected: r.alerts && [...r.alerts].sort(), found: alertKeys(r.smiles) }))
      .filter(d => JSON.stringify(d.expected) !== JSON.stringify(d.found));
    assert.deepEqual(disagreements, []);
  });

  it('says which check fails, in MOSES order', () => {
    assert.equal(mosesFilterFailure('CC(=O)Nc1ccc(O)cc1'), undefined); // paracetamol
    assert.equal(mosesFilterFailure('C1CCCCCCC1'), 'has a ring of 8 atoms');
    assert.equal(mosesFilterFailure('c1ccc2ccccc2c1'), undefined); // the 10-atom envelope is not one of RDKit's rings
    assert.equal(mosesFilterFailure('C[N+](C)(C)C'), 'atom 2 carries a formal charge');
    assert.match(mosesFilterFailure('Ic1ccccc1')!, /atomic number 53/);
    assert.equal(mosesFilterFailure('CC=O'), 'matches the MCF alert MCF7');
    assert.equal(mosesFilterFailure('O=C1NC(=S)SC1=Cc1ccccc1'), 'matches the PAINS alert ene_rhod_A(235)');
    assert.equal(mosesFilterFailure(''), 'is not a valid SMILES');
    assert.equal(passesMosesFilters('C1CC'), false);
    assert.equal(structuralAlerts('C1CC'), null);
  });
});
