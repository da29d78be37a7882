export type ColumnType = 'number' | 'string' | 'boolean';
export type Column = {
    name: string;
    type: 'number';
    values: Float64Array;
} | {
    name: string;
    type: 'string';
    values: (string | null)[];
} | {
    name: string;
    type: 'boolean';
    values: (boolean | null)[];
};
export declare class TableError extends Error {
    constructor(message: string);
}
/** How a table is presented when displayed; does not change the data. */
export interface TableViewOptions {
    pageSize?: number;
    title?: string;
    sort?: {
        column: string;
        descending: boolean;
    };
}
export declare class Table {
    readonly columns: readonly Column[];
    readonly rowCount: number;
    readonly view: TableViewOptions;
    constructor(columns: readonly Column[], view?: TableViewOptions);
    /** The same data with other presentation options. */
    withView(view: TableViewOptions): Table;
    get columnNames(): string[];
    column(name: string): Column;
    /** One row as a record; missing values are null. */
    row(i: number): Record<string, number | string | boolean | null>;
    toRecords(): Record<string, number | string | boolean | null>[];
    /** Parses CSV (RFC 4180 quoting; a tab-separated header switches to TSV) with a header row. */
    static fromCSV(text: string): Table;
    static fromRecords(records: readonly Record<string, unknown>[]): Table;
    static fromColumns(columns: Record<string, ArrayLike<unknown>>): Table;
    /** Accepts a Table, an array of records, an object of columns or CSV text. */
    static from(value: unknown): Table;
}
/** Splits delimited text into rows of fields; quotes may hold delimiters, newlines and "" escapes. */
export declare function parseDelimited(text: string): string[][];
/**
 * The canonical serialisation of a table for lineage hashes (see lineage/hash.ts): a tag line, then
 * per column its name and type as JSON and its values — numbers as little-endian float64 with one
 * NaN, strings and booleans as one JSON array. Presentation (view) is not part of the data.
 */
export declare function describeTable(table: Table, update: (chunk: string | Uint8Array) => void): {
    kind: string;
    rows: number;
    columns: {
        name: string;
        type: "string" | "number" | "boolean";
    }[];
};
