/**
 * Exports runs as a Research Object Crate following the Process Run Crate profile 0.5
 * (https://w3id.org/ro/wfrun/process/0.5) with a W3C PROV-JSON document beside it:
 *   ro-crate-metadata.json   the crate; one CreateAction per run (instrument: genhealth as a
 *                            SoftwareApplication; object: inputs; result: outputs, with sha256)
 *   prov.json                the same lineage as PROV (entity, activity, agent, used,
 *                            wasGeneratedBy, wasDerivedFrom, wasAssociatedWith)
 *   <notebook>.ipynb         the notebook, when known
 *   lineage/runs/<id>.json   the run records (genhealth reproduce reads them)
 *   artifacts/<sha256>       output bytes that the store kept
 * Inputs that were in-memory data appear by hash and schema only.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { LineageError, sha256 } from './hash';
export const PROCESS_RUN_CRATE = 'https://w3id.org/ro/wfrun/process/0.5';
export const RO_CRATE_SPEC = 'https://w3id.org/ro/crate/1.1';
const SOFTWARE = '#genhealth';
const dataId = (hash) => `#sha256-${hash}`;
const runId = (id) => `#run-${id}`;
export function provDocument(runs, version) {
    const entity = {};
    const activity = {};
    const used = {};
    const wasGeneratedBy = {};
    const wasDerivedFrom = {};
    const wasAssociatedWith = {};
    let n = 0;
    const key = (kind) => `_:${kind}${++n}`;
    for (const run of runs) {
        const act = `genhealth:run-${run.id}`;
        activity[act] = {
            'prov:label': run.name,
            'prov:startTime': run.started_at,
            'prov:endTime': run.ended_at,
            'genhealth:status': run.status,
            'genhealth:params': JSON.stringify(run.params)
        };
        wasAssociatedWith[key('assoc')] = { 'prov:activity': act, 'prov:agent': 'genhealth:software' };
        for (const input of run.inputs) {
            entity[`sha256:${input.hash}`] ??= { 'prov:label': input.name, 'genhealth:schema': JSON.stringify(input.schema) };
            used[key('used')] = { 'prov:activity': act, 'prov:entity': `sha256:${input.hash}`, 'prov:role': input.name };
        }
        for (const output of run.outputs) {
            entity[`sha256:${output.hash}`] = { 'prov:label': output.name, 'genhealth:media_type': output.media_type, 'genhealth:size': output.size };
            wasGeneratedBy[key('gen')] = { 'prov:entity': `sha256:${output.hash}`, 'prov:activity': act, 'prov:time': run.ended_at };
            for (const input of run.inputs) {
                wasDerivedFrom[key('der')] = { 'prov:generatedEntity': `sha256:${output.hash}`, 'prov:usedEntity': `sha256:${input.hash}`, 'prov:activity': act };
            }
        }
    }
    return {
        prefix: { genhealth: 'urn:genhealth:', sha256: 'urn:hash::sha256:' },
        agent: { 'genhealth:software': { 'prov:type': 'prov:SoftwareAgent', 'prov:label': `genhealth ${version}` } },
        entity,
        activity,
        used,
        wasGeneratedBy,
        wasDerivedFrom,
        wasAssociatedWith
    };
}
export function writeCrate(options) {
    const { store, runs, dir } = options;
    if (!runs.length)
        throw new LineageError('nothing to export: no runs selected');
    if (existsSync(dir) && readdirSync(dir).length)
        throw new LineageError(`the crate folder ${dir} exists and is not empty; choose a new folder`);
    mkdirSync(path.join(dir, 'lineage', 'runs'), { recursive: true });
    const version = require('../../package.json').version;
    const files = [];
    const addFile = (rel, bytes, type, extra = {}) => {
        const full = path.join(dir, rel);
        mkdirSync(path.dirname(full), { recursive: true });
        writeFileSync(full, bytes);
        files.push({ '@id': rel, '@type': 'File', encodingFormat: type, contentSize: String(Buffer.byteLength(bytes)), sha256: sha256(bytes), ...extra });
    };
    let mainEntity;
    if (options.notebookFile) {
        mainEntity = path.basename(options.notebookFile);
        addFile(mainEntity, readFileSync(options.notebookFile), 'application/x-ipynb+json', { name: 'The notebook that made these runs' });
    }
    for (const run of runs)
        addFile(`lineage/runs/${run.id}.json`, JSON.stringify(run, null, 2), 'application/json', { name: `Lineage record of run ${run.id}` });
    const contextual = [];
    const seen = new Set();
    const actions = runs.map(run => {
        const object = run.inputs.map(input => {
            if (!seen.has(input.hash)) {
                seen.add(input.hash);
                contextual.push({ '@id': dataId(input.hash), '@type': 'Dataset', name: input.name, identifier: `sha256:${input.hash}`, sha256: input.hash, description: `Schema: ${JSON.stringify(input.schema)}` });
            }
            return { '@id': dataId(input.hash) };
        });
        const result = run.outputs.map(output => {
            const bytes = output.stored ? store.getArtifact(output.hash) : undefined;
            const id = bytes ? `artifacts/${output.hash}` : dataId(output.hash);
            if (!seen.has(id)) {
                seen.add(id);
                if (bytes)
                    addFile(id, Buffer.from(bytes), output.media_type, { name: output.name });
                else
                    contextual.push({ '@id': id, '@type': 'Dataset', name: output.name, identifier: `sha256:${output.hash}`, sha256: output.hash, encodingFormat: output.media_type });
            }
            return { '@id': id };
        });
        return {
            '@id': runId(run.id),
            '@type': 'CreateAction',
            name: `${run.name} (run ${run.id})`,
            identifier: run.id,
            instrument: { '@id': SOFTWARE },
            object,
            result,
            startTime: run.started_at,
            endTime: run.ended_at,
            actionStatus: { '@id': run.status === 'ok' ? 'http://schema.org/CompletedActionStatus' : 'http://schema.org/FailedActionStatus' },
            ...(run.error ? { error: `${run.error.name}: ${run.error.message}` } : {}),
            description: `parameters ${JSON.stringify(run.params)}`
        };
    });
    const prov = JSON.stringify(provDocument(runs, version), null, 2);
    addFile('prov.json', prov, 'application/json', { name: 'W3C PROV-JSON of these runs', conformsTo: { '@id': 'https://www.w3.org/submissions/prov-json/' } });
    const graph = [
        { '@id': 'ro-crate-metadata.json', '@type': 'CreativeWork', conformsTo: { '@id': RO_CRATE_SPEC }, about: { '@id': './' } },
        {
            '@id': './',
            '@type': 'Dataset',
            name: options.name ?? `GenHealth lineage of ${mainEntity ?? `${runs.length} runs`}`,
            description: 'Runs recorded by GenHealth Lab, with their inputs (by hash and schema) and outputs.',
            datePublished: new Date().toISOString(),
            conformsTo: [{ '@id': PROCESS_RUN_CRATE }],
            ...(mainEntity ? { mainEntity: { '@id': mainEntity } } : {}),
            hasPart: files.map(f => ({ '@id': f['@id'] })),
            mentions: actions.map(a => ({ '@id': a['@id'] }))
        },
        { '@id': PROCESS_RUN_CRATE, '@type': 'CreativeWork', name: 'Process Run Crate', version: '0.5' },
        { '@id': SOFTWARE, '@type': 'SoftwareApplication', name: 'GenHealth Lab (genhealth)', softwareVersion: version, version },
        ...files,
        ...actions,
        ...contextual
    ];
    writeFileSync(path.join(dir, 'ro-crate-metadata.json'), JSON.stringify({ '@context': 'https://w3id.org/ro/crate/1.1/context', '@graph': graph }, null, 2));
    return { dir, files: ['ro-crate-metadata.json', ...files.map(f => f['@id'])] };
}
/** Reads a crate written by writeCrate, checking every file's presence and sha256 first. */
export function readCrate(dir) {
    const metaFile = path.join(dir, 'ro-crate-metadata.json');
    if (!existsSync(metaFile))
        throw new LineageError(`${dir} is not an RO-Crate: ro-crate-metadata.json is missing`);
    let graph;
    try {
        graph = JSON.parse(readFileSync(metaFile, 'utf8'))['@graph'];
    }
    catch (e) {
        throw new LineageError(`${metaFile} is not valid JSON: ${e.message}`);
    }
    const problems = [];
    for (const f of graph.filter(e => e['@type'] === 'File' && typeof e.sha256 === 'string')) {
        const file = path.join(dir, f['@id']);
        if (!existsSync(file))
            problems.push(`${f['@id']} is missing`);
        else {
            const actual = sha256(readFileSync(file));
            if (actual !== f.sha256)
                problems.push(`${f['@id']} was altered: sha256 ${actual}, the crate says ${f.sha256}`);
        }
    }
    if (problems.length)
        throw new LineageError(`the crate ${dir} does not match its metadata: ${problems.join('; ')}`);
    const root = graph.find(e => e['@id'] === './');
    const notebook = root?.mainEntity?.['@id'];
    if (!notebook)
        throw new LineageError(`the crate ${dir} names no notebook (mainEntity): it cannot be re-executed`);
    const runs = graph
        .filter(e => e['@type'] === 'File' && e['@id'].startsWith('lineage/runs/'))
        .map(e => JSON.parse(readFileSync(path.join(dir, e['@id']), 'utf8')));
    return { notebook, runs };
}
//# sourceMappingURL=export.js.map