const artifactId = (hash) => `sha256:${hash}`;
/** The graph of `runs`; with `focus`, only that run's ancestors and descendants. */
export function lineageGraph(runs, focus) {
    let selected = runs;
    if (focus) {
        const byId = new Map(runs.map(r => [r.id, r]));
        const children = new Map();
        for (const r of runs)
            for (const p of r.parents)
                children.set(p, [...(children.get(p) ?? []), r.id]);
        const keep = new Set();
        const walk = (id, next) => {
            for (const n of next(id))
                if (!keep.has(n))
                    keep.add(n), walk(n, next);
        };
        keep.add(focus);
        walk(focus, id => byId.get(id)?.parents ?? []);
        walk(focus, id => children.get(id) ?? []);
        selected = runs.filter(r => keep.has(r.id));
    }
    const nodes = new Map();
    const edges = [];
    const produced = new Set(selected.flatMap(r => r.outputs));
    for (const r of selected) {
        nodes.set(r.id, { id: r.id, type: 'run', label: `${r.name} …${r.id.slice(-8)}`, status: r.status });
        for (const h of r.outputs) {
            nodes.set(artifactId(h), { id: artifactId(h), type: 'artifact', label: h.slice(0, 12) });
            edges.push({ from: r.id, to: artifactId(h), kind: 'generated' });
        }
    }
    for (const r of selected) {
        for (const h of r.inputs) {
            // Inputs nobody in the graph produced (data typed into a cell, files) are sources.
            if (!produced.has(h))
                nodes.set(artifactId(h), { id: artifactId(h), type: 'artifact', label: h.slice(0, 12) });
            edges.push({ from: artifactId(h), to: r.id, kind: 'used' });
        }
    }
    return { nodes: [...nodes.values()], edges };
}
//# sourceMappingURL=graph.js.map