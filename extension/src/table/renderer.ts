/** Renderer of `application/vnd.genhealth.table+json`: a paged table sorted by clicking a header. */
import type { IRenderMime } from '@jupyterlab/rendermime-interfaces';
import { mimeTypeOf, type GenHealthPayload } from '../rendering/payload';
import { GenHealthRenderer } from '../rendering/renderer';
import type { Cell, TableColumn } from './model';
import { PagedTable } from './view';

export const MIME_TYPE = mimeTypeOf('table');

interface TablePayload extends GenHealthPayload {
  summary: { rows: number; columns: number; shown_rows: number };
  title?: string;
  columns: TableColumn[];
  data: Cell[][];
  page_size: number;
  sort?: { column: string; descending: boolean };
}

export class TableRenderer extends GenHealthRenderer<TablePayload> {
  protected readonly kind = 'table' as const;

  protected render(p: TablePayload): void {
    new PagedTable(this.node, { columns: p.columns, data: p.data, pageSize: p.page_size, title: p.title, totalRows: p.summary.rows, sort: p.sort });
  }
}

export const rendererFactory: IRenderMime.IRendererFactory = {
  safe: true,
  mimeTypes: [MIME_TYPE],
  // Below text/html (50) so the renderer wins over the HTML fallback.
  defaultRank: 20,
  createRenderer: options => new TableRenderer(options)
};

export const tableExtension: IRenderMime.IExtension = {
  id: 'jupyterlab-genhealth:table-renderer',
  description: 'Renders GenHealth tables: paged and sortable.',
  rendererFactory,
  rank: 20,
  dataType: 'json'
};
