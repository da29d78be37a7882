/** A paged table sorted by clicking a header, drawn into a host element (used by several renderers). */
import { h } from '../rendering/dom';
import { formatCell, pageCount, pageRows, sortOrder } from './model';
export class PagedTable {
    host;
    t;
    order;
    sortColumn = -1;
    descending = false;
    page = 0;
    constructor(host, t) {
        this.host = host;
        this.t = t;
        host.classList.add('jp-GenHealthTable');
        this.order = Int32Array.from({ length: t.data[0]?.length ?? 0 }, (_, i) => i);
        const initial = t.sort ? t.columns.findIndex(c => c.name === t.sort.column) : -1;
        if (initial >= 0)
            this.sortBy(initial, t.sort.descending);
        this.draw();
    }
    sortBy(column, descending) {
        this.sortColumn = column;
        this.descending = descending;
        this.order = sortOrder(this.t.data[column], this.t.columns[column].type, descending);
        this.page = 0;
    }
    draw() {
        const t = this.t;
        const shown = this.order.length;
        const total = t.totalRows ?? shown;
        const pages = pageCount(shown, t.pageSize);
        const header = t.columns.map((c, j) => {
            const active = j === this.sortColumn;
            return h('th', {
                className: `jp-GenHealthTable-header jp-mod-${c.type}${active ? ' jp-mod-sorted' : ''}`,
                title: `Sort by ${c.name}`,
                attrs: { 'aria-sort': active ? (this.descending ? 'descending' : 'ascending') : 'none', role: 'columnheader', tabindex: '0', 'data-column': c.name },
                onClick: () => {
                    this.sortBy(j, active ? !this.descending : false);
                    this.draw();
                }
            }, c.name, h('span', { className: 'jp-GenHealthTable-sortMark' }, active ? (this.descending ? ' ▼' : ' ▲') : ''));
        });
        const body = pageRows(this.order, this.page, t.pageSize).map(i => h('tr', {}, ...t.columns.map((c, j) => {
            const v = t.data[j][i];
            return h('td', { className: `jp-mod-${c.type}${v === null ? ' jp-mod-missing' : ''}` }, formatCell(v));
        })));
        const first = shown === 0 ? 0 : this.page * t.pageSize + 1;
        const last = Math.min(shown, (this.page + 1) * t.pageSize);
        const truncated = total > shown ? ` (first ${shown} of ${total} rows sent)` : '';
        const go = (page) => () => {
            this.page = Math.max(0, Math.min(pages - 1, page));
            this.draw();
        };
        this.host.textContent = '';
        this.host.append(h('div', { className: 'jp-GenHealthTable-caption' }, t.title ? h('strong', {}, t.title, ' ') : null, `${total} rows × ${t.columns.length} columns${truncated}`), h('table', {}, h('thead', {}, h('tr', {}, ...header)), h('tbody', {}, ...body)), h('div', { className: 'jp-GenHealthTable-pager' }, h('button', { className: 'jp-GenHealthTable-prev jp-Button', attrs: this.page === 0 ? { disabled: '' } : {}, onClick: go(this.page - 1) }, '‹ Previous'), h('span', { className: 'jp-GenHealthTable-status' }, `Rows ${first}–${last} of ${shown} · page ${this.page + 1} of ${pages}`), h('button', { className: 'jp-GenHealthTable-next jp-Button', attrs: this.page >= pages - 1 ? { disabled: '' } : {}, onClick: go(this.page + 1) }, 'Next ›')));
    }
}
//# sourceMappingURL=view.js.map