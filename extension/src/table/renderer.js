import { mimeTypeOf } from '../rendering/payload';
import { GenHealthRenderer } from '../rendering/renderer';
import { PagedTable } from './view';
export const MIME_TYPE = mimeTypeOf('table');
export class TableRenderer extends GenHealthRenderer {
    kind = 'table';
    render(p) {
        new PagedTable(this.node, { columns: p.columns, data: p.data, pageSize: p.page_size, title: p.title, totalRows: p.summary.rows, sort: p.sort });
    }
}
export const rendererFactory = {
    safe: true,
    mimeTypes: [MIME_TYPE],
    // Below text/html (50) so the renderer wins over the HTML fallback.
    defaultRank: 20,
    createRenderer: options => new TableRenderer(options)
};
export const tableExtension = {
    id: 'jupyterlab-genhealth:table-renderer',
    description: 'Renders GenHealth tables: paged and sortable.',
    rendererFactory,
    rank: 20,
    dataType: 'json'
};
//# sourceMappingURL=renderer.js.map