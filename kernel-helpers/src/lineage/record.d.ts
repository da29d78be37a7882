/**
 * The lineage record of one run: what ran, with which parameters and seeds, in which cell and
 * environment, on which inputs (hashes and schemas, never rows) and what it produced.
 */
export declare const SCHEMA_VERSION = 1;
/** Shape of a data set or model passed in or out; never its values. */
export type DataSchema = {
    kind: 'table';
    rows: number;
    columns: {
        name: string;
        type: string;
    }[];
} | {
    kind: 'records';
    rows: number;
    columns: {
        name: string;
        type: string;
    }[];
} | {
    kind: 'array';
    dtype: string;
    length: number;
} | {
    kind: 'tensor';
    dtype: string;
    shape: number[];
} | {
    kind: 'bytes';
    length: number;
} | {
    kind: 'text';
    length: number;
} | {
    kind: 'json';
    type: string;
} | {
    kind: string;
    [detail: string]: unknown;
};
export interface InputRef {
    /** The option or argument it came through (e.g. `source`, `body`). */
    name: string;
    /** SHA-256 of the canonical serialisation of the whole value (see hash.ts). */
    hash: string;
    schema: DataSchema;
    /** The kernel variable it was read from, when there was one. */
    variable?: string;
}
export interface OutputRef {
    name: string;
    hash: string;
    media_type: string;
    size: number;
    schema?: DataSchema;
    /** Whether the bytes are kept under artifacts/sha256/ (false above the size cap or when private). */
    stored: boolean;
    /** Why the bytes were not stored. */
    not_stored_reason?: string;
}
export interface RunError {
    name: string;
    message: string;
}
export interface RunRecord {
    schema_version: number;
    id: string;
    kind: 'magic' | 'function';
    name: string;
    /** Parameters after defaults; data inputs appear as `{ "input": name }` references. */
    params: Record<string, unknown>;
    seeds: Record<string, number>;
    cell?: {
        source: string;
        sha256: string;
        id?: string;
        redacted_body?: boolean;
    };
    notebook?: string;
    session?: string;
    started_at: string;
    ended_at: string;
    duration_ms: number;
    status: 'ok' | 'error';
    error?: RunError;
    environment: Record<string, unknown>;
    inputs: InputRef[];
    outputs: OutputRef[];
    metrics: Record<string, number>;
    /** Runs that produced one of this run's input hashes. */
    parents: string[];
    tags: Record<string, string>;
}
/** What the runs table needs: small, so 10,000 of them load fast. */
export interface RunSummary {
    id: string;
    kind: RunRecord['kind'];
    name: string;
    notebook?: string;
    session?: string;
    cell_sha256?: string;
    started_at: string;
    duration_ms: number;
    status: RunRecord['status'];
    parents: string[];
    inputs: string[];
    outputs: string[];
}
export declare function summaryOf(run: RunRecord): RunSummary;
