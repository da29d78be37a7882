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

  it('keeps only molecules within every range, without the excluded substructures', async () => {
    const r = await design(model, { n: 20, seed: 3, constraints: { mw: { min: 200, max: 350 }, hbd: { max: 1 }, exclude: ['[OX2H]', 'S'] } });
    assert.equal(r.molecules.length, 20);
    assert.equal(r.method, 'rejection');
    for (const m of r.molecules) {
      assert.ok(m.properties.mw >= 200 && m.properties.mw <= 350 && m.properties.hbd <= 1, JSON.stringify(m));
      for (const smarts of ['[OX2H]', 'S']) assert.equal(withQuery(smarts, q => withMol(m.smiles, mol => hasMatch(mol, q))), false, `${m.smiles} has ${smarts}`);
    }
    assert.ok(r.acceptanceRate > 0 && r.acceptanceRate <= 1 && r.sampled >= 20);
    // The small SELFIES model writes about a quarter of its strings so that the decoder must repair them, and more that
    // are not their molecule's canonical spelling: the guard draws those again.
    assert.ok(r.guarded && r.redrawn > 0.1 * r.sampled, `${r.redrawn} redrawn for ${r.sampled} samples`);
    const unaided = await design(model, { n: 20, seed: 3, grammar: false });
    assert.ok(!unaided.guarded && unaided.redrawn === 0);
  });

  it('suggests analogs of a seed within the similarity window', async () => {
    const r = await analogs(model, 'CC(C)Cc1ccc(C(C)C(=O)O)cc1', { n: 8, seed: 1, min: 0.3, max: 0.85 });
    assert.equal(r.method, 'prefix');
    assert.ok(r.molecules.length >= 4, `${r.molecules.length} analogs from ${r.sampled} samples`);
    for (const m of r.molecules) assert.ok(m.similarity! >= 0.3 && m.similarity! <= 0.85);
  });

  it('names contradictory constraints and stops at the budget', async () => {
    await assert.rejects(design(model, { n: 5, constraints: { logp: { min: 4, max: 2 } } }), /logp=4..2 is empty/);
    await assert.rejects(design(model, { n: 5, constraints: { qed: { min: 1.5 } } }), /qed lies in \[0, 1\]/);
    await assert.rejects(design(model, { n: 5, constraints: { similarTo: { smiles: 'CCO', min: 0.9, max: 0.2 } } }), /similarity 0.9..0.2/);
    const r = await design(model, { n: 10, seed: 2, budget: 200, constraints: { mw: { min: 700 } } });
    assert.ok(r.budgetExhausted && r.sampled === 200 && r.molecules.length < 10);
  });

  it('gives the same molecules and counts on one thread and with a worker, in chunk order', async () => {
    // The whole budget is drawn (more than 3,000 qualify rarely), so the worker has loaded long before the end.
    const options = { n: 3000, budget: 3000, seed: 4, batchSize: 128, constraints: { mw: { min: 250, max: 450 }, logp: { max: 3.5 } } };
    const progress: number[] = [];
    const one = await design(model, { ...options, threads: 1 });
    const two = await design(model, { ...options, threads: 2, onProgress: (_found, sampled) => progress.push(sampled) });
    assert.ok(one.molecules.length > 300 && one.budgetExhausted, `${one.molecules.length} found`);
    assert.equal(one.threads, 1);
    assert.equal(two.threads, 2, 'the worker drew chunks');
    assert.deepEqual({ ...two, threads: 1 }, one);
    assert.ok(progress.length > 2 && progress.every((s, i) => i === 0 || s > progress[i - 1]), `progress ${progress}`);
    // An interrupt stops the run between chunks, on one thread or several.
    for (const threads of [1, 2]) {
      const abort = new AbortController();
      const stopped = design(model, { ...options, threads, signal: abort.signal, onProgress: () => abort.abort(new Error('interrupted')) });
      await assert.rejects(stopped, /interrupted/);
    }
    for (const [key, value] of [['threads', 0], ['batchSize', 0.5], ['budget', NaN]] as const) {
      await assert.rejects(design(model, { ...options, [key]: value }), new RegExp(`${key} must be a whole number ≥ 1`));
    }
    // Another seed draws other chunks.
    const other = await design(model, { ...options, seed: 5, threads: 2 });
    assert.notDeepEqual(other.molecules.slice(0, 10), one.molecules.slice(0, 10));
  });
});
