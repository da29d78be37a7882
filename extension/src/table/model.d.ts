/** Sorting and paging of a columnar table payload: pure functions, no DOM. */
export type Cell = number | string | boolean | null;
export interface TableColumn {
    name: string;
    type: 'number' | 'string' | 'boolean';
}
/** Row order sorted by one column; stable, missing values last in both directions. */
export declare function sortOrder(values: readonly Cell[], type: TableColumn['type'], descending: boolean): Int32Array;
export declare function pageCount(rows: number, pageSize: number): number;
/** Row indices (into the original data) shown on `page` (0-based). */
export declare function pageRows(order: ArrayLike<number>, page: number, pageSize: number): number[];
export declare function formatCell(value: Cell): string;
