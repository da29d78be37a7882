import { type Cell, type TableColumn } from './model';
export interface PagedTableData {
    columns: TableColumn[];
    /** One array per column. */
    data: Cell[][];
    pageSize: number;
    title?: string;
    /** Rows in the whole table when `data` holds only the first ones. */
    totalRows?: number;
    sort?: {
        column: string;
        descending: boolean;
    };
}
export declare class PagedTable {
    private readonly host;
    private readonly t;
    private order;
    private sortColumn;
    private descending;
    private page;
    constructor(host: HTMLElement, t: PagedTableData);
    private sortBy;
    private draw;
}
