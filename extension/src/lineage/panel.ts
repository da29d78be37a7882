/** The lineage side panel: runs table, run details, DAG, diff, Reproduce and Export RO-Crate. */
import { Widget } from '@lumino/widgets';
import { h } from '../rendering/dom';
import { layoutGraph } from './layout';
import { choices, type LineageModel, type SortKey } from './model';
import type { LineageGraph, RunRecord } from './types';

const PAGE = 200;
const SVG = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

const json = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

export class LineagePanel extends Widget {
  private page = 0;

  constructor(private readonly model: LineageModel) {
    super();
    this.addClass('jp-GenHealthLineage');
    this.title.caption = 'GenHealth lineage';
    model.changed.connect(() => this.render());
    this.render();
  }

  protected onAfterShow(): void {
    this.model.active = true;
    void this.model.refresh();
  }

  protected onAfterHide(): void {
    this.model.active = false;
  }

  private render(): void {
    const m = this.model;
    this.node.textContent = '';
    const header = h(
      'div',
      { className: 'jp-GenHealthLineage-header' },
      h('strong', {}, 'Lineage'),
      ' ',
      h('span', { className: 'jp-GenHealthLineage-location' }, m.notebookPath ? m.list?.location ?? 'loading…' : 'open a notebook to see its runs'),
      h('button', { className: 'jp-GenHealthLineage-refresh jp-Button', title: 'Reload the runs', onClick: () => void m.refresh() }, 'Refresh'),
      h('button', { className: 'jp-GenHealthLineage-export jp-Button', title: 'Export this notebook\'s latest session as an RO-Crate', attrs: m.busy || !m.list?.runs.length ? { disabled: '' } : {}, onClick: () => void m.exportCrate() }, 'Export RO-Crate')
    );
    this.node.append(header);
    if (m.busy) this.node.append(h('div', { className: 'jp-GenHealthLineage-busy' }, m.busy));
    if (m.message) this.node.append(h('div', { className: 'jp-GenHealthLineage-message' }, m.message));
    if (m.error) this.node.append(h('div', { className: 'jp-GenHealthOutput-error' }, m.error));
    for (const p of m.list?.problems ?? []) this.node.append(h('div', { className: 'jp-GenHealthOutput-error' }, `Store: ${p.message}`));
    if (!m.list) return;
    this.node.append(this.filters(), this.table());
    if (m.compare.length === 2) {
      this.node.append(h('button', { className: 'jp-GenHealthLineage-diff jp-Button', onClick: () => void m.diffSelected() }, 'Diff the two checked runs'));
    }
    if (m.diff) this.node.append(this.diffView());
    if (m.selected) this.node.append(this.details(m.selected));
    if (m.graph && m.selected) this.node.append(this.graphView(m.graph, m.selected.id));
  }

  private filters(): HTMLElement {
    const m = this.model;
    const select = (key: 'notebook' | 'name' | 'status', label: string) =>
      h(
        'label',
        {},
        `${label} `,
        (() => {
          const el = h('select', { className: `jp-GenHealthLineage-filter-${key}`, attrs: { 'aria-label': `Filter by ${label}` } }, h('option', { attrs: { value: '' } }, 'all'), ...choices(m.list!.runs, key).map(v => h('option', { attrs: { value: v } }, v)));
          el.value = m.filters[key];
          el.addEventListener('change', () => m.setFilter(key, el.value));
          return el;
        })()
      );
    return h('div', { className: 'jp-GenHealthLineage-filters' }, select('notebook', 'notebook'), select('name', 'magic'), select('status', 'status'));
  }

  private table(): HTMLElement {
    const m = this.model;
    const runs = m.runs;
    const pages = Math.max(1, Math.ceil(runs.length / PAGE));
    this.page = Math.min(this.page, pages - 1);
    const head = (key: SortKey, label: string) =>
      h('th', { className: m.sort.key === key ? 'jp-mod-sorted' : '', attrs: { 'data-sort': key }, onClick: () => m.setSort(key) }, label, m.sort.key === key ? (m.sort.descending ? ' ▼' : ' ▲') : '');
    const rows = runs.slice(this.page * PAGE, (this.page + 1) * PAGE).map(r => {
      const badge = m.badge(r.id);
      const check = h('input', { attrs: { type: 'checkbox', title: 'Compare', 'aria-label': `Compare run ${r.id}` } });
      check.checked = m.compare.includes(r.id);
      check.addEventListener('click', e => {
        e.stopPropagation();
        m.toggleCompare(r.id);
      });
      return h(
        'tr',
        { className: `jp-GenHealthLineage-run${m.selected?.id === r.id ? ' jp-mod-selected' : ''}`, attrs: { 'data-run': r.id }, onClick: () => void m.select(r.id) },
        h('td', {}, check),
        h('td', { className: `jp-GenHealthLineage-status jp-mod-${r.status}` }, r.status),
        h('td', {}, r.name),
        h('td', { title: r.id }, `…${r.id.slice(-8)}`),
        h('td', {}, r.notebook ?? ''),
        h('td', {}, r.started_at.replace('T', ' ').slice(0, 19)),
        h('td', { className: 'jp-mod-number' }, String(r.duration_ms)),
        h('td', {}, badge ? h('span', { className: `jp-GenHealthLineage-badge jp-mod-${badge.verdict}`, title: badge.detail }, badge.verdict) : '')
      );
    });
    const pager =
      pages > 1
        ? h(
            'div',
            { className: 'jp-GenHealthLineage-pager' },
            h('button', { className: 'jp-Button', onClick: () => ((this.page = Math.max(0, this.page - 1)), this.render()) }, '‹'),
            ` page ${this.page + 1} of ${pages} `,
            h('button', { className: 'jp-Button', onClick: () => ((this.page = Math.min(pages - 1, this.page + 1)), this.render()) }, '›')
          )
        : null;
    return h(
      'div',
      { className: 'jp-GenHealthLineage-runs' },
      h('div', { className: 'jp-GenHealthLineage-count' }, `${runs.length} of ${m.list!.runs.length} runs`),
      h('table', {}, h('thead', {}, h('tr', {}, h('th', {}, ''), head('status', 'status'), head('name', 'magic'), h('th', {}, 'run'), head('notebook', 'notebook'), head('started_at', 'started'), head('duration_ms', 'ms'), h('th', {}, 'reproduced'))), h('tbody', {}, ...rows)),
      pager
    );
  }

