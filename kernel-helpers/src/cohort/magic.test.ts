/** %%cohort through the real kernel: output payload, the bound Cohort, keep-patients, errors, lineage. */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { KernelClient } from '../client/kernel-client';

describe('%%cohort in the kernel', () => {
  let kernel: KernelClient;
  const home = mkdtempSync(path.join(os.tmpdir(), 'genhealth-cohort-'));
  before(async () => {
    kernel = await KernelClient.start({
      cwd: path.resolve(__dirname, '..', '..', '..', 'notebooks'),
      env: { ...process.env, GENHEALTH_HOME: home, GENHEALTH_COHORT_IN_MEMORY_MAX: '400' }
    });
  });
  after(async () => kernel?.shutdown());

  const run = async (code: string) => {
    const { reply, outputs } = await kernel.execute(code);
    return { reply: reply.content as Record<string, any>, outputs: outputs.map(o => ({ type: o.header.msg_type, content: o.content as Record<string, any> })) };
  };

  it('generates patients, shows the cohort payload with a progress bar and binds a typed Cohort', async () => {
    const { reply, outputs } = await run('%%cohort n=300 seed=42 modules=diabetes,hypertension out=cohort');
    assert.equal(reply.status, 'ok');
    const progress = outputs.filter(o => o.type === 'update_display_data');
    assert.match(progress.at(-1)!.content.data['text/plain'], /100% 300 patients \(300 simulated\)/);
    const payload = outputs.find(o => o.content.data?.['application/vnd.genhealth.cohort+json'])!.content.data['application/vnd.genhealth.cohort+json'];
    assert.deepEqual([payload.version, payload.kind, payload.summary.patients, payload.summary.seed, payload.summary.reference_date], [1, 'cohort', 300, 42, '2025-01-01']);
    assert.equal(payload.demographics.pyramid.female.reduce((a: number, b: number) => a + b, 0) + payload.demographics.pyramid.male.reduce((a: number, b: number) => a + b, 0), 300);
    const t2d = payload.prevalence.find((p: { code: string }) => p.code === '44054006');
    assert.ok(t2d && t2d.expected_share > 0 && /CDC/.test(t2d.expected_source));
    assert.equal(payload.trajectories.code, '4548-4');
    assert.ok(payload.trajectories.series.every((s: { points: unknown[] }) => s.points.length >= 2));
    const typed = await run('const modelling = cohort.table(["age", "sex", "condition:44054006", "last:4548-4"]);\nconst rows: number = modelling.rowCount;\nrows');
    assert.equal(typed.outputs.find(o => o.type === 'execute_result')!.content.data['text/plain'], '300');
  });

  it('is the same cohort for the same seed', async () => {
    const again = await run('%%cohort n=300 seed=42 modules=diabetes,hypertension out=again');
    assert.equal(again.reply.status, 'ok');
    const same = await run('JSON.stringify(again.table(["age", "condition:59621000"]).toRecords()) === JSON.stringify(cohort.table(["age", "condition:59621000"]).toRecords())');
    assert.equal(same.outputs.find(o => o.type === 'execute_result')!.content.data['text/plain'], 'true');
  });

  it('keeps patients with a rare condition and says how many were simulated', async () => {
    const { reply, outputs } = await run('%%cohort n=2 keep=190905008 modules=cystic_fibrosis');
    assert.equal(reply.status, 'ok');
    const payload = outputs.find(o => o.content.data?.['application/vnd.genhealth.cohort+json'])!.content.data['application/vnd.genhealth.cohort+json'];
    assert.equal(payload.summary.patients, 2);
    assert.ok(payload.summary.simulated > 1000, `simulated ${payload.summary.simulated}`);
    assert.equal(payload.prevalence[0].share, 1);
  });

  it('writes CSV and FHIR while generating, and streams cohorts larger than memory to disk', async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'genhealth-cohort-files-'));
    const written = await run(`%%cohort n=50 seed=1 csv=${out}/csv fhir=${out}/fhir`);
    assert.equal(written.reply.status, 'ok');
    assert.equal(readFileSync(path.join(out, 'csv', 'patients.csv'), 'utf8').trimEnd().split('\n').length, 51);
    assert.equal(readdirSync(path.join(out, 'fhir')).filter(f => f.endsWith('.json')).length, 50);
    const tooMany = await run('%%cohort n=500');
    assert.equal(tooMany.reply.ename, 'MagicError');
    assert.match(tooMany.reply.evalue, /n=500 is more patients than GenHealth keeps in memory \(400.*give csv=<folder> or fhir=<folder>/);
    const streamed = await run(`%%cohort n=500 seed=2 csv=${out}/big out=big`);
    assert.equal(streamed.reply.status, 'ok');
    const payload = streamed.outputs.find(o => o.content.data?.['application/vnd.genhealth.cohort+json'])!.content.data['application/vnd.genhealth.cohort+json'];
    assert.equal(payload.summary.patients, 500);
    assert.deepEqual(payload.summary.files, [path.join(out, 'big')]);
    assert.equal(readFileSync(path.join(out, 'big', 'patients.csv'), 'utf8').trimEnd().split('\n').length, 501);
    const noTable = await run('big.table(["age"])');
    assert.equal(noTable.reply.ename, 'CohortError');
    assert.match(noTable.reply.evalue, /was streamed to/);
  });

  it('makes byte-identical patients on one thread, three threads, and two shards', async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'genhealth-cohort-threads-'));
    for (const [name, options] of [['one', ''], ['three', 'threads=3'], ['shard1', 'shard=1/2'], ['shard2', 'shard=2/2']]) {
      const { reply } = await run(`%%cohort n=401 seed=9 ${options} csv=${out}/${name} fhir=${out}/${name}-fhir`);
      assert.equal(reply.status, 'ok', `${name}: ${reply.evalue}`);
    }
    for (const table of ['patients', 'encounters', 'conditions', 'observations', 'medications', 'careplans']) {
      const read = (name: string) => readFileSync(path.join(out, name, `${table}.csv`), 'utf8');
      assert.equal(read('three'), read('one'), `${table}.csv with 3 threads`);
      const [header, ...rows1] = read('shard1').trimEnd().split('\n');
      const rows2 = read('shard2').trimEnd().split('\n').slice(1);
      assert.equal([header, ...rows1, ...rows2].join('\n') + '\n', read('one'), `${table}.csv from two shards`);
    }
    const bundles = (name: string) => readdirSync(path.join(out, `${name}-fhir`)).filter(f => f.endsWith('.json')).sort();
    assert.deepEqual(bundles('three'), bundles('one'));
    for (const f of bundles('one').slice(0, 20)) assert.equal(readFileSync(path.join(out, 'three-fhir', f), 'utf8'), readFileSync(path.join(out, 'one-fhir', f), 'utf8'));
  });

  it('keeps the same rare patients with threads as without', async () => {
    const one = await run('%%cohort n=3 keep=190905008 modules=cystic_fibrosis out=rareOne');
    const three = await run('%%cohort n=3 keep=190905008 modules=cystic_fibrosis threads=3 out=rareThree');
    assert.equal(one.reply.status, 'ok');
    assert.equal(three.reply.status, 'ok', three.reply.evalue);
    const same = await run('JSON.stringify([rareOne.info.simulated, rareOne.patientTable().toRecords()]) === JSON.stringify([rareThree.info.simulated, rareThree.patientTable().toRecords()])');
    assert.equal(same.outputs.find(o => o.type === 'execute_result')!.content.data['text/plain'], 'true');
  });

  it('takes population shares from a kernel variable', async () => {
    await run('const elderly = { ageBands: [{ min: 65, max: 90, share: 1 }], sex: { values: ["F", "M"], weights: [1, 0] } }');
    const { reply } = await run('%%cohort n=40 population=elderly out=old');
    assert.equal(reply.status, 'ok', reply.evalue);
    const check = await run('old.patientTable().toRecords().every(r => (r.age as number) >= 65 && r.sex === "F")');
    assert.equal(check.outputs.find(o => o.type === 'execute_result')!.content.data['text/plain'], 'true');
    await run('const wrong = { sex: { values: ["F", "M"], weights: [0.7, 0.7] } }');
    const bad = await run('%%cohort n=5 population=wrong');
    assert.deepEqual([bad.reply.ename, /sex: shares sum to 1\.4, not 1/.test(bad.reply.evalue)], ['PopulationError', true]);
  });

  it('answers bad input clearly and survives', async () => {
    const cases: [string, string, RegExp][] = [
      ['%%cohort n=0', 'MagicError', /n=0: 0 is out of range/],
      ['%%cohort modules=diabetis', 'GmfError', /Did you mean 'diabetes'\?/],
      ['%%cohort n=2 keep=1 max_simulated=50', 'CohortError', /kept 0 of 2 patients after simulating 50/],
      ['%%cohort reference=2025-13-45', 'MagicError', /not a date/],
      ['%%cohort n=2\n{"condition_type": "Agee"}', 'GmfError', /unknown condition_type 'Agee'\. Did you mean 'Age'\?/],
      ['%%cohort n=2\n{"condition_type": ', 'GmfError', /malformed JSON/],
      ['%%cohort n=10 shard=3/2', 'MagicError', /shard=3\/2 is not k\/N/],
      ['%%cohort n=10 shard=1/2 keep=44054006', 'MagicError', /cannot be combined with a keep rule/]
    ];
    for (const [code, ename, message] of cases) {
      const { reply } = await run(code);
      assert.equal(reply.ename, ename, code);
      assert.match(reply.evalue, message, code);
    }
    assert.equal((await run('1 + 1')).reply.status, 'ok');
  });

  it('records each cohort run with its module hashes, population and prevalence, without the patients', async () => {
    const runs = readdirSync(path.join(home, 'runs')).map(f => JSON.parse(readFileSync(path.join(home, 'runs', f), 'utf8')));
    const first = runs.filter(r => r.name === 'cohort' && r.params.seed === 42)[0];
    assert.deepEqual(first.params.modules, ['diabetes', 'hypertension']);
    assert.ok(first.inputs.some((i: { name: string }) => i.name === 'module:GenHealth Type 2 Diabetes'));
    assert.ok(first.inputs.some((i: { name: string }) => i.name === 'population'));
    assert.equal(first.outputs[0].schema.kind, 'cohort');
    assert.ok(first.metrics['prevalence.44054006'] > 0);
    const second = runs.filter(r => r.name === 'cohort' && r.params.seed === 42)[1];
    assert.equal(second.outputs[0].hash, first.outputs[0].hash, 'same seed, same output hash');
  });
});
