/**
 * Verified reproduction: re-execute a notebook headless in a fresh kernel (its own temporary
 * store), match every recorded run of the notebook's latest recorded session to a run of the new
 * execution, and compare outputs.
 *
 * Matching: same cell (id, else source hash), same magic or function, same parameters; runs of one
 * cell pair up in order. Comparison rules:
 * - same TensorFlow.js backend as recorded: every output hash must be bit-identical, status equal;
 * - another backend: output hashes may differ (floating point); then every metric must agree within
 *   |a − b| ≤ 1e-8 + 1e-5 · max(|a|, |b|) and each differing hash is reported as a note.
 * The first recorded run (in execution order) that does not reproduce is the first divergence.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CellExecutionError, executeNotebook, readNotebook } from '../client/notebook';
import { readCrate } from './export';
import { LineageError } from './hash';
import { LocalStore } from './local-store';
export const METRIC_TOLERANCE = { absolute: 1e-8, relative: 1e-5 };
const backendOf = (run) => String((run?.environment.tfjs?.backend) ?? 'not loaded');
const cellKey = (run) => run.cell?.id ?? run.cell?.sha256 ?? '';
const paramsKey = (run) => JSON.stringify(run.params, Object.keys(run.params).sort());
function closeEnough(a, b) {
    if (Number.isNaN(a) && Number.isNaN(b))
        return true;
    return Math.abs(a - b) <= METRIC_TOLERANCE.absolute + METRIC_TOLERANCE.relative * Math.max(Math.abs(a), Math.abs(b));
}
export function compareRuns(recorded, rerun, sameBackend) {
    const base = { recorded, rerun };
    if (paramsKey(recorded) !== paramsKey(rerun)) {
        return { ...base, verdict: 'diverged', detail: `parameters changed: recorded ${JSON.stringify(recorded.params)}, now ${JSON.stringify(rerun.params)}` };
    }
    if (recorded.cell?.sha256 !== rerun.cell?.sha256) {
        return { ...base, verdict: 'diverged', detail: 'the cell changed since the recording' };
    }
    if (recorded.status !== rerun.status) {
        return { ...base, verdict: 'diverged', detail: `status ${recorded.status} → ${rerun.status}${rerun.error ? `: ${rerun.error.message}` : ''}` };
    }
    const notes = [];
    for (const out of recorded.outputs) {
        const again = rerun.outputs.find(o => o.name === out.name);
        if (!again)
            return { ...base, verdict: 'diverged', detail: `output ${out.name} was not produced` };
        if (again.hash !== out.hash) {
            const output = { name: out.name, recorded: out.hash, rerun: again.hash };
            if (sameBackend)
                return { ...base, verdict: 'diverged', detail: `output ${out.name} differs on the same backend`, output };
            notes.push(`output ${out.name} differs across backends`);
        }
    }
    for (const [name, value] of Object.entries(recorded.metrics)) {
        const again = rerun.metrics[name];
        if (again === undefined || !closeEnough(value, again)) {
            return { ...base, verdict: 'diverged', detail: `metric ${name}: recorded ${value}, now ${again}` };
        }
    }
    const how = sameBackend ? `${recorded.outputs.length} output hash(es) identical` : `metrics within tolerance on another backend${notes.length ? ` (${notes.join('; ')})` : ''}`;
    return { ...base, verdict: 'reproduced', detail: how };
}
/** Pairs recorded runs with rerun runs of the same cell and name, in order, then compares them. */
export function matchRuns(recorded, rerun) {
    const sameBackend = backendOf(recorded.find(r => backendOf(r) !== 'not loaded')) === backendOf(rerun.find(r => backendOf(r) !== 'not loaded'));
    const left = [...rerun];
    const take = (pred) => {
        const i = left.findIndex(pred);
        return i < 0 ? undefined : left.splice(i, 1)[0];
    };
    const comparisons = recorded.map(r => {
        const match = take(x => cellKey(x) === cellKey(r) && x.name === r.name && paramsKey(x) === paramsKey(r)) ??
            take(x => cellKey(x) === cellKey(r) && x.name === r.name);
        return match
            ? compareRuns(r, match, sameBackend)
            : { verdict: 'missing', recorded: r, detail: 'no run of this cell and magic in the new execution' };
    });
    for (const extra of left)
        comparisons.push({ verdict: 'new', rerun: extra, detail: 'not in the recording' });
    return comparisons;
}
/** The runs of the latest recorded session of `notebook` in `store`, in execution order. */
export function recordedRuns(store, notebook) {
    const all = store.list({ notebook, newestFirst: true });
    if (!all.length) {
        throw new LineageError(`no recorded runs of ${notebook} in ${store.location}. Run the notebook first (npx genhealth execute ${notebook}) ` +
            'or point GENHEALTH_HOME at the store it was recorded in.');
    }
    const session = all[0].session ?? '';
    const runs = all.filter(r => (r.session ?? '') === session).reverse().map(s => store.getRun(s.id));
    return { session, runs };
}
export async function reproduceNotebook(file, options = {}) {
    const notebookPath = path.resolve(file);
    const name = path.basename(notebookPath);
    const home = options.home || process.env.GENHEALTH_HOME || path.join(path.dirname(notebookPath), '.genhealth');
    const recordedStore = await LocalStore.open(home);
    const { session, runs: recorded } = recordedRuns(recordedStore, name);
    const rerunHome = mkdtempSync(path.join(os.tmpdir(), 'genhealth-reproduce-'));
    const nb = readNotebook(notebookPath);
    let executionError;
    try {
        await executeNotebook(nb, path.dirname(notebookPath), { allowErrors: true, timeoutSeconds: options.timeoutSeconds, env: { ...(options.env ?? process.env), GENHEALTH_HOME: rerunHome }, onCell: (i, _c, s, st) => options.onCell?.(i, s, st) }, name);
    }
    catch (e) {
        if (!(e instanceof CellExecutionError))
            throw e;
        executionError = e.message;
    }
    const rerunStore = await LocalStore.open(rerunHome);
    const rerun = rerunStore.list({ newestFirst: false }).map(s => rerunStore.getRun(s.id));
    const comparisons = matchRuns(recorded, rerun);
    const firstDivergence = comparisons.find(c => c.verdict !== 'reproduced');
    return {
        notebook: name,
        recordedSession: session,
        backends: { recorded: backendOf(recorded.find(r => backendOf(r) !== 'not loaded')), rerun: backendOf(rerun.find(r => backendOf(r) !== 'not loaded')) },
        comparisons,
        reproduced: !firstDivergence && !executionError,
        firstDivergence,
        executionError
    };
}
/** The report as the table `genhealth reproduce` prints. */
export function formatReport(report) {
    const rows = report.comparisons.map((c, i) => {
        const run = c.recorded ?? c.rerun;
        return [String(i + 1), `…${run.id.slice(-8)}`, run.name, run.cell?.id ?? run.cell?.sha256.slice(0, 12) ?? '', c.verdict, c.detail];
    });
    const widths = [0, 1, 2, 3, 4].map(j => Math.max(['#', 'run', 'magic', 'cell', 'verdict'][j].length, ...rows.map(r => r[j].length)));
    const line = (r) => r.map((v, j) => (j < 5 ? v.padEnd(widths[j]) : v)).join('  ');
    const out = [
        `Reproducing ${report.notebook}: recorded session ${report.recordedSession}, backend ${report.backends.recorded} → ${report.backends.rerun}`,
        line(['#', 'run', 'magic', 'cell', 'verdict', 'detail']),
        ...rows.map(line)
    ];
    if (report.executionError)
        out.push(`A cell failed in the new execution: ${report.executionError}`);
    const d = report.firstDivergence;
    if (d) {
        const run = d.recorded ?? d.rerun;
        out.push(`FIRST DIVERGENCE: run ${run.id} (${run.name}, cell ${run.cell?.id ?? run.cell?.sha256}): ${d.detail}`);
        if (d.output)
            out.push(`  output ${d.output.name}: recorded sha256 ${d.output.recorded}, now sha256 ${d.output.rerun}`);
    }
    else if (!report.executionError) {
        out.push(`REPRODUCED: all ${report.comparisons.length} recorded runs reproduced.`);
    }
    return out.join('\n');
}
/**
 * Reproduces from a crate: checks every file against its sha256, loads the recorded runs into a
 * temporary store, and re-executes the crate's notebook in a copy of the crate placed inside the
 * genhealth package (so the notebook's `import ... from "genhealth"` resolves wherever the crate lies).
 */
export async function reproduceCrate(dir, options = {}) {
    const crate = readCrate(dir);
    const home = mkdtempSync(path.join(os.tmpdir(), 'genhealth-crate-store-'));
    const store = await LocalStore.open(home);
    for (const run of crate.runs)
        store.record(run);
    const workRoot = path.resolve(__dirname, '..', '..', '.reproduce');
    mkdirSync(workRoot, { recursive: true });
    const work = mkdtempSync(path.join(workRoot, 'crate-'));
    try {
        cpSync(dir, work, { recursive: true });
        return await reproduceNotebook(path.join(work, crate.notebook), { ...options, home });
    }
    finally {
        rmSync(work, { recursive: true, force: true });
    }
}
/** A notebook file or a crate folder. */
export function reproduce(target, options = {}) {
    if (!existsSync(target))
        throw new LineageError(`${target} does not exist: give a notebook (.ipynb) or a crate folder`);
    return statSync(target).isDirectory() ? reproduceCrate(target, options) : reproduceNotebook(target, options);
}
//# sourceMappingURL=reproduce.js.map