/**
 * The lineage panel's state: the runs of the current notebook's store, filters, sort, the selected
 * run with its details and graph, a pair to compare, and reproduction badges. Views render from it
 * and send intents back; refresh() calls that overlap are coalesced; a hidden panel does no work.
 */
import { Signal } from '@lumino/signaling';
import { requestLineage } from './api';
import type { Badge, Difference, LineageGraph, RunList, RunRecord, RunSummary } from './types';

export interface RunFilters {
  notebook: string;
  name: string;
  status: string;
}

export type SortKey = 'started_at' | 'name' | 'status' | 'duration_ms' | 'notebook';

/** Filters and sorts summaries (pure; 10,000 runs in a few milliseconds). */
export function visibleRuns(runs: RunSummary[], filters: RunFilters, sort: { key: SortKey; descending: boolean }): RunSummary[] {
  const kept = runs.filter(
    r =>
      (!filters.notebook || r.notebook === filters.notebook) &&
      (!filters.name || r.name === filters.name) &&
      (!filters.status || r.status === filters.status)
  );
  const sign = sort.descending ? -1 : 1;
  return kept.sort((a, b) => {
    const x = a[sort.key] ?? '';
    const y = b[sort.key] ?? '';
    return sign * (x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : 1);
  });
}

/** Distinct values of a field, for the filter menus. */
export function choices(runs: RunSummary[], key: 'notebook' | 'name' | 'status'): string[] {
  return [...new Set(runs.map(r => r[key]).filter((v): v is string => !!v))].sort();
}

export class LineageModel {
  readonly changed = new Signal<this, void>(this);
  notebookPath = '';
  list: RunList | null = null;
  filters: RunFilters = { notebook: '', name: '', status: '' };
  sort: { key: SortKey; descending: boolean } = { key: 'started_at', descending: true };
  selected: RunRecord | null = null;
  graph: LineageGraph | null = null;
  compare: string[] = [];
  diff: { a: string; b: string; differences: Difference[] } | null = null;
  busy = '';
  error = '';
  message = '';
  active = false;
  private refreshing: Promise<void> | null = null;
  private again = false;

  private emit(): void {
    this.changed.emit();
  }

  get runs(): RunSummary[] {
    return this.list ? visibleRuns(this.list.runs, this.filters, this.sort) : [];
  }

  badge(id: string): Badge | undefined {
    return this.list?.badges[id];
  }

  setNotebook(path: string): void {
    if (path === this.notebookPath) return;
    this.notebookPath = path;
    this.selected = null;
    this.graph = null;
    this.diff = null;
    this.compare = [];
    void this.refresh();
  }

  /** Reloads the run list; overlapping calls collapse into one more reload. Idle while hidden. */
  refresh(): Promise<void> {
    if (!this.active || !this.notebookPath) return Promise.resolve();
    if (this.refreshing) {
      this.again = true;
      return this.refreshing;
    }
    this.refreshing = (async () => {
      do {
        this.again = false;
        try {
          this.list = await requestLineage<RunList>('list', { path: this.notebookPath });
          this.error = '';
        } catch (e) {
          this.error = (e as Error).message;
        }
        this.emit();
      } while (this.again);
    })().finally(() => (this.refreshing = null));
    return this.refreshing;
  }

  setFilter(key: keyof RunFilters, value: string): void {
    this.filters = { ...this.filters, [key]: value };
    this.emit();
  }

  setSort(key: SortKey): void {
    this.sort = { key, descending: this.sort.key === key ? !this.sort.descending : key === 'started_at' };
    this.emit();
  }

  async select(id: string): Promise<void> {
    try {
      const [run, graph] = await Promise.all([
        requestLineage<RunRecord>('show', { path: this.notebookPath, id }),
        requestLineage<LineageGraph>('graph', { path: this.notebookPath, id })
      ]);
      this.selected = run;
      this.graph = graph;
      this.error = '';
    } catch (e) {
      this.error = (e as Error).message;
    }
    this.emit();
  }

  toggleCompare(id: string): void {
    this.compare = this.compare.includes(id) ? this.compare.filter(c => c !== id) : [...this.compare, id].slice(-2);
    this.diff = null;
    this.emit();
  }

  async diffSelected(): Promise<void> {
    const [a, b] = this.compare;
    if (!a || !b) return;
    try {
      this.diff = { a, b, differences: await requestLineage<Difference[]>('diff', { path: this.notebookPath, a, b }) };
      this.error = '';
    } catch (e) {
      this.error = (e as Error).message;
    }
    this.emit();
  }

  private async action(label: string, work: () => Promise<void>): Promise<void> {
    this.busy = label;
    this.message = '';
    this.emit();
    try {
      await work();
      this.error = '';
    } catch (e) {
      this.error = (e as Error).message;
    } finally {
      this.busy = '';
      this.emit();
    }
  }

  /** Re-executes the run's notebook headless and records a badge for each of its runs. */
  reproduce(id: string): Promise<void> {
    return this.action('Reproducing…', async () => {
      const result = await requestLineage<{ verdict: string; detail: string }>('reproduce', {}, { path: this.notebookPath, id });
      this.message = `${result.verdict}: ${result.detail}`;
      await this.refresh();
    });
  }

  exportCrate(): Promise<void> {
    return this.action('Exporting…', async () => {
      const result = await requestLineage<{ dir: string; files: string[] }>('export', {}, { path: this.notebookPath });
      this.message = `RO-Crate with ${result.files.length} files written to ${result.dir}`;
    });
  }
}
