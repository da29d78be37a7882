/** Constrained design with the shipped SELFIES model: constraints hold, budgets stop, contradictions are named. */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { hasMatch, loadChemistry, withMol, withQuery } from './chem';
import { analogs, design } from './design';
import type { LanguageModel } from './model';
import { loadModel } from './models';

describe('constrained design', () => {
  let model: LanguageModel;
  before(async () => {
    process.env.GENHEALTH_TF_BACKEND = 'wasm';
    await loadChemistry();
    model = await loadModel('selfies');
  });

  it('keeps only molecules within every range, without the excluded substructures', () => {
    const r = design(model, { n: 20, seed: 3, constraints: { mw: { min: 200, max: 350 }, hbd: { max: 1 }, exclude: ['[OX2H]', 'S'] } });
    assert.equal(r.molecules.length, 20);
    assert.equal(r.method, 'rejection');
    for (const m of r.molecules) {
      assert.ok(m.properties.mw >= 200 && m.properties.mw <= 350 && m.properties.hbd <= 1, JSON.stringify(m));
      for (const smarts of ['[OX2H]', 'S']) assert.equal(withQuery(smarts, q => withMol(m.smiles, mol => hasMatch(mol, q))), false, `${m.smiles} has ${smarts}`);
    }
    assert.ok(r.acceptanceRate > 0 && r.acceptanceRate <= 1 && r.sampled >= 20);
  });

  it('suggests analogs of a seed within the similarity window', () => {
    const r = analogs(model, 'CC(C)Cc1ccc(C(C)C(=O)O)cc1', { n: 8, seed: 1, min: 0.3, max: 0.85 });
    assert.equal(r.method, 'prefix');
    assert.ok(r.molecules.length >= 4, `${r.molecules.length} analogs from ${r.sampled} samples`);
    for (const m of r.molecules) assert.ok(m.similarity! >= 0.3 && m.similarity! <= 0.85);
  });

  it('names contradictory constraints and stops at the budget', () => {
    assert.throws(() => design(model, { n: 5, constraints: { logp: { min: 4, max: 2 } } }), /logp=4..2 is empty/);
    assert.throws(() => design(model, { n: 5, constraints: { qed: { min: 1.5 } } }), /qed lies in \[0, 1\]/);
    assert.throws(() => design(model, { n: 5, constraints: { similarTo: { smiles: 'CCO', min: 0.9, max: 0.2 } } }), /similarity 0.9..0.2/);
    const r = design(model, { n: 10, seed: 2, budget: 200, constraints: { mw: { min: 700 } } });
    assert.ok(r.budgetExhausted && r.sampled === 200 && r.molecules.length < 10);
  });
});
