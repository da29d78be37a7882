/**
 * `application/vnd.genhealth.lineage+json` payloads for %%lineage: a run list, one run, a diff or a
 * graph. Summary: `runs` (how many runs the view covers) and, per view, `differences`, `nodes`, `edges`.
 */
import { escapeHtml, genhealthBundle, htmlTable, textTable } from '../display/bundle';
const short = (v) => (v === undefined ? '—' : typeof v === 'string' ? v : JSON.stringify(v));
function fallback(view) {
    switch (view.view) {
        case 'list': {
            const columns = ['id', 'name', 'status', 'notebook', 'started', 'ms', 'parents'];
            const rows = view.runs.map(r => [r.id, r.name, r.status, r.notebook ?? '', r.started_at, r.duration_ms, r.parents.length]);
            const caption = `${view.runs.length} runs`;
            return { text: `${caption}\n${textTable(columns, rows)}`, html: htmlTable(columns, rows, caption) };
        }
        case 'run': {
            const text = JSON.stringify(view.run, null, 2);
            return { text, html: `<details open><summary>Run ${escapeHtml(view.run.id)} (${escapeHtml(view.run.name)})</summary><pre>${escapeHtml(text)}</pre></details>` };
        }
        case 'diff': {
            const columns = ['field', view.a, view.b];
            const rows = view.differences.map(d => [d.path, short(d.a), short(d.b)]);
            const caption = view.differences.length ? `${view.differences.length} differences` : 'No differences';
            return { text: `${caption}\n${rows.length ? textTable(columns, rows) : ''}`, html: htmlTable(columns, rows, caption) };
        }
        case 'graph': {
            const label = new Map(view.graph.nodes.map(n => [n.id, n.label]));
            const lines = view.graph.edges.map(e => `${label.get(e.from)} --${e.kind}--> ${label.get(e.to)}`);
            const text = `${view.graph.nodes.length} nodes, ${view.graph.edges.length} edges\n${lines.join('\n')}`;
            return { text, html: `<pre>${escapeHtml(text)}</pre>` };
        }
    }
}
function summaryOf(view) {
    switch (view.view) {
        case 'list':
            return { runs: view.runs.length };
        case 'run':
            return { runs: 1, inputs: view.run.inputs.length, outputs: view.run.outputs.length };
        case 'diff':
            return { runs: 2, differences: view.differences.length };
        case 'graph':
            return { runs: view.graph.nodes.filter(n => n.type === 'run').length, nodes: view.graph.nodes.length, edges: view.graph.edges.length };
    }
}
export function lineageBundle(view, runId) {
    const payload = { version: 1, kind: 'lineage', run_id: runId, summary: summaryOf(view), ...view };
    return genhealthBundle(payload, fallback(view));
}
//# sourceMappingURL=bundle.js.map