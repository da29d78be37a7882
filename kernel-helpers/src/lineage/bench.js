/**
 * `npm run bench -- lineage`: recording overhead per run (goal ≤ 2 ms, hashing of tiny inputs
 * only), hashing throughput, time to load the panel's data for 10,000 runs (goal ≤ 500 ms) and
 * concurrent writers (8 processes × 1,000 runs).
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { emit, median, quantile } from '../bench/record';
import { registerAllMagics } from '../magics/all';
import { Table } from '../table/model';
import { describeData } from './hash';
import { LocalStore } from './local-store';
import { recordRun } from './recorder';
const round = (x) => Math.round(x * 1000) / 1000;
const now = () => Number(process.hrtime.bigint()) / 1e6;
function recordOne(store, i) {
    const started = now();
    const at = new Date();
    recordRun(store, {
        kind: 'magic',
        name: 'cohort',
        params: { n: 1000, seed: i, modules: ['diabetes', 'hypertension'] },
        startedAt: at,
        endedAt: at,
        cell: { source: `%%cohort n=1000 seed=${i} out=c`, id: `cell-${i % 20}`, notebook: 'bench.ipynb', session: 'bench' },
        inputs: [{ name: 'population', value: { age: [18, 90], sex: ['F', 'M'] } }],
        outputs: [{ name: 'value', value: new Float64Array([i, i + 1, i + 2]) }],
        metrics: { patients: 1000, seconds: 0.5 }
    });
    return now() - started;
}
export async function run() {
    registerAllMagics();
    const common = { bench: 'lineage' };
    const store = await LocalStore.open(mkdtempSync(path.join(os.tmpdir(), 'genhealth-bench-')));
    for (let i = 0; i < 100; i++)
        recordOne(store, i);
    const first = Array.from({ length: 2000 }, (_, i) => recordOne(store, i));
    emit({ ...common, metric: 'record-run-median', value: round(median(first)), p90: round(quantile(first, 0.9)), unit: 'ms', goal: 2, store_runs: '100..2100' });
    for (let i = 0; i < 7900; i++)
        recordOne(store, i);
    const late = Array.from({ length: 500 }, (_, i) => recordOne(store, i));
    emit({ ...common, metric: 'record-run-median-at-10k', value: round(median(late)), p90: round(quantile(late, 0.9)), unit: 'ms', goal: 2, store_runs: '10000..10500' });
    const loads = Array.from({ length: 5 }, () => {
        const started = now();
        return LocalStore.open(store.location).then(fresh => {
            const n = fresh.list().length;
            return { ms: now() - started, n };
        });
    });
    const timed = [];
    let listed = 0;
    for (const l of loads) {
        const { ms, n } = await l;
        timed.push(ms);
        listed = n;
    }
    emit({ ...common, metric: 'panel-load-10k-runs-median', value: round(median(timed)), unit: 'ms', goal: 500, runs: listed, note: 'open the store and list every run summary, page cache warm' });
    // What the side panel waits for: the server extension runs `genhealth lineage list` and relays its JSON.
    const api = [];
    let bytes = 0;
    for (let i = 0; i < 5; i++) {
        const t0 = now();
        const out = execFileSync(process.execPath, [path.join(__dirname, '..', '..', 'bin', 'genhealth.js'), 'lineage', 'list', '--home', store.location], { maxBuffer: 1 << 30 });
        api.push(now() - t0);
        bytes = out.byteLength;
    }
    emit({ ...common, metric: 'panel-api-10k-runs-median', value: round(median(api)), unit: 'ms', goal: 500, json_bytes: bytes, note: 'genhealth lineage list as the server extension runs it: process start, store, JSON' });
    const big = new Float64Array(16 * 1024 * 1024);
    for (let i = 0; i < big.length; i++)
        big[i] = i * 0.5;
    let started = now();
    describeData(big);
    emit({ ...common, metric: 'hash-throughput-float64', value: round(128 / ((now() - started) / 1000)), unit: 'MB/s', bytes: big.byteLength });
    const table = Table.from({ x: big.subarray(0, 4_000_000), y: Array.from({ length: 4_000_000 }, (_, i) => (i % 2 ? 'F' : 'M')) });
    started = now();
    const d = describeData(table);
    emit({ ...common, metric: 'hash-throughput-table', value: round(d.bytes / 1e6 / ((now() - started) / 1000)), unit: 'MB/s', bytes: d.bytes, rows: 4_000_000 });
    const home = mkdtempSync(path.join(os.tmpdir(), 'genhealth-bench-conc-'));
    await LocalStore.open(home);
    started = now();
    await Promise.all(Array.from({ length: 8 }, (_, p) => {
        const child = spawn(process.execPath, [path.join(__dirname, 'testing', 'writer.js'), home, '1000', `p${p}`], { stdio: 'ignore' });
        return new Promise(resolve => child.on('exit', resolve));
    }));
    const seconds = (now() - started) / 1000;
    const present = (await LocalStore.open(home)).list().length;
    emit({ ...common, metric: 'concurrent-writers-8x1000', value: round(present / seconds), unit: 'runs/s', seconds: round(seconds), runs_present: present, runs_expected: 8000 });
}
//# sourceMappingURL=bench.js.map