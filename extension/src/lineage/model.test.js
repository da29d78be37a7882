import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { layoutGraph } from './layout';
import { choices, visibleRuns } from './model';
const run = (id, name, status, notebook, started, ms) => ({
    id, kind: 'magic', name, status, notebook, started_at: started, duration_ms: ms, parents: [], inputs: [], outputs: []
});
describe('lineage panel model', () => {
    const runs = [run('1', 'table', 'ok', 'a.ipynb', '2026-01-01', 5), run('2', 'cohort', 'error', 'b.ipynb', '2026-01-02', 9), run('3', 'table', 'ok', 'b.ipynb', '2026-01-03', 1)];
    it('filters by notebook, magic and status, and sorts either way', () => {
        assert.deepEqual(visibleRuns(runs, { notebook: 'b.ipynb', name: '', status: '' }, { key: 'started_at', descending: true }).map(r => r.id), ['3', '2']);
        assert.deepEqual(visibleRuns(runs, { notebook: '', name: 'table', status: 'ok' }, { key: 'duration_ms', descending: false }).map(r => r.id), ['3', '1']);
        assert.deepEqual(choices(runs, 'name'), ['cohort', 'table']);
    });
    it('stays fast with 10,000 runs', () => {
        const many = Array.from({ length: 10_000 }, (_, i) => run(String(i).padStart(5, '0'), i % 3 ? 'table' : 'cohort', i % 7 ? 'ok' : 'error', `nb${i % 5}.ipynb`, `2026-01-01T00:00:${String(i % 60).padStart(2, '0')}`, i % 100));
        const started = performance.now();
        for (let i = 0; i < 10; i++)
            visibleRuns(many, { notebook: 'nb1.ipynb', name: '', status: 'ok' }, { key: 'duration_ms', descending: true });
        assert.ok((performance.now() - started) / 10 < 100, 'a filter-and-sort pass over 10,000 runs takes well under 100 ms');
    });
});
describe('layoutGraph', () => {
    it('places each node one column right of what it came from, ignoring an output equal to its input', () => {
        const placed = layoutGraph({
            nodes: [{ id: 'r1', type: 'run', label: '' }, { id: 'x', type: 'artifact', label: '' }, { id: 'r2', type: 'run', label: '' }],
            edges: [{ from: 'r1', to: 'x', kind: 'generated' }, { from: 'x', to: 'r1', kind: 'used' }, { from: 'x', to: 'r2', kind: 'used' }]
        });
        const col = Object.fromEntries(placed.map(p => [p.id, p.column]));
        assert.equal(col.x, col.r1 + 1);
        assert.equal(col.r2, col.x + 1);
    });
    it('keeps the link from the first producer when a later run reproduces the same data', () => {
        const placed = layoutGraph({
            nodes: [{ id: 'r1', type: 'run', label: '' }, { id: 'x', type: 'artifact', label: '' }, { id: 'r2', type: 'run', label: '' }],
            edges: [
                { from: 'r1', to: 'x', kind: 'generated' },
                { from: 'r2', to: 'x', kind: 'generated' },
                { from: 'x', to: 'r1', kind: 'used' },
                { from: 'x', to: 'r2', kind: 'used' }
            ]
        });
        const col = Object.fromEntries(placed.map(p => [p.id, p.column]));
        assert.deepEqual([col.r1, col.x, col.r2], [0, 1, 2]);
    });
});
//# sourceMappingURL=model.test.js.map