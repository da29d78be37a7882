/**
 * Sends lineage runs to an MLflow tracking server. The local store stays the record; MLflow gets a
 * copy: one MLflow run per GenHealth run, tagged `genhealth.run_id`, with parameters, metrics,
 * inputs (dataset digests), the full record and kept artifacts as artifacts, and the final status.
 * Idempotent: a run already on the server (found by its tag) is completed, never duplicated; a
 * run that could not go out (server down) stays pending in the local store and goes next time.
 */
import { createHash } from 'node:crypto';
import { LOG_BATCH_LIMITS, MlflowClient, MlflowError } from './client';
export const RUN_ID_TAG = 'genhealth.run_id';
const SYNCED_TAG = 'genhealth.synced';
const clip = (text, max) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);
const key = (k) => clip(k, LOG_BATCH_LIMITS.keyLength);
function flattenParams(value, prefix, out) {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        for (const [k, v] of Object.entries(value))
            flattenParams(v, prefix ? `${prefix}.${k}` : k, out);
    }
    else {
        out.push({ key: key(prefix), value: clip(typeof value === 'string' ? value : JSON.stringify(value), LOG_BATCH_LIMITS.paramValueLength) });
    }
}
/** The sync target's name in the local store (one marker folder per server). */
export function targetOf(uri) {
    return `mlflow-${createHash('sha256').update(uri).digest('hex').slice(0, 12)}`;
}
export class MlflowSync {
    client;
    experiment;
    experimentId;
    constructor(client, experiment = process.env.GENHEALTH_MLFLOW_EXPERIMENT || 'genhealth') {
        this.client = client;
        this.experiment = experiment;
    }
    async experimentIdOnce() {
        this.experimentId ??= await this.client.experimentId(this.experiment);
        return this.experimentId;
    }
    /** Sends one run; returns false when it was already complete on the server. */
    async push(run, store) {
        const experimentId = await this.experimentIdOnce();
        const found = (await this.client.searchRuns([experimentId], `tags.\`${RUN_ID_TAG}\` = '${run.id}'`, 1)).runs[0];
        if (found?.data.tags?.some(t => t.key === SYNCED_TAG && t.value === 'true'))
            return { created: false, mlflowRunId: found.info.run_id };
        const tags = [
            { key: RUN_ID_TAG, value: run.id },
            { key: 'mlflow.runName', value: `${run.name} …${run.id.slice(-8)}` },
            { key: 'genhealth.name', value: run.name },
            { key: 'genhealth.kind', value: run.kind },
            { key: 'genhealth.status', value: run.status },
            ...(run.notebook ? [{ key: 'mlflow.source.name', value: run.notebook }, { key: 'mlflow.source.type', value: 'NOTEBOOK' }, { key: 'genhealth.notebook', value: run.notebook }] : []),
            ...(run.session ? [{ key: 'genhealth.session', value: run.session }] : []),
            ...(run.cell ? [{ key: 'genhealth.cell_sha256', value: run.cell.sha256 }] : []),
            { key: 'genhealth.parents', value: clip(run.parents.join(','), LOG_BATCH_LIMITS.tagValueLength) },
            { key: 'genhealth.outputs', value: clip(run.outputs.map(o => o.hash).join(','), LOG_BATCH_LIMITS.tagValueLength) },
            { key: 'genhealth.environment', value: clip(JSON.stringify(run.environment), LOG_BATCH_LIMITS.tagValueLength) },
            ...(run.error ? [{ key: 'genhealth.error', value: clip(`${run.error.name}: ${run.error.message}`, LOG_BATCH_LIMITS.tagValueLength) }] : [])
        ];
        const info = found?.info ?? (await this.client.createRun(experimentId, `${run.name} …${run.id.slice(-8)}`, Date.parse(run.started_at), tags.slice(0, 2)));
        const params = [];
        flattenParams(run.params, '', params);
        const timestamp = Date.parse(run.ended_at);
        const metrics = [
            ...Object.entries(run.metrics).map(([k, value]) => ({ key: key(k), value, timestamp, step: 0 })),
            { key: 'genhealth.duration_ms', value: run.duration_ms, timestamp, step: 0 }
        ];
        // A run found half-synced already has its metrics: log them once only.
        const hasMetrics = (found?.data.metrics?.length ?? 0) > 0;
        await this.client.logBatch(info.run_id, params, hasMetrics ? [] : metrics, tags);
        await this.client.logInputs(info.run_id, run.inputs.map(input => ({
            dataset: {
                name: clip(input.variable ?? input.name, 500),
                digest: input.hash.slice(0, 36),
                source_type: 'genhealth',
                source: JSON.stringify({ sha256: input.hash, input: input.name, run: run.id }),
                schema: clip(JSON.stringify(input.schema), 1_000_000)
            },
            tags: [{ key: 'mlflow.data.context', value: input.name }]
        })));
        await this.client.uploadArtifact(info.artifact_uri, 'genhealth-run.json', Buffer.from(JSON.stringify(run, null, 2)));
        for (const output of run.outputs.filter(o => o.stored)) {
            const bytes = store.getArtifact(output.hash);
            if (bytes)
                await this.client.uploadArtifact(info.artifact_uri, `outputs/${output.name}-${output.hash.slice(0, 12)}`, bytes);
        }
        await this.client.updateRun(info.run_id, run.status === 'ok' ? 'FINISHED' : 'FAILED', timestamp);
        await this.client.logBatch(info.run_id, [], [], [{ key: SYNCED_TAG, value: 'true' }]);
        return { created: !found, mlflowRunId: info.run_id };
    }
}
/** Sends every run of the local store that this server has not confirmed yet, oldest first. */
export async function syncPending(store, uri, options = {}) {
    const target = targetOf(uri);
    const sync = new MlflowSync(new MlflowClient(uri), options.experiment);
    const report = { uri, experiment: sync.experiment, synced: 0, alreadyThere: 0, pending: 0 };
    const pending = store.list({ newestFirst: false }).filter(r => !store.isSynced(target, r.id));
    for (let i = 0; i < pending.length; i++) {
        try {
            const { created, mlflowRunId } = await sync.push(store.getRun(pending[i].id), store);
            store.markSynced(target, pending[i].id, mlflowRunId);
            if (created)
                report.synced++;
            else
                report.alreadyThere++;
        }
        catch (e) {
            if (!(e instanceof MlflowError))
                throw e;
            report.pending = pending.length - i;
            report.error = e.message;
            break;
        }
    }
    return report;
}
//# sourceMappingURL=sync.js.map