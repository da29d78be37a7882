/**
 * The `application/vnd.genhealth.table+json` payload: columnar data (one array per column) so the
 * front end can sort and page without reshaping. Payload summary: rows, columns, shown_rows.
 */
import { type GenHealthPayload, type MimeBundle } from '../display/bundle';
import type { ColumnType, Table } from './model';
export interface TablePayload extends GenHealthPayload {
    kind: 'table';
    summary: {
        rows: number;
        columns: number;
        shown_rows: number;
    };
    title?: string;
    columns: {
        name: string;
        type: ColumnType;
    }[];
    /** One array per column; missing values are null. */
    data: (number | string | boolean | null)[][];
    page_size: number;
    sort?: {
        column: string;
        descending: boolean;
    };
}
/** Rows beyond this are left out of the payload; the summary says how many were shown. */
export declare const MAX_PAYLOAD_ROWS = 10000;
export declare function tableBundle(table: Table, runId: string): MimeBundle;
