import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { LineageError } from './hash';
import { LocalStore } from './local-store';
import { recordRun } from './recorder';
const tempHome = () => mkdtempSync(path.join(os.tmpdir(), 'genhealth-store-'));
const WRITER = path.join(__dirname, 'testing', 'writer.js');
async function sample(store, name = 'cohort', extra = {}) {
    const now = new Date();
    return recordRun(store, { kind: 'magic', name, params: { n: 10, seed: 42 }, startedAt: now, endedAt: now, ...extra });
}
/** Every JSON document of the store parses; index lines parse except perhaps one cut line. */
function assertParses(home) {
    JSON.parse(readFileSync(path.join(home, 'store.json'), 'utf8'));
    const runs = readdirSync(path.join(home, 'runs')).filter(n => n.endsWith('.json'));
    for (const n of runs)
        JSON.parse(readFileSync(path.join(home, 'runs', n), 'utf8'));
    return runs.length;
}
/** Starts writer processes; `onWriting` is called once each has opened the store and starts writing. */
function writers(home, processes, count, onWriting) {
    return Promise.all(Array.from({ length: processes }, (_, p) => {
        const child = spawn(process.execPath, [WRITER, home, String(count), `p${p}`], { stdio: ['ignore', 'pipe', 'inherit'] });
        child.stdout.once('data', () => onWriting?.(() => child.kill('SIGKILL')));
        child.stdout.resume();
        return new Promise(resolve => child.on('exit', code => resolve(code ?? -1)));
    }));
}
describe('LocalStore', () => {
    it('records runs and finds them by id, prefix or suffix, with suggestions otherwise', async () => {
        const store = await LocalStore.open(tempHome());
        const run = await sample(store);
        assert.equal(store.getRun(run.id).name, 'cohort');
        assert.equal(store.getRun(run.id.slice(0, 20)).id, run.id);
        assert.equal(store.getRun(run.id.slice(-8)).id, run.id);
        assert.throws(() => store.getRun(run.id.slice(0, -1) + 'x'), (e) => e instanceof LineageError && /Did you mean/.test(e.message));
    });
    it('lists newest first with filters, and links parents through output hashes', async () => {
        const store = await LocalStore.open(tempHome());
        const data = new Float64Array([1, 2, 3]);
        const first = await sample(store, 'cohort', { outputs: [{ name: 'value', value: data }] });
        const second = await sample(store, 'fairness', { inputs: [{ name: 'data', value: data }] });
        await sample(store, 'cohort', { error: new Error('boom') });
        assert.deepEqual(store.list().map(r => r.name), ['cohort', 'fairness', 'cohort']);
        assert.deepEqual(store.list({ name: 'cohort', status: 'ok' }).map(r => r.id), [first.id]);
        assert.deepEqual(second.parents, [first.id]);
        assert.equal(store.list({ status: 'error' })[0].status, 'error');
    });
    it('sees runs written by another store instance (another process) on the next list', async () => {
        const home = tempHome();
        const a = await LocalStore.open(home);
        const b = await LocalStore.open(home);
        await sample(a);
        assert.equal(b.list().length, 1);
        await sample(a);
        assert.equal(b.list().length, 2);
    });
    it('keeps artifact bytes content-addressed up to the size cap', async () => {
        const store = await LocalStore.open(tempHome(), { maxArtifactBytes: 10 });
        const run = await sample(store, 'report', { outputs: [{ name: 'small', bytes: Buffer.from('tiny'), mediaType: 'text/plain' }, { name: 'big', bytes: Buffer.alloc(11) }] });
        assert.deepEqual(run.outputs.map(o => o.stored), [true, false]);
        assert.equal(Buffer.from(store.getArtifact(run.outputs[0].hash)).toString(), 'tiny');
        assert.match(run.outputs[1].not_stored_reason, /size cap/);
    });
    it('moves a damaged run document aside, reports it and keeps listing the others', async () => {
        const home = tempHome();
        const store = await LocalStore.open(home);
        const good = await sample(store);
        const bad = await sample(store);
        writeFileSync(path.join(home, 'runs', `${bad.id}.json`), '{"id": "trunc');
        const fresh = await LocalStore.open(home);
        assert.throws(() => fresh.getRun(bad.id), new RegExp(`run ${bad.id} is damaged: runs/${bad.id}.json was not valid JSON; moved aside`));
        assert.ok(existsSync(fresh.problems[0].keptAt));
        assert.deepEqual(fresh.list().map(r => r.id), [good.id]);
        assert.equal(fresh.getRun(good.id).id, good.id);
    });
    it('moves a damaged store.json aside and reports it, keeping the runs', async () => {
        const home = tempHome();
        await sample(await LocalStore.open(home));
        writeFileSync(path.join(home, 'store.json'), 'not json');
        const store = await LocalStore.open(home);
        assert.match(store.problems[0].message, /store.json was not valid JSON; moved aside/);
        assert.equal(readFileSync(store.problems[0].keptAt, 'utf8'), 'not json');
        assert.equal(store.list().length, 1);
    });
    it('refuses a store of a newer schema and changes nothing', async () => {
        const home = tempHome();
        await LocalStore.open(home);
        const meta = JSON.parse(readFileSync(path.join(home, 'store.json'), 'utf8'));
        writeFileSync(path.join(home, 'store.json'), JSON.stringify({ ...meta, schema_version: 99 }));
        await assert.rejects(LocalStore.open(home), /written by a newer GenHealth \(schema 99\); this one reads schema 1 and older/);
        assert.equal(JSON.parse(readFileSync(path.join(home, 'store.json'), 'utf8')).schema_version, 99);
    });
    it('migrates run documents to a newer schema and rebuilds the index', async () => {
        const home = tempHome();
        const old = await sample(await LocalStore.open(home));
        const store = await LocalStore.open(home, { schemaVersion: 2, migrations: { 1: run => ({ ...run, tags: { migrated: 'yes' } }) } });
        assert.match(store.problems[0].message, /upgraded the store from schema 1 to 2/);
        assert.deepEqual(store.getRun(old.id).tags, { migrated: 'yes' });
        assert.equal(store.getRun(old.id).schema_version, 2);
        assert.equal(store.list().length, 1);
    });
    it('tolerates an index line cut by a kill and does not lose the next one', async () => {
        const home = tempHome();
        const store = await LocalStore.open(home);
        await sample(store);
        appendFileSync(path.join(home, 'index.jsonl'), '{"id":"cut-in-the-mid');
        await sample(store);
        const lines = readFileSync(path.join(home, 'index.jsonl'), 'utf8').split('\n').filter(Boolean);
        assert.equal(lines.length, 3);
        assert.equal((await LocalStore.open(home)).list().length, 2);
    });
    it('8 processes × 1,000 runs at once: all 8,000 runs present', async () => {
        const home = tempHome();
        await LocalStore.open(home);
        const codes = await writers(home, 8, 1000);
        assert.deepEqual(codes, Array(8).fill(0));
        const store = await LocalStore.open(home);
        assert.equal(store.list().length, 8000);
        assert.equal(assertParses(home), 8000);
        const indexed = new Set(readFileSync(path.join(home, 'index.jsonl'), 'utf8').split('\n').filter(Boolean).map(l => JSON.parse(l).id));
        assert.equal(indexed.size, 8000);
    });
    it('100 random kill -9 during writes: the store always parses and keeps every finished run', async () => {
        const home = tempHome();
        await LocalStore.open(home);
        let killedMidWrite = 0;
        for (let round = 0; round < 100; round++) {
            const temps0 = readdirSync(path.join(home, 'runs')).filter(n => n.endsWith('.tmp')).length;
            await writers(home, 1, 100000, kill => setTimeout(kill, Math.random() * 25));
            const files = assertParses(home);
            const store = await LocalStore.open(home);
            assert.equal(store.list().length, files);
            if (readdirSync(path.join(home, 'runs')).filter(n => n.endsWith('.tmp')).length > temps0)
                killedMidWrite++;
        }
        assert.ok(store_grew(home), 'the writers wrote runs between the kills');
        console.log(`kill -9 rounds that left a half-written temporary file: ${killedMidWrite}`);
    });
});
function store_grew(home) {
    return readdirSync(path.join(home, 'runs')).filter(n => n.endsWith('.json')).length > 100;
}
//# sourceMappingURL=local-store.test.js.map