/**
 * Columns by longest path from the sources. A run whose output equals its input (a table shown as
 * read) makes a two-node cycle, cut where it says least: the first run that produced the data
 * (run ids sort by time) loses its `used` edge, so it comes before the data; any later run that
 * used and re-produced the same data loses its `generated` edge, so it comes after.
 */
export function layoutGraph(graph) {
    const producers = new Map();
    for (const e of graph.edges)
        if (e.kind === 'generated')
            producers.set(e.to, (producers.get(e.to) ?? new Set()).add(e.from));
    const first = (artifact) => [...(producers.get(artifact) ?? [])].sort()[0];
    const cut = (e) => {
        if (e.kind === 'used')
            return producers.get(e.from)?.has(e.to) === true && first(e.from) === e.to;
        const usedIt = graph.edges.some(u => u.kind === 'used' && u.from === e.to && u.to === e.from);
        return usedIt && first(e.to) !== e.from;
    };
    const incoming = new Map();
    for (const e of graph.edges) {
        if (cut(e))
            continue;
        incoming.set(e.to, [...(incoming.get(e.to) ?? []), e.from]);
    }
    const column = new Map();
    const visiting = new Set();
    const depth = (id) => {
        const known = column.get(id);
        if (known !== undefined)
            return known;
        if (visiting.has(id))
            return -1; // back edge
        visiting.add(id);
        const d = Math.max(-1, ...(incoming.get(id) ?? []).map(depth)) + 1;
        visiting.delete(id);
        column.set(id, d);
        return d;
    };
    const rows = new Map();
    return graph.nodes.map(n => {
        const c = depth(n.id);
        const r = rows.get(c) ?? 0;
        rows.set(c, r + 1);
        return { id: n.id, column: c, row: r };
    });
}
//# sourceMappingURL=layout.js.map