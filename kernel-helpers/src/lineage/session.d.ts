import { type SyncReport } from './mlflow/sync';
import type { RunRecord } from './record';
import { type CellContext, type RunInput } from './recorder';
import { type LineageStore } from './store';
export declare function setCurrentCell(cell: CellContext | null): void;
export declare function currentCell(): CellContext | undefined;
/** $GENHEALTH_HOME, else .genhealth/ in the working directory (the notebook's folder in a kernel). */
export declare function lineageHome(): string;
export declare class LineageSession {
    private readonly home;
    private opened?;
    private readonly pending;
    /** Where warnings go; the kernel points this at the running cell's stderr. */
    warn: (message: string) => void;
    constructor(home?: () => string);
    store(): Promise<LineageStore>;
    /** Records a run; a failure to record is a warning, the run's own result stands. */
    record(run: RunInput): Promise<RunRecord | undefined>;
    private syncing;
    private syncAgain;
    private lastSyncError?;
    /**
     * With GENHEALTH_MLFLOW_URI set, sends pending runs to MLflow in the background, one sync at a
     * time. A failure is reported once (not on every cell) and the runs wait for the next sync.
     */
    private syncSoon;
    /** Sends the runs MLflow has not confirmed yet. */
    sync(uri: string, experiment?: string): Promise<SyncReport>;
    /** Waits for records still being written (the kernel does this before a cell's reply). */
    flush(): Promise<void>;
}
/** The lineage session of this process. */
export declare function lineage(): LineageSession;
