/**
 * A small client of the MLflow tracking server's REST API 2.0 (the npm packages that claim to be
 * MLflow clients call endpoints MLflow 2 removed). Every request goes through `call`, the one I/O
 * choke point, which turns network failures and error replies into MlflowError with the server's
 * error code.
 */
export class MlflowError extends Error {
    status;
    code;
    constructor(message, status, code) {
        super(message);
        this.status = status;
        this.code = code;
        this.name = 'MlflowError';
    }
}
/** Limits of runs/log-batch (MLflow REST API docs). */
export const LOG_BATCH_LIMITS = { params: 100, metrics: 1000, entities: 1000, keyLength: 250, paramValueLength: 6000, tagValueLength: 5000 };
export class MlflowClient {
    baseUrl;
    timeoutMs;
    constructor(baseUrl, timeoutMs = 15_000) {
        this.baseUrl = baseUrl;
        this.timeoutMs = timeoutMs;
        this.baseUrl = baseUrl.replace(/\/+$/, '');
    }
    async call(method, endpoint, body, raw) {
        const url = `${this.baseUrl}${endpoint}`;
        let response;
        try {
            response = await fetch(url, {
                method,
                headers: raw ? { 'Content-Type': 'application/octet-stream' } : body === undefined ? {} : { 'Content-Type': 'application/json' },
                body: raw ?? (body === undefined ? undefined : JSON.stringify(body)),
                signal: AbortSignal.timeout(this.timeoutMs)
            });
        }
        catch (e) {
            const cause = e.cause;
            throw new MlflowError(`cannot reach the MLflow server at ${this.baseUrl}: ${cause?.code ?? cause?.message ?? e.message}`);
        }
        let text;
        try {
            text = await response.text();
        }
        catch (e) {
            // The server went away while it was answering.
            throw new MlflowError(`the connection to the MLflow server at ${this.baseUrl} was lost: ${e.message}`);
        }
        if (!response.ok) {
            let code;
            let message = text.slice(0, 300);
            try {
                const parsed = JSON.parse(text);
                code = parsed.error_code;
                message = parsed.message ?? message;
            }
            catch {
                // not JSON: keep the text
            }
            throw new MlflowError(`MLflow ${method} ${endpoint} failed (${response.status}${code ? ` ${code}` : ''}): ${message}`, response.status, code);
        }
        if (raw !== undefined || method === 'PUT')
            return undefined;
        return (text ? JSON.parse(text) : {});
    }
    async experimentId(name) {
        const get = () => this.call('GET', `/api/2.0/mlflow/experiments/get-by-name?experiment_name=${encodeURIComponent(name)}`);
        try {
            return (await get()).experiment.experiment_id;
        }
        catch (e) {
            if (e.code !== 'RESOURCE_DOES_NOT_EXIST')
                throw e;
        }
        try {
            return (await this.call('POST', '/api/2.0/mlflow/experiments/create', { name })).experiment_id;
        }
        catch (e) {
            if (e.code !== 'RESOURCE_ALREADY_EXISTS')
                throw e;
            return (await get()).experiment.experiment_id; // created by another writer meanwhile
        }
    }
    async createRun(experimentId, runName, startTime, tags) {
        const reply = await this.call('POST', '/api/2.0/mlflow/runs/create', { experiment_id: experimentId, run_name: runName, start_time: startTime, tags });
        return reply.run.info;
    }
    async getRun(runId) {
        return (await this.call('GET', `/api/2.0/mlflow/runs/get?run_id=${encodeURIComponent(runId)}`)).run;
    }
    async searchRuns(experimentIds, filter, maxResults = 1000, pageToken) {
        const reply = await this.call('POST', '/api/2.0/mlflow/runs/search', {
            experiment_ids: experimentIds,
            filter,
            max_results: maxResults,
            ...(pageToken ? { page_token: pageToken } : {})
        });
        return { runs: reply.runs ?? [], next_page_token: reply.next_page_token };
    }
    /** Logs params, metrics and tags in as many log-batch calls as the limits need. */
    async logBatch(runId, params, metrics, tags) {
        let calls = 0;
        let p = 0;
        let m = 0;
        let t = 0;
        while (p < params.length || m < metrics.length || t < tags.length) {
            const batchParams = params.slice(p, p + LOG_BATCH_LIMITS.params);
            const room = LOG_BATCH_LIMITS.entities - batchParams.length;
            const batchMetrics = metrics.slice(m, m + Math.min(LOG_BATCH_LIMITS.metrics, room));
            const batchTags = tags.slice(t, t + (room - batchMetrics.length));
            await this.call('POST', '/api/2.0/mlflow/runs/log-batch', { run_id: runId, params: batchParams, metrics: batchMetrics, tags: batchTags });
            p += batchParams.length;
            m += batchMetrics.length;
            t += batchTags.length;
            calls++;
        }
        return calls;
    }
    async logInputs(runId, datasets) {
        if (datasets.length)
            await this.call('POST', '/api/2.0/mlflow/runs/log-inputs', { run_id: runId, datasets });
    }
    async updateRun(runId, status, endTime) {
        await this.call('POST', '/api/2.0/mlflow/runs/update', { run_id: runId, status, end_time: endTime });
    }
    /** Path of an artifact under the mlflow-artifacts proxy, from a run's artifact_uri. */
    artifactPath(artifactUri, name) {
        const m = /^mlflow-artifacts:(?:\/\/[^/]*)?\/(.*)$/.exec(artifactUri);
        if (!m) {
            throw new MlflowError(`the MLflow server stores artifacts at ${artifactUri}, which GenHealth cannot reach over HTTP; start it with --serve-artifacts (the default since MLflow 2)`);
        }
        return `/api/2.0/mlflow-artifacts/artifacts/${m[1].split('/').map(encodeURIComponent).join('/')}/${name.split('/').map(encodeURIComponent).join('/')}`;
    }
    async uploadArtifact(artifactUri, name, bytes) {
        await this.call('PUT', this.artifactPath(artifactUri, name), undefined, bytes);
    }
    async downloadArtifact(artifactUri, name) {
        const url = `${this.baseUrl}${this.artifactPath(artifactUri, name)}`;
        let response;
        try {
            response = await fetch(url, { signal: AbortSignal.timeout(this.timeoutMs) });
        }
        catch (e) {
            throw new MlflowError(`cannot reach the MLflow server at ${this.baseUrl}: ${e.message}`);
        }
        if (!response.ok)
            throw new MlflowError(`MLflow artifact ${name} not found (${response.status})`, response.status);
        try {
            return new Uint8Array(await response.arrayBuffer());
        }
        catch (e) {
            throw new MlflowError(`the connection to the MLflow server at ${this.baseUrl} was lost: ${e.message}`);
        }
    }
}
//# sourceMappingURL=client.js.map