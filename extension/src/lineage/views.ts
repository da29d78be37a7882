/** Views of lineage data shared by the side panel and the `lineage` output renderer (text only via h()). */
import { h, headRow } from '../rendering/dom';
import { layoutGraph } from './layout';
import type { Difference, LineageGraph, RunRecord, RunSummary } from './types';

const SVG = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

export const json = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

/** A run's details; `action` is an optional button row (the panel's Reproduce). */
export function runDetails(run: RunRecord, action?: HTMLElement): HTMLElement {
  const kv = (obj: Record<string, unknown>) => h('table', { className: 'jp-GenHealthLineage-kv' }, h('tbody', {}, ...Object.entries(obj).map(([k, v]) => h('tr', {}, h('th', {}, k), h('td', {}, json(v))))));
  const section = (title: string, ...content: (Node | string | null)[]) => h('details', { attrs: { open: '' } }, h('summary', {}, title), ...content);
  return h(
    'div',
    { className: 'jp-GenHealthLineage-details', attrs: { 'data-run': run.id } },
    h('div', { className: 'jp-GenHealthLineage-title' }, h('strong', {}, `${run.name} `), run.id, ' ', action ?? null),
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

export function diffTable(a: string, b: string, differences: Difference[]): HTMLElement {
  return h(
    'div',
    { className: 'jp-GenHealthLineage-diffview' },
    h('strong', {}, differences.length ? `${differences.length} differences` : 'No differences'),
    h('table', {}, h('thead', {}, h('tr', {}, h('th', {}, 'field'), h('th', {}, `…${a.slice(-8)}`), h('th', {}, `…${b.slice(-8)}`))), h('tbody', {}, ...differences.map(x => h('tr', {}, h('td', {}, x.path), h('td', {}, json(x.a)), h('td', {}, json(x.b))))))
  );
}

export function runsTable(runs: RunSummary[]): HTMLElement {
  return h(
    'table',
    { className: 'jp-GenHealthLineage-list' },
    headRow(['run', 'magic', 'status', 'notebook', 'started', 'ms', 'parents']),
    h('tbody', {}, ...runs.map(r => h('tr', { attrs: { 'data-run': r.id } }, h('td', { title: r.id }, `…${r.id.slice(-8)}`), h('td', {}, r.name), h('td', { className: `jp-GenHealthLineage-status jp-mod-${r.status}` }, r.status), h('td', {}, r.notebook ?? ''), h('td', {}, r.started_at.replace('T', ' ').slice(0, 19)), h('td', { className: 'jp-mod-number' }, String(r.duration_ms)), h('td', { className: 'jp-mod-number' }, String(r.parents.length)))))
  );
}

/** The DAG as SVG: runs as boxes, artifacts as ellipses, arrows from what was used to what was made. */
export function graphSvg(graph: LineageGraph, focus?: string): HTMLElement {
  const placed = new Map(layoutGraph(graph).map(p => [p.id, p]));
  const at = (id: string) => ({ x: 10 + placed.get(id)!.column * 150, y: 20 + placed.get(id)!.row * 44 });
  const width = 170 + Math.max(0, ...[...placed.values()].map(p => p.column)) * 150;
  const height = 50 + Math.max(0, ...[...placed.values()].map(p => p.row)) * 44;
  const root = svg('svg', { width, height, class: 'jp-GenHealthLineage-graph', role: 'img', 'aria-label': 'Lineage graph' });
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
  return h('details', { className: 'jp-GenHealthLineage-dag', attrs: { open: '' } }, h('summary', {}, 'Lineage graph (runs and artifacts)'), root as unknown as HTMLElement);
}
