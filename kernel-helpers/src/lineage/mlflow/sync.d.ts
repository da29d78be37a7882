import type { LocalStore } from '../local-store';
import type { RunRecord } from '../record';
import { MlflowClient } from './client';
export declare const RUN_ID_TAG = "genhealth.run_id";
export interface SyncReport {
    uri: string;
    experiment: string;
    synced: number;
    alreadyThere: number;
    pending: number;
    /** Why the sync stopped early (the server went away, ...). */
    error?: string;
}
/** The sync target's name in the local store (one marker folder per server). */
export declare function targetOf(uri: string): string;
export declare class MlflowSync {
    readonly client: MlflowClient;
    readonly experiment: string;
    private experimentId?;
    constructor(client: MlflowClient, experiment?: string);
    private experimentIdOnce;
    /** Sends one run; returns false when it was already complete on the server. */
    push(run: RunRecord, store: LocalStore): Promise<{
        created: boolean;
        mlflowRunId: string;
    }>;
}
/** Sends every run of the local store that this server has not confirmed yet, oldest first. */
export declare function syncPending(store: LocalStore, uri: string, options?: {
    experiment?: string;
}): Promise<SyncReport>;
