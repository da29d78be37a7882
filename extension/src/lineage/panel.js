/** The lineage side panel: runs table, run details, DAG, diff, Reproduce and Export RO-Crate. */
import { Widget } from '@lumino/widgets';
import { h } from '../rendering/dom';
import { choices } from './model';
import { diffTable, graphSvg, runDetails } from './views';
const PAGE = 200;
export class LineagePanel extends Widget {
    model;
    page = 0;
    constructor(model) {
        super();
        this.model = model;
        this.addClass('jp-GenHealthLineage');
        this.title.caption = 'GenHealth lineage';
        model.changed.connect(() => this.render());
        this.render();
    }
    onAfterShow() {
        this.model.active = true;
        void this.model.refresh();
    }
    onAfterHide() {
        this.model.active = false;
    }
    render() {
        const m = this.model;
        this.node.textContent = '';
        const header = h('div', { className: 'jp-GenHealthLineage-header' }, h('strong', {}, 'Lineage'), ' ', h('span', { className: 'jp-GenHealthLineage-location' }, m.notebookPath ? m.list?.location ?? 'loading…' : 'open a notebook to see its runs'), h('button', { className: 'jp-GenHealthLineage-refresh jp-Button', title: 'Reload the runs', onClick: () => void m.refresh() }, 'Refresh'), h('button', { className: 'jp-GenHealthLineage-export jp-Button', title: 'Export this notebook\'s latest session as an RO-Crate', attrs: m.busy || !m.list?.runs.length ? { disabled: '' } : {}, onClick: () => void m.exportCrate() }, 'Export RO-Crate'));
        this.node.append(header);
        if (m.busy)
            this.node.append(h('div', { className: 'jp-GenHealthLineage-busy' }, m.busy));
        if (m.message)
            this.node.append(h('div', { className: 'jp-GenHealthLineage-message' }, m.message));
        if (m.error)
            this.node.append(h('div', { className: 'jp-GenHealthOutput-error' }, m.error));
        for (const p of m.list?.problems ?? [])
            this.node.append(h('div', { className: 'jp-GenHealthOutput-error' }, `Store: ${p.message}`));
        if (!m.list)
            return;
        this.node.append(this.filters(), this.table());
        if (m.compare.length === 2) {
            this.node.append(h('button', { className: 'jp-GenHealthLineage-diff jp-Button', onClick: () => void m.diffSelected() }, 'Diff the two checked runs'));
        }
        if (m.diff)
            this.node.append(diffTable(m.diff.a, m.diff.b, m.diff.differences));
        if (m.selected) {
            const reproduce = h('button', { className: 'jp-GenHealthLineage-reproduce jp-Button', title: 'Re-execute the notebook headless and check this run', attrs: m.busy ? { disabled: '' } : {}, onClick: () => void m.reproduce(m.selected.id) }, 'Reproduce');
            this.node.append(runDetails(m.selected, reproduce));
        }
        if (m.graph && m.selected)
            this.node.append(graphSvg(m.graph, m.selected.id));
    }
    filters() {
        const m = this.model;
        const select = (key, label) => h('label', {}, `${label} `, (() => {
            const el = h('select', { className: `jp-GenHealthLineage-filter-${key}`, attrs: { 'aria-label': `Filter by ${label}` } }, h('option', { attrs: { value: '' } }, 'all'), ...choices(m.list.runs, key).map(v => h('option', { attrs: { value: v } }, v)));
            el.value = m.filters[key];
            el.addEventListener('change', () => m.setFilter(key, el.value));
            return el;
        })());
        return h('div', { className: 'jp-GenHealthLineage-filters' }, select('notebook', 'notebook'), select('name', 'magic'), select('status', 'status'));
    }
    table() {
        const m = this.model;
        const runs = m.runs;
        const pages = Math.max(1, Math.ceil(runs.length / PAGE));
        this.page = Math.min(this.page, pages - 1);
        const head = (key, label) => h('th', { className: m.sort.key === key ? 'jp-mod-sorted' : '', attrs: { 'data-sort': key }, onClick: () => m.setSort(key) }, label, m.sort.key === key ? (m.sort.descending ? ' ▼' : ' ▲') : '');
        const rows = runs.slice(this.page * PAGE, (this.page + 1) * PAGE).map(r => {
            const badge = m.badge(r.id);
            const check = h('input', { attrs: { type: 'checkbox', title: 'Compare', 'aria-label': `Compare run ${r.id}` } });
            check.checked = m.compare.includes(r.id);
            check.addEventListener('click', e => {
                e.stopPropagation();
                m.toggleCompare(r.id);
            });
            return h('tr', { className: `jp-GenHealthLineage-run${m.selected?.id === r.id ? ' jp-mod-selected' : ''}`, attrs: { 'data-run': r.id }, onClick: () => void m.select(r.id) }, h('td', {}, check), h('td', { className: `jp-GenHealthLineage-status jp-mod-${r.status}` }, r.status), h('td', {}, r.name), h('td', { title: r.id }, `…${r.id.slice(-8)}`), h('td', {}, r.notebook ?? ''), h('td', {}, r.started_at.replace('T', ' ').slice(0, 19)), h('td', { className: 'jp-mod-number' }, String(r.duration_ms)), h('td', {}, badge ? h('span', { className: `jp-GenHealthLineage-badge jp-mod-${badge.verdict}`, title: badge.detail }, badge.verdict) : ''));
        });
        const pager = pages > 1
            ? h('div', { className: 'jp-GenHealthLineage-pager' }, h('button', { className: 'jp-Button', onClick: () => ((this.page = Math.max(0, this.page - 1)), this.render()) }, '‹'), ` page ${this.page + 1} of ${pages} `, h('button', { className: 'jp-Button', onClick: () => ((this.page = Math.min(pages - 1, this.page + 1)), this.render()) }, '›'))
            : null;
        return h('div', { className: 'jp-GenHealthLineage-runs' }, h('div', { className: 'jp-GenHealthLineage-count' }, `${runs.length} of ${m.list.runs.length} runs`), h('table', {}, h('thead', {}, h('tr', {}, h('th', {}, ''), head('status', 'status'), head('name', 'magic'), h('th', {}, 'run'), head('notebook', 'notebook'), head('started_at', 'started'), head('duration_ms', 'ms'), h('th', {}, 'reproduced'))), h('tbody', {}, ...rows)), pager);
    }
}
//# sourceMappingURL=panel.js.map