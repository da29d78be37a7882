import type { RunRecord } from './record';
import type { LineageStore } from './store';
export declare const METRIC_TOLERANCE: {
    absolute: number;
    relative: number;
};
export type Verdict = 'reproduced' | 'diverged' | 'missing' | 'new';
export interface RunComparison {
    verdict: Verdict;
    recorded?: RunRecord;
    rerun?: RunRecord;
    /** What differed, or how it was checked. */
    detail: string;
    /** The first differing output with both hashes. */
    output?: {
        name: string;
        recorded: string;
        rerun: string;
    };
}
export interface ReproduceReport {
    notebook: string;
    recordedSession: string;
    backends: {
        recorded: string;
        rerun: string;
    };
    comparisons: RunComparison[];
    reproduced: boolean;
    firstDivergence?: RunComparison;
    /** A cell that failed in the rerun though it did not in the recording. */
    executionError?: string;
}
export declare function compareRuns(recorded: RunRecord, rerun: RunRecord, sameBackend: boolean): RunComparison;
/** Pairs recorded runs with rerun runs of the same cell and name, in order, then compares them. */
export declare function matchRuns(recorded: RunRecord[], rerun: RunRecord[]): RunComparison[];
/** The runs of the latest recorded session of `notebook` in `store`, in execution order. */
export declare function recordedRuns(store: LineageStore, notebook: string): {
    session: string;
    runs: RunRecord[];
};
export interface ReproduceOptions {
    /** The store holding the recording; default GENHEALTH_HOME, else .genhealth/ beside the notebook. */
    home?: string;
    timeoutSeconds?: number;
    env?: NodeJS.ProcessEnv;
    onCell?: (index: number, seconds: number, status: string) => void;
}
export declare function reproduceNotebook(file: string, options?: ReproduceOptions): Promise<ReproduceReport>;
/** The report as the table `genhealth reproduce` prints. */
export declare function formatReport(report: ReproduceReport): string;
/**
 * Reproduces from a crate: checks every file against its sha256, loads the recorded runs into a
 * temporary store, and re-executes the crate's notebook in a copy of the crate placed inside the
 * genhealth package (so the notebook's `import ... from "genhealth"` resolves wherever the crate lies).
 */
export declare function reproduceCrate(dir: string, options?: ReproduceOptions): Promise<ReproduceReport>;
/** A notebook file or a crate folder. */
export declare function reproduce(target: string, options?: ReproduceOptions): Promise<ReproduceReport>;
