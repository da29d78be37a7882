/**
 * A small client of the MLflow tracking server's REST API 2.0 (the npm packages that claim to be
 * MLflow clients call endpoints MLflow 2 removed). Every request goes through `call`, the one I/O
 * choke point, which turns network failures and error replies into MlflowError with the server's
 * error code.
 */

export class MlflowError extends Error {
  constructor(
    message: string,
    readonly status?: number,
    readonly code?: string
  ) {
    super(message);
    this.name = 'MlflowError';
  }
}

/** Limits of runs/log-batch (MLflow REST API docs). */
export const LOG_BATCH_LIMITS = { params: 100, metrics: 1000, entities: 1000, keyLength: 250, paramValueLength: 6000, tagValueLength: 5000 };

export interface KeyValue {
  key: string;
  value: string;
}

export interface Metric {
  key: string;
  value: number;
  timestamp: number;
  step: number;
}

export interface MlflowRun {
  info: { run_id: string; experiment_id: string; status: string; artifact_uri: string; end_time?: number };
  data: { params?: KeyValue[]; metrics?: Metric[]; tags?: KeyValue[] };
  inputs?: { dataset_inputs?: { dataset: Record<string, string> }[] };
}

export class MlflowClient {
  constructor(
    readonly baseUrl: string,
    private readonly timeoutMs = 15_000
  ) {
    this.baseUrl = baseUrl.replace(/\/+$/, '');
  }

  async call<T>(method: 'GET' | 'POST' | 'PUT', endpoint: string, body?: unknown, raw?: Uint8Array): Promise<T> {
    const url = `${this.baseUrl}${endpoint}`;
    let response: Response;
    try {
      response = await fetch(url, {
        method,
        headers: raw ? { 'Content-Type': 'application/octet-stream' } : body === undefined ? {} : { 'Content-Type': 'application/json' },
        body: raw ?? (body === undefined ? undefined : JSON.stringify(body)),
        signal: AbortSignal.timeout(this.timeoutMs)
      });
    } catch (e) {
      const cause = (e as { cause?: { code?: string; message?: string } }).cause;
      throw new MlflowError(`cannot reach the MLflow server at ${this.baseUrl}: ${cause?.code ?? cause?.message ?? (e as Error).message}`);
    }
    let text: string;
    try {
      text = await response.text();
    } catch (e) {
      // The server went away while it was answering.
      throw new MlflowError(`the connection to the MLflow server at ${this.baseUrl} was lost: ${(e as Error).message}`);
    }
    if (!response.ok) {
      let code: string | undefined;
      let message = text.slice(0, 300);
      try {
        const parsed = JSON.parse(text) as { error_code?: string; message?: string };
        code = parsed.error_code;
        message = parsed.message ?? message;
      } catch {
        // not JSON: keep the text
      }
      throw new MlflowError(`MLflow ${method} ${endpoint} failed (${response.status}${code ? ` ${code}` : ''}): ${message}`, response.status, code);
    }
    if (raw !== undefined || method === 'PUT') return undefined as T;
    return (text ? JSON.parse(text) : {}) as T;
  }

  async experimentId(name: string): Promise<string> {
    const get = () =>
      this.call<{ experiment: { experiment_id: string } }>('GET', `/api/2.0/mlflow/experiments/get-by-name?experiment_name=${encodeURIComponent(name)}`);
    try {
      return (await get()).experiment.experiment_id;
    } catch (e) {
      if ((e as MlflowError).code !== 'RESOURCE_DOES_NOT_EXIST') throw e;
    }
    try {
      return (await this.call<{ experiment_id: string }>('POST', '/api/2.0/mlflow/experiments/create', { name })).experiment_id;
    } catch (e) {
      if ((e as MlflowError).code !== 'RESOURCE_ALREADY_EXISTS') throw e;
      return (await get()).experiment.experiment_id; // created by another writer meanwhile
    }
  }

  async createRun(experimentId: string, runName: string, startTime: number, tags: KeyValue[]): Promise<MlflowRun['info']> {
    const reply = await this.call<{ run: MlflowRun }>('POST', '/api/2.0/mlflow/runs/create', { experiment_id: experimentId, run_name: runName, start_time: startTime, tags });
    return reply.run.info;
  }

  async getRun(runId: string): Promise<MlflowRun> {
    return (await this.call<{ run: MlflowRun }>('GET', `/api/2.0/mlflow/runs/get?run_id=${encodeURIComponent(runId)}`)).run;
  }

  async searchRuns(experimentIds: string[], filter: string, maxResults = 1000, pageToken?: string): Promise<{ runs: MlflowRun[]; next_page_token?: string }> {
    const reply = await this.call<{ runs?: MlflowRun[]; next_page_token?: string }>('POST', '/api/2.0/mlflow/runs/search', {
      experiment_ids: experimentIds,
      filter,
      max_results: maxResults,
      ...(pageToken ? { page_token: pageToken } : {})
    });
    return { runs: reply.runs ?? [], next_page_token: reply.next_page_token };
  }

  /** Logs params, metrics and tags in as many log-batch calls as the limits need. */
  async logBatch(runId: string, params: KeyValue[], metrics: Metric[], tags: KeyValue[]): Promise<number> {
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

  async logInputs(runId: string, datasets: { dataset: Record<string, string>; tags?: KeyValue[] }[]): Promise<void> {
    if (datasets.length) await this.call('POST', '/api/2.0/mlflow/runs/log-inputs', { run_id: runId, datasets });
  }

  async updateRun(runId: string, status: 'FINISHED' | 'FAILED', endTime: number): Promise<void> {
    await this.call('POST', '/api/2.0/mlflow/runs/update', { run_id: runId, status, end_time: endTime });
  }

  /** Path of an artifact under the mlflow-artifacts proxy, from a run's artifact_uri. */
  private artifactPath(artifactUri: string, name: string): string {
    const m = /^mlflow-artifacts:(?:\/\/[^/]*)?\/(.*)$/.exec(artifactUri);
    if (!m) {
      throw new MlflowError(
        `the MLflow server stores artifacts at ${artifactUri}, which GenHealth cannot reach over HTTP; start it with --serve-artifacts (the default since MLflow 2)`
      );
    }
    return `/api/2.0/mlflow-artifacts/artifacts/${m[1].split('/').map(encodeURIComponent).join('/')}/${name.split('/').map(encodeURIComponent).join('/')}`;
  }

  async uploadArtifact(artifactUri: string, name: string, bytes: Uint8Array): Promise<void> {
    await this.call('PUT', this.artifactPath(artifactUri, name), undefined, bytes);
  }

  async downloadArtifact(artifactUri: string, name: string): Promise<Uint8Array> {
    const url = `${this.baseUrl}${this.artifactPath(artifactUri, name)}`;
    let response: Response;
    try {
      response = await fetch(url, { signal: AbortSignal.timeout(this.timeoutMs) });
    } catch (e) {
      throw new MlflowError(`cannot reach the MLflow server at ${this.baseUrl}: ${(e as Error).message}`);
    }
    if (!response.ok) throw new MlflowError(`MLflow artifact ${name} not found (${response.status})`, response.status);
    try {
      return new Uint8Array(await response.arrayBuffer());
    } catch (e) {
      throw new MlflowError(`the connection to the MLflow server at ${this.baseUrl} was lost: ${(e as Error).message}`);
    }
  }
}
