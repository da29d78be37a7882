/** What differs between two runs: parameters, seeds, cell, inputs, outputs, metrics, environment. */
import { LineageError } from './hash';
function flatten(value, prefix, out) {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        for (const [k, v] of Object.entries(value))
            flatten(v, prefix ? `${prefix}.${k}` : k, out);
        if (Object.keys(value).length === 0 && prefix)
            out.set(prefix, {});
    }
    else
        out.set(prefix, value);
}
/** The comparable content of a run: what it did, not when or under which id. */
function comparable(run) {
    const out = new Map();
    flatten({
        name: run.name,
        status: run.status,
        error: run.error,
        params: run.params,
        seeds: run.seeds,
        cell: run.cell?.sha256,
        inputs: Object.fromEntries(run.inputs.map(i => [i.name, { hash: i.hash, schema: JSON.stringify(i.schema) }])),
        outputs: Object.fromEntries(run.outputs.map(o => [o.name, { hash: o.hash, media_type: o.media_type, size: o.size }])),
        metrics: run.metrics,
        environment: run.environment,
        parents: run.parents.join(',')
    }, '', out);
    return out;
}
export function diffRuns(a, b, options = {}) {
    if (!options.acrossNotebooks && a.notebook !== b.notebook) {
        throw new LineageError(`runs ${a.id} and ${b.id} come from different notebooks (${a.notebook ?? 'no notebook'} and ${b.notebook ?? 'no notebook'}); ` +
            'a diff compares runs of one notebook. Add --across to compare them anyway.');
    }
    const left = comparable(a);
    const right = comparable(b);
    const paths = [...new Set([...left.keys(), ...right.keys()])].sort();
    return paths
        .filter(p => JSON.stringify(left.get(p)) !== JSON.stringify(right.get(p)))
        .map(p => ({ path: p, a: left.get(p), b: right.get(p) }));
}
//# sourceMappingURL=diff.js.map