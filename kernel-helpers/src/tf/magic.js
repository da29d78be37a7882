/** %backend: which TensorFlow.js backend this kernel runs, on what device, and why. */
import { escapeHtml, htmlTable, textTable } from '../display/bundle';
import { registerMagic } from '../magics/registry';
import { tfBackend } from './backend';
export function formatBackend(info) {
    const versions = Object.entries(info.versions).map(([k, v]) => `${k} ${v}`).join(', ');
    const columns = ['backend', 'package', 'status', 'why'];
    const rows = info.candidates.map(c => [c.backend, c.package, c.status, c.reason]);
    const head = [
        `TensorFlow.js backend: ${info.backend}${info.forcedBy ? ` (${info.forcedBy})` : ''}`,
        `Device: ${info.device}`,
        `Versions: ${versions}`,
        `Initialised in ${info.initMs} ms`
    ];
    return {
        text: `${head.join('\n')}\n\nCandidates, in order of preference:\n${textTable(columns, rows)}`,
        html: `<div class="jp-GenHealthBackend"><p><strong>TensorFlow.js backend: ${escapeHtml(info.backend)}</strong>` +
            `${info.forcedBy ? ` (${escapeHtml(info.forcedBy)})` : ''}<br>Device: ${escapeHtml(info.device)}<br>` +
            `Versions: ${escapeHtml(versions)}</p>${htmlTable(columns, rows, 'Candidates, in order of preference')}</div>`
    };
}
export function registerBackendMagic() {
    registerMagic({
        name: 'backend',
        kind: 'line',
        summary: 'Show the TensorFlow.js backend, its device and versions.',
        doc: 'The kernel chooses a backend once: @tensorflow/tfjs-node-gpu if it loads, else @tensorflow/tfjs-node, ' +
            'else the WebAssembly backend, else plain JavaScript (cpu). GENHEALTH_TF_BACKEND=tensorflow|wasm|cpu forces ' +
            'one. This shows the choice, the device, the versions and why the other candidates were not used.',
        examples: ['%backend', '%backend out=info'],
        records: false,
        async run() {
            const info = await tfBackend();
            const { text, html } = formatBackend(info);
            return { value: info, bundle: { 'text/plain': text, 'text/html': html }, valueType: 'import("genhealth").BackendInfo' };
        }
    });
}
//# sourceMappingURL=magic.js.map