/**
 * A small client of the MLflow tracking server's REST API 2.0 (the npm packages that claim to be
 * MLflow clients call endpoints MLflow 2 removed). Every request goes through `call`, the one I/O
 * choke point, which turns network failures and error replies into MlflowError with the server's
 * error code.
 */
export declare class MlflowError extends Error {
    readonly status?: number | undefined;
    readonly code?: string | undefined;
    constructor(message: string, status?: number | undefined, code?: string | undefined);
}
/** Limits of runs/log-batch (MLflow REST API docs). */
export declare const LOG_BATCH_LIMITS: {
    params: number;
    metrics: number;
    entities: number;
    keyLength: number;
    paramValueLength: number;
    tagValueLength: number;
};
export interface KeyValue {
    key: string;
    value: string;
}
export interface Metric {
    key: string;
    value: number;
    timestamp: number;
    step: number;
}
export interface MlflowRun {
    info: {
        run_id: string;
        experiment_id: string;
        status: string;
        artifact_uri: string;
        end_time?: number;
    };
    data: {
        params?: KeyValue[];
        metrics?: Metric[];
        tags?: KeyValue[];
    };
    inputs?: {
        dataset_inputs?: {
            dataset: Record<string, string>;
        }[];
    };
}
export declare class MlflowClient {
    readonly baseUrl: string;
    private readonly timeoutMs;
    constructor(baseUrl: string, timeoutMs?: number);
    call<T>(method: 'GET' | 'POST' | 'PUT', endpoint: string, body?: unknown, raw?: Uint8Array): Promise<T>;
    experimentId(name: string): Promise<string>;
    createRun(experimentId: string, runName: string, startTime: number, tags: KeyValue[]): Promise<MlflowRun['info']>;
    getRun(runId: string): Promise<MlflowRun>;
    searchRuns(experimentIds: string[], filter: string, maxResults?: number, pageToken?: string): Promise<{
        runs: MlflowRun[];
        next_page_token?: string;
    }>;
    /** Logs params, metrics and tags in as many log-batch calls as the limits need. */
    logBatch(runId: string, params: KeyValue[], metrics: Metric[], tags: KeyValue[]): Promise<number>;
    logInputs(runId: string, datasets: {
        dataset: Record<string, string>;
        tags?: KeyValue[];
    }[]): Promise<void>;
    updateRun(runId: string, status: 'FINISHED' | 'FAILED', endTime: number): Promise<void>;
    /** Path of an artifact under the mlflow-artifacts proxy, from a run's artifact_uri. */
    private artifactPath;
    uploadArtifact(artifactUri: string, name: string, bytes: Uint8Array): Promise<void>;
    downloadArtifact(artifactUri: string, name: string): Promise<Uint8Array>;
}