  private details(run: RunRecord): HTMLElement {
    const m = this.model;
    const kv = (obj: Record<string, unknown>) => h('table', { className: 'jp-GenHealthLineage-kv' }, h('tbody', {}, ...Object.entries(obj).map(([k, v]) => h('tr', {}, h('th', {}, k), h('td', {}, json(v))))));
    const section = (title: string, ...content: (Node | string | null)[]) => h('details', { attrs: { open: '' } }, h('summary', {}, title), ...content);
    return h(
      'div',
      { className: 'jp-GenHealthLineage-details', attrs: { 'data-run': run.id } },
      h('div', { className: 'jp-GenHealthLineage-title' }, h('strong', {}, `${run.name} `), run.id, ' ',
        h('button', { className: 'jp-GenHealthLineage-reproduce jp-Button', title: 'Re-execute the notebook headless and check this run', attrs: m.busy ? { disabled: '' } : {}, onClick: () => void m.reproduce(run.id) }, 'Reproduce')),
      run.error ? h('div', { className: 'jp-GenHealthOutput-error' }, `${run.error.name}: ${run.error.message}`) : null,
      section('Parameters', kv(run.params)),
      section('Inputs', kv(Object.fromEntries(run.inputs.map(i => [i.name, `sha256 ${i.hash} · ${json(i.schema)}`])))),
      section('Outputs', kv(Object.fromEntries(run.outputs.map(o => [o.name, `sha256 ${o.hash} · ${o.media_type} · ${o.size} bytes${o.stored ? ' · stored' : ''}`])))),
      section('Metrics', kv(run.metrics)),
      section('Parents', kv(Object.fromEntries(run.parents.map(p => [p, ''])))),
      section('Environment', h('pre', {}, JSON.stringify(run.environment, null, 2))),
      section('Cell', h('pre', {}, run.cell?.source ?? ''))
    );
  }

  private diffView(): HTMLElement {
    const d = this.model.diff!;
    return h(
      'div',
      { className: 'jp-GenHealthLineage-diffview' },
      h('strong', {}, d.differences.length ? `${d.differences.length} differences` : 'No differences'),
      h('table', {}, h('thead', {}, h('tr', {}, h('th', {}, 'field'), h('th', {}, `…${d.a.slice(-8)}`), h('th', {}, `…${d.b.slice(-8)}`))), h('tbody', {}, ...d.differences.map(x => h('tr', {}, h('td', {}, x.path), h('td', {}, json(x.a)), h('td', {}, json(x.b))))))
    );
  }

  private graphView(graph: LineageGraph, focus: string): HTMLElement {
    const placed = new Map(layoutGraph(graph).map(p => [p.id, p]));
    const at = (id: string) => ({ x: 10 + placed.get(id)!.column * 150, y: 20 + placed.get(id)!.row * 44 });
    const width = 170 + Math.max(0, ...[...placed.values()].map(p => p.column)) * 150;
    const height = 50 + Math.max(0, ...[...placed.values()].map(p => p.row)) * 44;
    const root = svg('svg', { width, height, class: 'jp-GenHealthLineage-graph', role: 'img', 'aria-label': 'Lineage graph of the selected run' });
    const defs = svg('defs', {});
    const marker = svg('marker', { id: 'gh-arrow', viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 6, markerHeight: 6, orient: 'auto' });
    marker.append(svg('path', { d: 'M0,0 L10,5 L0,10 z', class: 'jp-GenHealthLineage-arrow' }));
    defs.append(marker);
    root.append(defs);
    for (const e of graph.edges) {
      const a = at(e.from);
      const b = at(e.to);
      if (placed.get(e.to)!.column <= placed.get(e.from)!.column) continue; // an output equal to its input
      root.append(svg('line', { x1: a.x + 130, y1: a.y + 14, x2: b.x, y2: b.y + 14, class: `jp-GenHealthLineage-edge jp-mod-${e.kind}`, 'marker-end': 'url(#gh-arrow)', 'data-from': e.from, 'data-to': e.to }));
    }
    for (const n of graph.nodes) {
      const p = at(n.id);
      const g = svg('g', { class: `jp-GenHealthLineage-node jp-mod-${n.type}${n.id === focus ? ' jp-mod-focus' : ''}`, 'data-node': n.id });
      g.append(svg(n.type === 'run' ? 'rect' : 'ellipse', n.type === 'run' ? { x: p.x, y: p.y, width: 130, height: 28, rx: 4 } : { cx: p.x + 65, cy: p.y + 14, rx: 65, ry: 14 }));
      g.append(svg('text', { x: p.x + 65, y: p.y + 18, 'text-anchor': 'middle' }, n.label));
      g.append(svg('title', {}, n.type === 'run' ? `run ${n.id}` : n.id));
      root.append(g);
    }
    return h('details', { className: 'jp-GenHealthLineage-dag', attrs: { open: '' } }, h('summary', {}, 'Lineage graph (runs and artifacts)'), root);
  }
}
