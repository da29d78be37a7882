import { type RunRecord } from './record';
import type { LineageStore } from './store';
/** The cell a run happened in, as the kernel knows it. */
export interface CellContext {
    source: string;
    id?: string;
    notebook?: string;
    session?: string;
}
export interface DataValue {
    name: string;
    value: unknown;
    variable?: string;
}
export interface OutputValue {
    name: string;
    /** Hashed by its canonical serialisation; its bytes are stored only through `bytes`. */
    value?: unknown;
    /** Bytes to keep content-addressed (synthetic outputs, reports); omit for private data. */
    bytes?: Uint8Array;
    mediaType?: string;
}
export interface RunInput {
    id?: string;
    kind: RunRecord['kind'];
    name: string;
    params: Record<string, unknown>;
    startedAt: Date;
    endedAt: Date;
    cell?: CellContext;
    /** Keep only the first line of the cell's source (its body is data). */
    redactBody?: boolean;
    inputs?: DataValue[];
    outputs?: OutputValue[];
    metrics?: Record<string, number>;
    error?: unknown;
    tags?: Record<string, string>;
}
/** Builds the record of a finished run and saves it. */
export declare function recordRun(store: LineageStore, run: RunInput): RunRecord;
