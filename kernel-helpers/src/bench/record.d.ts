/** One benchmark figure, printed as one JSON line (DESIGN.md). */
export interface BenchRecord {
    bench: string;
    metric: string;
    value: number;
    unit: string;
    baseline?: string;
    ratio?: number;
    [extra: string]: unknown;
}
export declare function emit(record: BenchRecord): void;
export declare function median(xs: number[]): number;
export declare function quantile(xs: number[], q: number): number;
