/** Layered layout of the lineage DAG: each node one column right of whatever it came from. */
import type { LineageGraph } from './types';

export interface Placed {
  id: string;
  column: number;
  row: number;
}

/**
 * Columns by longest path from the sources. A run whose output equals its input (a table shown as
 * read) makes a two-node cycle: its `used` edge is left out so the run comes before its output.
 */
export function layoutGraph(graph: LineageGraph): Placed[] {
  const generated = new Set(graph.edges.filter(e => e.kind === 'generated').map(e => `${e.to}>${e.from}`));
  const incoming = new Map<string, string[]>();
  for (const e of graph.edges) {
    if (e.kind === 'used' && generated.has(`${e.from}>${e.to}`)) continue;
    incoming.set(e.to, [...(incoming.get(e.to) ?? []), e.from]);
  }
  const column = new Map<string, number>();
  const visiting = new Set<string>();
  const depth = (id: string): number => {
    const known = column.get(id);
    if (known !== undefined) return known;
    if (visiting.has(id)) return -1; // back edge
    visiting.add(id);
    const d = Math.max(-1, ...(incoming.get(id) ?? []).map(depth)) + 1;
    visiting.delete(id);
    column.set(id, d);
    return d;
  };
  const rows = new Map<number, number>();
  return graph.nodes.map(n => {
    const c = depth(n.id);
    const r = rows.get(c) ?? 0;
    rows.set(c, r + 1);
    return { id: n.id, column: c, row: r };
  });
}
