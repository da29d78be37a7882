/**
 * The lineage of one process (a kernel, a script, the CLI): opens the store once, records runs,
 * keeps track of records still being written and reports problems as warnings instead of failing
 * the user's work. Only the kernel sets the current cell (for track()).
 */
import path from 'node:path';
import { LineageError } from './hash';
import { LocalStore } from './local-store';
import { syncPending } from './mlflow/sync';
import { recordRun } from './recorder';
import { openStore } from './store';
const CURRENT_CELL = Symbol.for('genhealth.kernel.currentCell');
export function setCurrentCell(cell) {
    globalThis[CURRENT_CELL] = cell;
}
export function currentCell() {
    return globalThis[CURRENT_CELL] ?? undefined;
}
/** $GENHEALTH_HOME, else .genhealth/ in the working directory (the notebook's folder in a kernel). */
export function lineageHome() {
    return path.resolve(process.env.GENHEALTH_HOME || path.join(process.cwd(), '.genhealth'));
}
export class LineageSession {
    home;
    opened;
    pending = new Set();
    /** Where warnings go; the kernel points this at the running cell's stderr. */
    warn = message => process.stderr.write(`lineage: ${message}\n`);
    constructor(home = lineageHome) {
        this.home = home;
    }
    store() {
        this.opened ??= openStore(this.home()).then(store => {
            for (const p of store.problems)
                this.warn(`${p.message}${p.keptAt ? ` (kept at ${p.keptAt})` : ''}`);
            return store;
        });
        return this.opened;
    }
    /** Records a run; a failure to record is a warning, the run's own result stands. */
    async record(run) {
        const work = this.store().then(store => recordRun(store, run));
        this.pending.add(work);
        try {
            const record = await work;
            this.syncSoon();
            return record;
        }
        catch (e) {
            this.warn(`run of ${run.name} not recorded: ${e.message}`);
            if (e.name === 'LineageError')
                this.opened = undefined; // try again next time (the user may fix it)
            return undefined;
        }
        finally {
            this.pending.delete(work);
        }
    }
    syncing = null;
    syncAgain = false;
    lastSyncError;
    /**
     * With GENHEALTH_MLFLOW_URI set, sends pending runs to MLflow in the background, one sync at a
     * time. A failure is reported once (not on every cell) and the runs wait for the next sync.
     */
    syncSoon() {
        const uri = process.env.GENHEALTH_MLFLOW_URI;
        if (!uri)
            return;
        if (this.syncing) {
            this.syncAgain = true;
            return;
        }
        this.syncing = (async () => {
            do {
                this.syncAgain = false;
                const report = await this.sync(uri).catch(e => ({ error: e.message }));
                if (report.error && report.error !== this.lastSyncError)
                    this.warn(`MLflow sync paused, runs wait locally: ${report.error}`);
                this.lastSyncError = report.error;
            } while (this.syncAgain);
        })().finally(() => (this.syncing = null));
    }
    /** Sends the runs MLflow has not confirmed yet. */
    async sync(uri, experiment) {
        const store = await this.store();
        if (!(store instanceof LocalStore))
            throw new LineageError('only the local store can be synced to MLflow');
        return syncPending(store, uri, { experiment });
    }
    /** Waits for records still being written (the kernel does this before a cell's reply). */
    async flush() {
        await Promise.allSettled([...this.pending]);
    }
}
let processLineage;
/** The lineage session of this process. */
export function lineage() {
    processLineage ??= new LineageSession();
    return processLineage;
}
//# sourceMappingURL=session.js.map