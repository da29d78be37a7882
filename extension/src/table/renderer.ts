/** Renderer of `application/vnd.genhealth.table+json`: a paged table sorted by clicking a header. */
import type { IRenderMime } from '@jupyterlab/rendermime-interfaces';
import { h } from '../rendering/dom';
import { mimeTypeOf, type GenHealthPayload } from '../rendering/payload';
import { GenHealthRenderer } from '../rendering/renderer';
import { formatCell, pageCount, pageRows, sortOrder, type Cell, type TableColumn } from './model';

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
  private payload!: TablePayload;
  private order: ArrayLike<number> = [];
  private sortColumn = -1;
  private descending = false;
  private page = 0;

  protected render(payload: TablePayload): void {
    this.addClass('jp-GenHealthTable');
    this.payload = payload;
    const rows = payload.data[0]?.length ?? 0;
    this.order = Int32Array.from({ length: rows }, (_, i) => i);
    const initial = payload.sort ? payload.columns.findIndex(c => c.name === payload.sort!.column) : -1;
    if (initial >= 0) this.sortBy(initial, payload.sort!.descending);
    this.draw();
  }

  private sortBy(column: number, descending: boolean): void {
    this.sortColumn = column;
    this.descending = descending;
    this.order = sortOrder(this.payload.data[column], this.payload.columns[column].type, descending);
    this.page = 0;
  }

  private draw(): void {
    const p = this.payload;
    const shown = this.order.length;
    const pages = pageCount(shown, p.page_size);
    const header = p.columns.map((c, j) => {
      const active = j === this.sortColumn;
      const sort = active ? (this.descending ? 'descending' : 'ascending') : 'none';
      return h(
        'th',
        {
          className: `jp-GenHealthTable-header jp-mod-${c.type}${active ? ' jp-mod-sorted' : ''}`,
          title: `Sort by ${c.name}`,
          attrs: { 'aria-sort': sort, role: 'columnheader', tabindex: '0', 'data-column': c.name },
          onClick: () => {
            this.sortBy(j, active ? !this.descending : false);
            this.draw();
          }
        },
        c.name,
        h('span', { className: 'jp-GenHealthTable-sortMark' }, active ? (this.descending ? ' ▼' : ' ▲') : '')
      );
    });
    const body = pageRows(this.order, this.page, p.page_size).map(i =>
      h(
        'tr',
        {},
        ...p.columns.map((c, j) => {
          const v = p.data[j][i];
          return h('td', { className: `jp-mod-${c.type}${v === null ? ' jp-mod-missing' : ''}` }, formatCell(v));
        })
      )
    );
    const first = shown === 0 ? 0 : this.page * p.page_size + 1;
    const last = Math.min(shown, (this.page + 1) * p.page_size);
    const truncated = p.summary.rows > shown ? ` (first ${shown} of ${p.summary.rows} rows sent)` : '';
    const go = (page: number) => () => {
      this.page = Math.max(0, Math.min(pages - 1, page));
      this.draw();
    };
    this.node.textContent = '';
    this.node.append(
      h(
        'div',
        { className: 'jp-GenHealthTable-caption' },
        p.title ? h('strong', {}, p.title, ' ') : null,
        `${p.summary.rows} rows × ${p.summary.columns} columns${truncated}`
      ),
      h('table', {}, h('thead', {}, h('tr', {}, ...header)), h('tbody', {}, ...body)),
      h(
        'div',
        { className: 'jp-GenHealthTable-pager' },
        h('button', { className: 'jp-GenHealthTable-prev jp-Button', attrs: this.page === 0 ? { disabled: '' } : {}, onClick: go(this.page - 1) }, '‹ Previous'),
        h('span', { className: 'jp-GenHealthTable-status' }, `Rows ${first}–${last} of ${shown} · page ${this.page + 1} of ${pages}`),
        h('button', { className: 'jp-GenHealthTable-next jp-Button', attrs: this.page >= pages - 1 ? { disabled: '' } : {}, onClick: go(this.page + 1) }, 'Next ›')
      )
    );
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
