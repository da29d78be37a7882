/**
 * The `application/vnd.genhealth.table+json` payload: columnar data (one array per column) so the
 * front end can sort and page without reshaping. Payload summary: rows, columns, shown_rows.
 */
import { genhealthBundle, htmlTable, textTable } from '../display/bundle';
/** Rows beyond this are left out of the payload; the summary says how many were shown. */
export const MAX_PAYLOAD_ROWS = 10_000;
const DEFAULT_PAGE_SIZE = 10;
const FALLBACK_ROWS = 20;
export function tableBundle(table, runId) {
    const view = table.view;
    const shown = Math.min(table.rowCount, MAX_PAYLOAD_ROWS);
    const data = table.columns.map(c => Array.from(c.values.slice(0, shown), v => typeof v === 'number' && Number.isNaN(v) ? null : v));
    const payload = {
        version: 1,
        kind: 'table',
        run_id: runId,
        summary: { rows: table.rowCount, columns: table.columns.length, shown_rows: shown },
        ...(view.title ? { title: view.title } : {}),
        columns: table.columns.map(c => ({ name: c.name, type: c.type })),
        data,
        page_size: view.pageSize ?? DEFAULT_PAGE_SIZE,
        ...(view.sort ? { sort: view.sort } : {})
    };
    const names = table.columnNames;
    const head = fallbackOrder(data, table, view.sort).slice(0, FALLBACK_ROWS).map(i => data.map(col => col[i]));
    const more = table.rowCount > head.length ? `(first ${head.length} of ${table.rowCount} rows)` : `(${table.rowCount} rows)`;
    const caption = `${view.title ? view.title + ' ' : ''}${more}`;
    return genhealthBundle(payload, {
        text: `${caption}\n${textTable(names, head)}`,
        html: htmlTable(names, head, caption)
    });
}
/** Row order of the text/HTML fallbacks: the initial sort when there is one (missing values last). */
function fallbackOrder(data, table, sort) {
    const order = Array.from({ length: data[0]?.length ?? 0 }, (_, i) => i);
    if (!sort)
        return order;
    const values = data[table.columnNames.indexOf(sort.column)];
    const sign = sort.descending ? -1 : 1;
    return order.sort((i, j) => {
        const a = values[i];
        const b = values[j];
        if (a === null || b === null)
            return a === b ? i - j : a === null ? 1 : -1;
        return sign * (a < b ? -1 : a > b ? 1 : 0) || i - j;
    });
}
//# sourceMappingURL=bundle.js.map