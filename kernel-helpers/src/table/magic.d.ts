import { Table } from './model';
export interface TableOptions {
    pageSize?: number;
    sort?: string;
    descending?: boolean;
    title?: string;
}
/** The function behind %%table: any supported input → a Table carrying its presentation options. */
export declare function table(data: unknown, options?: TableOptions): Table;
export declare function registerTableMagic(): void;
