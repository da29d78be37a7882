import { type RunRecord, type RunSummary } from './record';
import { LineageStore } from './store';
export interface StoreMeta {
    schema_version: number;
    created_at: string;
    created_by: string;
}
/** Upgrades of run documents, from version v to v + 1. */
export type Migrations = Record<number, (run: Record<string, unknown>) => Record<string, unknown>>;
export declare const MIGRATIONS: Migrations;
export interface LocalStoreOptions {
    /** Artifacts larger than this are recorded by hash only. Default: GENHEALTH_ARTIFACT_MAX_BYTES or 64 MiB. */
    maxArtifactBytes?: number;
    /** For tests of the migration machinery. */
    schemaVersion?: number;
    migrations?: Migrations;
}
export declare class LocalStore extends LineageStore {
    readonly location: string;
    private readonly lowdb;
    private readonly summaries;
    private indexOffset;
    private readonly maxArtifactBytes;
    private constructor();
    static open(home: string, options?: LocalStoreOptions): Promise<LocalStore>;
    private file;
    /** Moves a damaged file into corrupt/ and reports it. */
    private setAside;
    private checkSchema;
    private migrate;
    protected saveRun(run: RunRecord): void;
    protected loadRun(id: string): RunRecord | undefined;
    /** Reads index lines added since the last call, then adds runs that the index misses. */
    protected loadSummaries(): RunSummary[];
    protected producersOf(hash: string): string[];
    /** Whether a sync target (e.g. an MLflow server) confirmed this run. */
    isSynced(target: string, id: string): boolean;
    markSynced(target: string, id: string, remoteId: string): void;
    artifactPath(hash: string): string;
    putArtifact(hash: string, bytes: Uint8Array): boolean;
    getArtifact(hash: string): Uint8Array | undefined;
}
