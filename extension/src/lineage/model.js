/**
 * The lineage panel's state: the runs of the current notebook's store, filters, sort, the selected
 * run with its details and graph, a pair to compare, and reproduction badges. Views render from it
 * and send intents back; refresh() calls that overlap are coalesced; a hidden panel does no work.
 */
import { Signal } from '@lumino/signaling';
import { requestLineage } from './api';
/** Filters and sorts summaries (pure; 10,000 runs in a few milliseconds). */
export function visibleRuns(runs, filters, sort) {
    const kept = runs.filter(r => (!filters.notebook || r.notebook === filters.notebook) &&
        (!filters.name || r.name === filters.name) &&
        (!filters.status || r.status === filters.status));
    const sign = sort.descending ? -1 : 1;
    return kept.sort((a, b) => {
        const x = a[sort.key] ?? '';
        const y = b[sort.key] ?? '';
        return sign * (x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : 1);
    });
}
/** Distinct values of a field, for the filter menus. */
export function choices(runs, key) {
    return [...new Set(runs.map(r => r[key]).filter((v) => !!v))].sort();
}
export class LineageModel {
    changed = new Signal(this);
    notebookPath = '';
    list = null;
    filters = { notebook: '', name: '', status: '' };
    sort = { key: 'started_at', descending: true };
    selected = null;
    graph = null;
    compare = [];
    diff = null;
    busy = '';
    error = '';
    message = '';
    active = false;
    refreshing = null;
    again = false;
    emit() {
        this.changed.emit();
    }
    get runs() {
        return this.list ? visibleRuns(this.list.runs, this.filters, this.sort) : [];
    }
    badge(id) {
        return this.list?.badges[id];
    }
    setNotebook(path) {
        if (path === this.notebookPath)
            return;
        this.notebookPath = path;
        this.selected = null;
        this.graph = null;
        this.diff = null;
        this.compare = [];
        void this.refresh();
    }
    /** Reloads the run list; overlapping calls collapse into one more reload. Idle while hidden. */
    refresh() {
        if (!this.active || !this.notebookPath)
            return Promise.resolve();
        if (this.refreshing) {
            this.again = true;
            return this.refreshing;
        }
        this.refreshing = (async () => {
            do {
                this.again = false;
                try {
                    this.list = await requestLineage('list', { path: this.notebookPath });
                    this.error = '';
                }
                catch (e) {
                    this.error = e.message;
                }
                this.emit();
            } while (this.again);
        })().finally(() => (this.refreshing = null));
        return this.refreshing;
    }
    setFilter(key, value) {
        this.filters = { ...this.filters, [key]: value };
        this.emit();
    }
    setSort(key) {
        this.sort = { key, descending: this.sort.key === key ? !this.sort.descending : key === 'started_at' };
        this.emit();
    }
    async select(id) {
        try {
            const [run, graph] = await Promise.all([
                requestLineage('show', { path: this.notebookPath, id }),
                requestLineage('graph', { path: this.notebookPath, id })
            ]);
            this.selected = run;
            this.graph = graph;
            this.error = '';
        }
        catch (e) {
            this.error = e.message;
        }
        this.emit();
    }
    toggleCompare(id) {
        this.compare = this.compare.includes(id) ? this.compare.filter(c => c !== id) : [...this.compare, id].slice(-2);
        this.diff = null;
        this.emit();
    }
    async diffSelected() {
        const [a, b] = this.compare;
        if (!a || !b)
            return;
        try {
            this.diff = { a, b, differences: await requestLineage('diff', { path: this.notebookPath, a, b }) };
            this.error = '';
        }
        catch (e) {
            this.error = e.message;
        }
        this.emit();
    }
    async action(label, work) {
        this.busy = label;
        this.message = '';
        this.emit();
        try {
            await work();
            this.error = '';
        }
        catch (e) {
            this.error = e.message;
        }
        finally {
            this.busy = '';
            this.emit();
        }
    }
    /** Re-executes the run's notebook headless and records a badge for each of its runs. */
    reproduce(id) {
        return this.action('Reproducing…', async () => {
            const result = await requestLineage('reproduce', {}, { path: this.notebookPath, id });
            this.message = `${result.verdict}: ${result.detail}`;
            await this.refresh();
        });
    }
    exportCrate() {
        return this.action('Exporting…', async () => {
            const result = await requestLineage('export', {}, { path: this.notebookPath });
            this.message = `RO-Crate with ${result.files.length} files written to ${result.dir}`;
        });
    }
}
//# sourceMappingURL=model.js.map