import { type RunRecord, type RunSummary } from './record';
export interface RunFilter {
    notebook?: string;
    name?: string;
    status?: RunRecord['status'];
    session?: string;
    /** Newest first when true (the default), oldest first otherwise. */
    newestFirst?: boolean;
    limit?: number;
}
/** Something wrong that the store repaired or set aside, for the user to know. */
export interface StoreProblem {
    message: string;
    keptAt?: string;
}
export declare abstract class LineageStore {
    abstract readonly location: string;
    /** Problems found when opening (corrupt files moved aside, ...). */
    readonly problems: StoreProblem[];
    protected abstract saveRun(run: RunRecord): void;
    protected abstract loadRun(id: string): RunRecord | undefined;
    protected abstract loadSummaries(): RunSummary[];
    /** Ids of runs that produced an output with this hash. */
    protected abstract producersOf(hash: string): string[];
    /** Stores artifact bytes content-addressed; returns false when they were not kept. */
    abstract putArtifact(hash: string, bytes: Uint8Array): boolean;
    abstract getArtifact(hash: string): Uint8Array | undefined;
    record(run: RunRecord): void;
    /**
     * The run with this id, or with a unique id prefix or suffix of 4+ characters (run ids start with
     * the time, so the end tells runs of one minute apart), or a LineageError that suggests near ids.
     */
    getRun(id: string): RunRecord;
    list(filter?: RunFilter): RunSummary[];
    /** Runs that produced any of these hashes: a new run's parents. */
    parentsOf(hashes: string[]): string[];
}
type StoreFactory = (location: string) => Promise<LineageStore>;
export declare function registerStoreScheme(scheme: string, factory: StoreFactory): void;
/** Opens the store for a URI: a plain path or file:// URI opens the local store. */
export declare function openStore(uri: string): Promise<LineageStore>;
export {};
