import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { diffRuns } from './diff';
import { lineageGraph } from './graph';
import { summaryOf } from './record';
const run = (over) => ({
    schema_version: 1,
    id: '00000000-0000-7000-8000-000000000001',
    kind: 'magic',
    name: 'cohort',
    params: { n: 10 },
    seeds: { seed: 1 },
    notebook: 'a.ipynb',
    started_at: '2026-01-01T00:00:00.000Z',
    ended_at: '2026-01-01T00:00:01.000Z',
    duration_ms: 1000,
    status: 'ok',
    environment: { node: 'v20', tfjs: { backend: 'wasm' } },
    inputs: [],
    outputs: [{ name: 'value', hash: 'a'.repeat(64), media_type: 'x', size: 1, stored: false }],
    metrics: { patients: 10 },
    parents: [],
    tags: {},
    ...over
});
describe('diffRuns', () => {
    it('lists what differs, not ids or times', () => {
        const a = run({});
        const b = run({ id: '00000000-0000-7000-8000-000000000002', started_at: 'later', params: { n: 20 }, environment: { node: 'v20', tfjs: { backend: 'cpu' } }, metrics: { patients: 20 } });
        assert.deepEqual(diffRuns(a, b), [
            { path: 'environment.tfjs.backend', a: 'wasm', b: 'cpu' },
            { path: 'metrics.patients', a: 10, b: 20 },
            { path: 'params.n', a: 10, b: 20 }
        ]);
        assert.deepEqual(diffRuns(a, a), []);
    });
    it('refuses runs of different notebooks unless asked', () => {
        const b = run({ notebook: 'b.ipynb' });
        assert.throws(() => diffRuns(run({}), b), /come from different notebooks \(a\.ipynb and b\.ipynb\).*--across/);
        assert.deepEqual(diffRuns(run({}), b, { acrossNotebooks: true }), []);
    });
});
describe('lineageGraph', () => {
    const parent = run({});
    const child = run({ id: '00000000-0000-7000-8000-000000000002', name: 'fairness', inputs: [{ name: 'data', hash: 'a'.repeat(64), schema: { kind: 'json', type: 'object' } }], outputs: [], parents: [parent.id] });
    const other = run({ id: '00000000-0000-7000-8000-000000000003', outputs: [{ name: 'value', hash: 'b'.repeat(64), media_type: 'x', size: 1, stored: false }] });
    it('links runs through the artifacts between them', () => {
        const g = lineageGraph([parent, child].map(summaryOf));
        assert.deepEqual(g.edges, [
            { from: parent.id, to: `sha256:${'a'.repeat(64)}`, kind: 'generated' },
            { from: `sha256:${'a'.repeat(64)}`, to: child.id, kind: 'used' }
        ]);
        assert.deepEqual(g.nodes.map(n => n.type), ['run', 'artifact', 'run']);
    });
    it('keeps only the ancestors and descendants of a focus run', () => {
        const g = lineageGraph([parent, child, other].map(summaryOf), child.id);
        assert.deepEqual(g.nodes.filter(n => n.type === 'run').map(n => n.id), [parent.id, child.id]);
    });
});
//# sourceMappingURL=diff.test.js.map