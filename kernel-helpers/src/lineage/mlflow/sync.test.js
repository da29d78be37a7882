/**
 * Sync against a real MLflow tracking server (PyPI mlflow from .venv, sqlite backend, 127.0.0.1, a
 * free port), checked through its REST API, including a server killed and restarted mid-sync.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { LocalStore } from '../local-store';
import { recordRun } from '../recorder';
import { MlflowClient } from './client';
import { syncPending, targetOf } from './sync';
const MLFLOW = path.resolve(__dirname, '..', '..', '..', '..', '.venv', 'bin', 'mlflow');
async function freePort() {
    return new Promise(resolve => {
        const s = net.createServer().listen(0, '127.0.0.1', () => {
            const { port } = s.address();
            s.close(() => resolve(port));
        });
    });
}
class MlflowServer {
    port;
    dir;
    process;
    constructor(port, dir) {
        this.port = port;
        this.dir = dir;
    }
    get uri() {
        return `http://127.0.0.1:${this.port}`;
    }
    async start() {
        this.process = spawn(MLFLOW, ['server', '--host', '127.0.0.1', '--port', String(this.port), '--backend-store-uri', `sqlite:///${path.join(this.dir, 'mlflow.db')}`, '--artifacts-destination', path.join(this.dir, 'artifacts'), '--workers', '1'], { cwd: this.dir, detached: true, stdio: 'ignore' });
        for (let i = 0; i < 240; i++) {
            try {
                if ((await fetch(`${this.uri}/health`)).ok)
                    return;
            }
            catch {
                // not up yet
            }
            await new Promise(r => setTimeout(r, 250));
        }
        throw new Error('the MLflow server did not start in 60 s');
    }
    stop() {
        if (this.process?.pid) {
            try {
                process.kill(-this.process.pid, 'SIGKILL');
            }
            catch {
                // already gone
            }
        }
    }
}
describe('sync to MLflow', () => {
    let server;
    let client;
    before(async () => {
        server = new MlflowServer(await freePort(), mkdtempSync(path.join(os.tmpdir(), 'genhealth-mlflow-')));
        await server.start();
        client = new MlflowClient(server.uri);
    });
    after(() => server?.stop());
    const serverRuns = async () => {
        const id = await client.experimentId('genhealth');
        const all = [];
        let token;
        do {
            const page = await client.searchRuns([id], '', 1000, token);
            all.push(...page.runs);
            token = page.next_page_token;
        } while (token);
        return all;
    };
    const tagOf = (run, key) => run.data.tags?.find(t => t.key === key)?.value;
    it('sends runs with tags, parameters beyond one batch, metrics, inputs, artifacts and status; twice is once', async () => {
        const store = await LocalStore.open(mkdtempSync(path.join(os.tmpdir(), 'genhealth-sync-')));
        const at = new Date();
        const many = Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`p${i}`, i]));
        const ok = await recordRun(store, { kind: 'magic', name: 'cohort', params: many, startedAt: at, endedAt: at, metrics: { patients: 42 }, inputs: [{ name: 'population', value: [1, 2, 3] }], outputs: [{ name: 'report', bytes: Buffer.from('report bytes'), mediaType: 'text/plain' }] });
        const failed = await recordRun(store, { kind: 'magic', name: 'fairness', params: { tau: 0.8 }, startedAt: at, endedAt: at, error: new Error('labels are not binary') });
        const first = await syncPending(store, server.uri);
        assert.deepEqual({ synced: first.synced, pending: first.pending, error: first.error }, { synced: 2, pending: 0, error: undefined });
        const runs = await serverRuns();
        assert.equal(runs.length, 2);
        const okRun = runs.find(r => tagOf(r, 'genhealth.run_id') === ok.id);
        const failedRun = runs.find(r => tagOf(r, 'genhealth.run_id') === failed.id);
        assert.equal(okRun.info.status, 'FINISHED');
        assert.equal(failedRun.info.status, 'FAILED');
        assert.equal(tagOf(failedRun, 'genhealth.error'), 'Error: labels are not binary');
        const full = await client.getRun(okRun.info.run_id);
        assert.equal(full.data.params.length, 150);
        assert.equal(full.data.metrics.find(m => m.key === 'patients').value, 42);
        assert.equal(full.inputs.dataset_inputs[0].dataset.digest, ok.inputs[0].hash.slice(0, 36));
        const record = JSON.parse(Buffer.from(await client.downloadArtifact(okRun.info.artifact_uri, 'genhealth-run.json')).toString());
        assert.deepEqual(record, ok);
        assert.equal(Buffer.from(await client.downloadArtifact(okRun.info.artifact_uri, `outputs/report-${ok.outputs[0].hash.slice(0, 12)}`)).toString(), 'report bytes');
        assert.equal((await syncPending(store, server.uri)).synced, 0);
        rmSync(path.join(store.location, 'sync', targetOf(server.uri)), { recursive: true });
        const again = await syncPending(store, server.uri);
        assert.deepEqual([again.synced, again.alreadyThere], [0, 2], 'found on the server by its genhealth.run_id tag');
        assert.equal((await serverRuns()).length, 2);
    });
    it('keeps runs pending while the server is down and sends each exactly once after it is back', async () => {
        const store = await LocalStore.open(mkdtempSync(path.join(os.tmpdir(), 'genhealth-sync-down-')));
        const before = (await serverRuns()).length;
        const ids = [];
        for (let i = 0; i < 40; i++) {
            const at = new Date();
            ids.push((await recordRun(store, { kind: 'function', name: 'step', params: { i }, startedAt: at, endedAt: at, metrics: { i } })).id);
        }
        const syncing = syncPending(store, server.uri);
        await new Promise(r => setTimeout(r, 400));
        server.stop();
        const cut = await syncing;
        assert.ok(cut.pending > 0, `the server died mid-sync (${cut.synced} sent before)`);
        assert.match(cut.error, /cannot reach the MLflow server|connection to the MLflow server .* was lost|failed/);
        const down = await syncPending(store, server.uri);
        assert.equal(down.pending, cut.pending);
        await server.start();
        const back = await syncPending(store, server.uri);
        assert.equal(back.error, undefined);
        assert.equal(back.pending, 0);
        const runs = (await serverRuns()).filter(r => ids.includes(tagOf(r, 'genhealth.run_id')));
        assert.equal(runs.length, 40, 'each run exactly once');
        assert.ok(runs.every(r => r.info.status === 'FINISHED'));
        assert.equal((await serverRuns()).length, before + 40);
    });
    it('says clearly when the server cannot be reached', async () => {
        const store = await LocalStore.open(mkdtempSync(path.join(os.tmpdir(), 'genhealth-sync-none-')));
        const at = new Date();
        await recordRun(store, { kind: 'function', name: 'x', params: {}, startedAt: at, endedAt: at });
        const report = await syncPending(store, `http://127.0.0.1:${await freePort()}`);
        assert.equal(report.pending, 1);
        assert.match(report.error, /^cannot reach the MLflow server at http:\/\/127\.0\.0\.1:\d+: ECONNREFUSED$/);
    });
});
//# sourceMappingURL=sync.test.js.map