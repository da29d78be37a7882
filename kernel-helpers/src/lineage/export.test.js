import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { PROCESS_RUN_CRATE, readCrate, writeCrate } from './export';
import { LocalStore } from './local-store';
import { recordRun } from './recorder';
const temp = (p) => mkdtempSync(path.join(os.tmpdir(), p));
describe('RO-Crate and PROV export', () => {
    let store;
    let runs;
    let dir;
    let graph;
    const byId = (id) => graph.find(e => e['@id'] === id);
    before(async () => {
        store = await LocalStore.open(temp('genhealth-export-store-'));
        const now = new Date();
        const data = new Float64Array([1, 2]);
        const first = recordRun(store, { kind: 'magic', name: 'cohort', params: { n: 2, seed: 1 }, startedAt: now, endedAt: now, outputs: [{ name: 'value', value: data }, { name: 'report', bytes: Buffer.from('<html>'), mediaType: 'text/html' }] });
        const second = recordRun(store, { kind: 'magic', name: 'fairness', params: {}, startedAt: now, endedAt: now, inputs: [{ name: 'data', value: data }], error: new Error('bad') });
        runs = [first, second];
        const nb = path.join(temp('genhealth-export-nb-'), 'lesson.ipynb');
        writeFileSync(nb, '{"cells": []}');
        dir = path.join(temp('genhealth-crate-'), 'crate');
        writeCrate({ store, runs, dir, notebookFile: nb });
        const meta = JSON.parse(readFileSync(path.join(dir, 'ro-crate-metadata.json'), 'utf8'));
        assert.equal(meta['@context'], 'https://w3id.org/ro/crate/1.1/context');
        graph = meta['@graph'];
    });
    it('has the RO-Crate metadata descriptor and a root dataset conforming to Process Run Crate 0.5', () => {
        assert.deepEqual(byId('ro-crate-metadata.json').about, { '@id': './' });
        const root = byId('./');
        assert.equal(root['@type'], 'Dataset');
        assert.deepEqual(root.conformsTo, [{ '@id': PROCESS_RUN_CRATE }]);
        assert.deepEqual(root.mainEntity, { '@id': 'lesson.ipynb' });
        assert.ok(root.datePublished && root.name);
        assert.equal(root.mentions.length, 2);
    });
    it('describes each run as a CreateAction with genhealth as instrument, inputs as object and outputs as result', () => {
        const software = byId('#genhealth');
        assert.equal(software['@type'], 'SoftwareApplication');
        assert.equal(software.softwareVersion, require('../../package.json').version);
        const [a, b] = runs.map(r => byId(`#run-${r.id}`));
        assert.equal(a['@type'], 'CreateAction');
        assert.deepEqual(a.instrument, { '@id': '#genhealth' });
        assert.deepEqual(a.actionStatus, { '@id': 'http://schema.org/CompletedActionStatus' });
        assert.deepEqual(b.actionStatus, { '@id': 'http://schema.org/FailedActionStatus' });
        assert.equal(b.error, 'Error: bad');
        const results = a.result.map((r) => byId(r['@id']));
        assert.deepEqual(results.map((r) => r.sha256), runs[0].outputs.map(o => o.hash));
        assert.equal(results[1]['@type'], 'File', 'stored artifact bytes travel in the crate');
        assert.deepEqual(b.object, [{ '@id': `#sha256-${runs[0].outputs[0].hash}` }], 'the second run used the first one\'s output');
    });
    it('lists every file with its sha256 in hasPart', () => {
        const parts = byId('./').hasPart.map((p) => p['@id']);
        for (const id of ['lesson.ipynb', 'prov.json', `lineage/runs/${runs[0].id}.json`, `artifacts/${runs[0].outputs[1].hash}`]) {
            assert.ok(parts.includes(id), id);
            assert.match(byId(id).sha256, /^[0-9a-f]{64}$/);
        }
    });
    it('writes PROV-JSON with entities, activities, the agent and the relations', () => {
        const prov = JSON.parse(readFileSync(path.join(dir, 'prov.json'), 'utf8'));
        const [a, b] = runs.map(r => `genhealth:run-${r.id}`);
        const out = `sha256:${runs[0].outputs[0].hash}`;
        assert.ok(prov.activity[a]['prov:startTime'] && prov.entity[out]);
        assert.equal(prov.agent['genhealth:software']['prov:type'], 'prov:SoftwareAgent');
        const values = (rel) => Object.values(prov[rel]);
        assert.ok(values('wasGeneratedBy').some(g => g['prov:entity'] === out && g['prov:activity'] === a));
        assert.ok(values('used').some(u => u['prov:entity'] === out && u['prov:activity'] === b));
        assert.ok(values('wasAssociatedWith').some(w => w['prov:activity'] === b && w['prov:agent'] === 'genhealth:software'));
        assert.ok(Array.isArray(Object.keys(prov.wasDerivedFrom)));
    });
    it('reads back the notebook and runs, and refuses altered or missing files', () => {
        assert.deepEqual(readCrate(dir).runs.map(r => r.id).sort(), runs.map(r => r.id).sort());
        writeFileSync(path.join(dir, 'prov.json'), '{}');
        assert.throws(() => readCrate(dir), /prov\.json was altered: sha256 [0-9a-f]{64}, the crate says [0-9a-f]{64}/);
        rmSync(path.join(dir, 'lesson.ipynb'));
        assert.throws(() => readCrate(dir), /lesson\.ipynb is missing/);
    });
    it('refuses to write into a folder that is not empty', () => {
        assert.throws(() => writeCrate({ store, runs, dir }), /exists and is not empty/);
    });
});
//# sourceMappingURL=export.test.js.map