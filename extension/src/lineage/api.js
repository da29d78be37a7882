/** The lineage panel's one I/O choke point: the server extension at /genhealth/lineage. */
import { URLExt } from '@jupyterlab/coreutils';
import { ServerConnection } from '@jupyterlab/services';
export class LineageRequestError extends Error {
}
export async function requestLineage(command, query, body) {
    const settings = ServerConnection.makeSettings();
    const search = new URLSearchParams(query).toString();
    const url = URLExt.join(settings.baseUrl, 'genhealth', 'lineage', command) + (search ? `?${search}` : '');
    const response = await ServerConnection.makeRequest(url, body ? { method: 'POST', body: JSON.stringify(body) } : {}, settings);
    const text = await response.text();
    let data;
    try {
        data = text ? JSON.parse(text) : {};
    }
    catch {
        data = { message: text };
    }
    if (!response.ok)
        throw new LineageRequestError(data.message ?? `lineage ${command} failed (${response.status})`);
    return data;
}
//# sourceMappingURL=api.js.map