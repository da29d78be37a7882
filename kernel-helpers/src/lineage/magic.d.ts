import { type Difference } from './diff';
import { type LineageGraph } from './graph';
import type { RunRecord, RunSummary } from './record';
import type { RunFilter } from './store';
export declare function lineageList(filter?: RunFilter): Promise<RunSummary[]>;
export declare function lineageShow(id: string): Promise<RunRecord>;
export declare function lineageDiff(a: string, b: string, options?: {
    acrossNotebooks?: boolean;
}): Promise<Difference[]>;
export declare function lineageGraphOf(filter?: RunFilter & {
    focus?: string;
}): Promise<LineageGraph>;
export declare function registerLineageMagic(): void;
