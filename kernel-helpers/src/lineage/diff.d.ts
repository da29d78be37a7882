import type { RunRecord } from './record';
export interface Difference {
    path: string;
    a: unknown;
    b: unknown;
}
export declare function diffRuns(a: RunRecord, b: RunRecord, options?: {
    acrossNotebooks?: boolean;
}): Difference[];
