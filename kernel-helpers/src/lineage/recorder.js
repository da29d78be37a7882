/**
 * Turns what a magic or tracked function did into a RunRecord and saves it: hashes and schemas of
 * inputs and outputs (never rows), parents from the store, environment from the context providers,
 * output bytes content-addressed when the capability offers them.
 */
import { newRunId } from './run-id';
import { describeData, sha256 } from './hash';
import { environmentOf } from './context';
import { SCHEMA_VERSION } from './record';
const SEED = /seed/i;
function seedsOf(params) {
    return Object.fromEntries(Object.entries(params).filter(([k, v]) => SEED.test(k) && typeof v === 'number'));
}
function cellOf(cell, redactBody) {
    const hash = sha256(cell.source);
    if (!redactBody)
        return { source: cell.source, sha256: hash, id: cell.id };
    const [first, ...rest] = cell.source.split('\n');
    return { source: `${first}\n<cell body of ${rest.length} lines not stored: it is data>`, sha256: hash, id: cell.id, redacted_body: true };
}
function outputRef(store, out) {
    if (out.bytes) {
        const hash = sha256(out.bytes);
        const stored = store.putArtifact(hash, out.bytes);
        return {
            name: out.name,
            hash,
            media_type: out.mediaType ?? 'application/octet-stream',
            size: out.bytes.byteLength,
            stored,
            ...(stored ? {} : { not_stored_reason: 'larger than the artifact size cap (GENHEALTH_ARTIFACT_MAX_BYTES)' })
        };
    }
    const d = describeData(out.value);
    return {
        name: out.name,
        hash: d.hash,
        media_type: out.mediaType ?? `application/vnd.genhealth.${d.schema.kind}`,
        size: d.bytes,
        schema: d.schema,
        stored: false,
        not_stored_reason: 'in-memory value: recorded by hash and schema only'
    };
}
/** Builds the record of a finished run and saves it. */
export function recordRun(store, run) {
    const inputs = (run.inputs ?? []).map(i => {
        const d = describeData(i.value);
        return { name: i.name, hash: d.hash, schema: d.schema, ...(i.variable ? { variable: i.variable } : {}) };
    });
    const outputs = (run.outputs ?? []).map(o => outputRef(store, o));
    const error = run.error === undefined ? undefined : run.error instanceof Error ? { name: run.error.name, message: run.error.message } : { name: 'Error', message: String(run.error) };
    const record = {
        schema_version: SCHEMA_VERSION,
        id: run.id ?? newRunId(run.startedAt.getTime()),
        kind: run.kind,
        name: run.name,
        params: run.params,
        seeds: seedsOf(run.params),
        ...(run.cell ? { cell: cellOf(run.cell, run.redactBody ?? false), notebook: run.cell.notebook, session: run.cell.session } : {}),
        started_at: run.startedAt.toISOString(),
        ended_at: run.endedAt.toISOString(),
        duration_ms: run.endedAt.getTime() - run.startedAt.getTime(),
        status: error ? 'error' : 'ok',
        ...(error ? { error } : {}),
        environment: environmentOf(),
        inputs,
        outputs,
        metrics: run.metrics ?? {},
        parents: store.parentsOf(inputs.map(i => i.hash)),
        tags: run.tags ?? {}
    };
    store.record(record);
    return record;
}
//# sourceMappingURL=recorder.js.map