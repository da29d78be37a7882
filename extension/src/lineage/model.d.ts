import type { Badge, Difference, LineageGraph, RunList, RunRecord, RunSummary } from './types';
export interface RunFilters {
    notebook: string;
    name: string;
    status: string;
}
export type SortKey = 'started_at' | 'name' | 'status' | 'duration_ms' | 'notebook';
/** Filters and sorts summaries (pure; 10,000 runs in a few milliseconds). */
export declare function visibleRuns(runs: RunSummary[], filters: RunFilters, sort: {
    key: SortKey;
    descending: boolean;
}): RunSummary[];
/** Distinct values of a field, for the filter menus. */
export declare function choices(runs: RunSummary[], key: 'notebook' | 'name' | 'status'): string[];
export declare class LineageModel {
    readonly changed: any;
    notebookPath: string;
    list: RunList | null;
    filters: RunFilters;
    sort: {
        key: SortKey;
        descending: boolean;
    };
    selected: RunRecord | null;
    graph: LineageGraph | null;
    compare: string[];
    diff: {
        a: string;
        b: string;
        differences: Difference[];
    } | null;
    busy: string;
    error: string;
    message: string;
    active: boolean;
    private refreshing;
    private again;
    private emit;
    get runs(): RunSummary[];
    badge(id: string): Badge | undefined;
    setNotebook(path: string): void;
    /** Reloads the run list; overlapping calls collapse into one more reload. Idle while hidden. */
    refresh(): Promise<void>;
    setFilter(key: keyof RunFilters, value: string): void;
    setSort(key: SortKey): void;
    select(id: string): Promise<void>;
    toggleCompare(id: string): void;
    diffSelected(): Promise<void>;
    private action;
    /** Re-executes the run's notebook headless and records a badge for each of its runs. */
    reproduce(id: string): Promise<void>;
    exportCrate(): Promise<void>;
}
