/** %%molecules through the real kernel with the shipped models. */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { KernelClient } from '../client/kernel-client';

const MIME = 'application/vnd.genhealth.molecules+json';

describe('%%molecules in the kernel', () => {
  let kernel: KernelClient;
  before(async () => {
    kernel = await KernelClient.start({ cwd: mkdtempSync(path.join(os.tmpdir(), 'genhealth-mol-')), env: { ...process.env, GENHEALTH_HOME: mkdtempSync(path.join(os.tmpdir(), 'genhealth-mol-home-')), GENHEALTH_TF_BACKEND: 'wasm' } });
  });
  after(async () => kernel?.shutdown());

  const run = async (code: string) => {
    const { reply, outputs } = await kernel.execute(code);
    const content = reply.content as Record<string, any>;
    const payload = outputs.map(o => (o.content as Record<string, any>).data?.[MIME]).find(Boolean);
    const stderr = outputs.filter(o => o.header.msg_type === 'stream').map(o => (o.content as Record<string, any>).text).join('');
    return { reply: content, payload, stderr, outputs };
  };

  it('generates SELFIES molecules under constraints, all valid and all qualifying, with metrics and a lineage record', async () => {
    const { reply, payload } = await run('%%molecules n=15 mode=selfies mw=200..400 logp=..4 seed=5 out=mols');
    assert.equal(reply.status, 'ok', reply.evalue);
    assert.equal(payload.summary.molecules, 15);
    assert.equal(payload.summary.notation, 'selfies');
    assert.equal(payload.metrics.valid, 1, 'SELFIES always decode to molecules');
    for (const m of payload.molecules) assert.ok(m.properties.mw >= 200 && m.properties.mw <= 400 && m.properties.logp <= 4, JSON.stringify(m));
    assert.ok(payload.molecules[0].svg.startsWith('<svg') && !/<script|onload=/i.test(payload.molecules[0].svg));
    assert.match(payload.sdf, /\$\$\$\$/);
    const again = await run('%%molecules n=15 mode=selfies mw=200..400 logp=..4 seed=5');
    assert.deepEqual(again.payload.molecules.map((m: { smiles: string }) => m.smiles), payload.molecules.map((m: { smiles: string }) => m.smiles), 'a seed gives the same molecules');
    const typed = await run('const first: string = mols.molecules[0].smiles;\nmols.table().rowCount');
    assert.equal((typed.outputs.find(o => o.header.msg_type === 'execute_result')!.content as any).data['text/plain'], '15');
    const lineage = await run('%lineage list');
    assert.equal(lineage.reply.status, 'ok');
  });

  it('decorates a scaffold and suggests analogs within a similarity window', async () => {
    const scaffold = await run('%molecules n=8 mode=smiles scaffold="c1ccncc1" seed=2');
    assert.equal(scaffold.reply.status, 'ok', scaffold.reply.evalue);
    assert.equal(scaffold.payload.design.method, 'prefix');
    assert.ok(scaffold.payload.molecules.every((m: { smiles: string }) => /n/.test(m.smiles)));
    assert.equal(scaffold.payload.design.guarded, true, 'SMILES are sampled with the guard by default');
    const plain = scaffold.outputs.map(o => (o.content as Record<string, any>).data?.['text/plain']).find(t => /samples of/.test(t ?? ''));
    assert.match(plain, /\(smiles, guarded;/);
    const unguarded = await run('%molecules n=8 mode=smiles grammar=false seed=2');
    assert.equal(unguarded.reply.status, 'ok', unguarded.reply.evalue);
    assert.equal(unguarded.payload.design.guarded, false);
    const analogs = await run('%molecules n=5 mode=smiles similar_to="CC(=O)Oc1ccccc1C(=O)O" similarity=0.3..0.9 seed=2');
    assert.equal(analogs.reply.status, 'ok', analogs.reply.evalue);
    for (const m of analogs.payload.molecules) assert.ok(m.similarity >= 0.3 && m.similarity <= 0.9);
  });

  it('reports the acceptance rate when a budget runs out, and returns what it found', async () => {
    const { reply, payload, stderr } = await run('%molecules n=50 mode=selfies mw=150..160 qed=0.9.. budget=300 seed=1');
    assert.equal(reply.status, 'ok', reply.evalue);
    assert.ok(payload.design.budgetExhausted && payload.summary.molecules < 50);
    assert.equal(payload.design.sampled, 300);
    assert.match(stderr, /budget of 300 samples ran out with \d+ of 50 molecules found \(acceptance rate [\d.]+ %\)/);
  });

  it('stops at an interrupt, worker threads and all, and the kernel runs the next cell', async () => {
    const started = Date.now();
    const running = run('%molecules n=200000 mode=selfies threads=2 seed=1');
    await new Promise(r => setTimeout(r, 4000));
    kernel.interrupt();
    const { reply } = await running;
    assert.equal(reply.ename, 'KeyboardInterrupt');
    assert.ok(Date.now() - started < 15000, `stopped after ${Date.now() - started} ms`);
    assert.equal((await run('1 + 1')).reply.status, 'ok');
  });

  it('analyses SMILES from the cell body', async () => {
    const { reply, payload } = await run('%%molecules out=known\nCC(=O)Oc1ccccc1C(=O)O\nCN1C=NC2=C1C(=O)N(C(=O)N2C)C');
    assert.equal(reply.status, 'ok', reply.evalue);
    assert.deepEqual(payload.molecules.map((m: { smiles: string }) => m.smiles), ['CC(=O)Oc1ccccc1C(=O)O', 'Cn1c(=O)c2c(ncn2C)n(C)c1=O']);
    assert.ok(Math.abs(payload.molecules[0].properties.qed - 0.5501) < 1e-3);
  });

  it('answers bad input clearly and the kernel survives', async () => {
    const cases: [string, string, RegExp][] = [
      ['%molecules n=5 scaffold="[C;X"', 'ChemistryError', /invalid SMARTS '\[C;X': syntax error at position 4/],
      ['%molecules n=5 similar_to="C1CC("', 'ChemistryError', /seed molecule 'C1CC\(' is not a valid SMILES: syntax error at position 5/],
      ['%molecules n=5 mw=500..300', 'MagicError', /lower end 500 is above the upper end 300/],
      ['%molecules n=5 model=smile', 'ChemistryError', /no molecule model named 'smile'\. Did you mean 'smiles'\?/],
      ['%molecules n=5 mode=inchi', 'MagicError', /inchi/],
      ['%%molecules\nCCO\nC1CC(', 'ChemistryError', /line 2 of the cell body is not a valid SMILES: 'C1CC\(': syntax error at position 5/],
      ['%%molecules n=3\nCCO', 'MagicError', /with SMILES in the cell body nothing is generated or filtered: drop n=/]
    ];
    for (const [code, ename, message] of cases) {
      const { reply } = await run(code);
      assert.equal(reply.ename, ename, code);
      assert.match(reply.evalue, message, code);
    }
    assert.equal((await run('1 + 1')).reply.status, 'ok');
  });
});
