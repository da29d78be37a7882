/** Renderer of `application/vnd.genhealth.table+json`: a paged table sorted by clicking a header. */
import type { IRenderMime } from '@jupyterlab/rendermime-interfaces';
import { type GenHealthPayload } from '../rendering/payload';
import { GenHealthRenderer } from '../rendering/renderer';
import type { Cell, TableColumn } from './model';
export declare const MIME_TYPE: string;
interface TablePayload extends GenHealthPayload {
    summary: {
        rows: number;
        columns: number;
        shown_rows: number;
    };
    title?: string;
    columns: TableColumn[];
    data: Cell[][];
    page_size: number;
    sort?: {
        column: string;
        descending: boolean;
    };
}
export declare class TableRenderer extends GenHealthRenderer<TablePayload> {
    protected readonly kind: "table";
    protected render(p: TablePayload): void;
}
export declare const rendererFactory: IRenderMime.IRendererFactory;
export declare const tableExtension: IRenderMime.IExtension;
export {};
