/**
 * Executes a notebook headless on a fresh GenHealth kernel and records the outputs in nbformat 4,
 * as nbclient would: streams merged, displays updated in place by display_id, execution counts set.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { KernelClient } from './kernel-client';
export class CellExecutionError extends Error {
    cellIndex;
    ename;
    constructor(message, cellIndex, ename) {
        super(message);
        this.cellIndex = cellIndex;
        this.ename = ename;
        this.name = 'CellExecutionError';
    }
}
export const sourceOf = (cell) => (Array.isArray(cell.source) ? cell.source.join('') : cell.source);
export function readNotebook(file) {
    let nb;
    try {
        nb = JSON.parse(readFileSync(file, 'utf8'));
    }
    catch (e) {
        throw new Error(`cannot read notebook ${file}: ${e.message}`);
    }
    if (!Array.isArray(nb.cells) || nb.nbformat !== 4)
        throw new Error(`${file} is not an nbformat 4 notebook`);
    const kernel = nb.metadata?.kernelspec?.name;
    if (kernel && kernel !== 'genhealth') {
        throw new Error(`${file} runs on the '${kernel}' kernel; genhealth execute runs notebooks on the 'genhealth' kernel`);
    }
    return nb;
}
export function writeNotebook(file, nb) {
    writeFileSync(file, JSON.stringify(nb, null, 1) + '\n');
}
/** Appends one iopub message to a cell's outputs; returns the display_id it created, if any. */
function record(outputs, msg, displays) {
    const c = msg.content;
    switch (msg.header.msg_type) {
        case 'stream': {
            const last = outputs[outputs.length - 1];
            if (last?.output_type === 'stream' && last.name === c.name)
                last.text += c.text;
            else
                outputs.push({ output_type: 'stream', name: c.name, text: c.text });
            break;
        }
        case 'display_data': {
            outputs.push({ output_type: 'display_data', data: c.data, metadata: c.metadata ?? {} });
            const id = c.transient?.display_id;
            if (id)
                displays.set(id, [...(displays.get(id) ?? []), { outputs, index: outputs.length - 1 }]);
            break;
        }
        case 'update_display_data': {
            const id = c.transient?.display_id;
            for (const place of displays.get(id ?? '') ?? []) {
                place.outputs[place.index] = { output_type: 'display_data', data: c.data, metadata: c.metadata ?? {} };
            }
            break;
        }
        case 'execute_result':
            outputs.push({ output_type: 'execute_result', data: c.data, metadata: c.metadata ?? {}, execution_count: c.execution_count });
            break;
        case 'error':
            outputs.push({ output_type: 'error', ename: c.ename, evalue: c.evalue, traceback: c.traceback });
            break;
        case 'clear_output':
            outputs.length = 0;
            break;
    }
}
/**
 * Runs every code cell of `nb` (in place) in a kernel started in `cwd`. Stops at the first error
 * unless errors are allowed (globally or by the cell's raises-exception tag) and throws a
 * CellExecutionError naming the cell; the notebook keeps the outputs produced so far.
 */
export async function executeNotebook(nb, cwd, options = {}, notebookPath) {
    // As jupyter_server does: the kernel learns its notebook from JPY_SESSION_NAME (lineage records it).
    const env = { ...(options.env ?? process.env), ...(notebookPath ? { JPY_SESSION_NAME: notebookPath } : {}) };
    const kernel = await KernelClient.start({ cwd, env });
    const displays = new Map();
    try {
        const info = await kernel.kernelInfo();
        nb.metadata.kernelspec = { name: 'genhealth', display_name: 'GenHealth (TypeScript)', language: 'typescript' };
        nb.metadata.language_info = info.language_info;
        for (const cell of nb.cells)
            if (cell.cell_type === 'code')
                (cell.outputs = []), (cell.execution_count = null);
        for (let i = 0; i < nb.cells.length; i++) {
            const cell = nb.cells[i];
            if (cell.cell_type !== 'code')
                continue;
            const source = sourceOf(cell);
            const mayFail = options.allowErrors === true || (cell.metadata.tags ?? []).includes('raises-exception');
            const outputs = (cell.outputs = []);
            const started = Date.now();
            const run = kernel.execute(source, { stopOnError: !mayFail, cellId: cell.id, onOutput: msg => record(outputs, msg, displays) });
            const limit = (options.timeoutSeconds ?? 600) * 1000;
            let timer;
            const timedOut = new Promise(resolve => (timer = setTimeout(() => resolve('timeout'), limit)));
            const outcome = await Promise.race([run, timedOut]);
            clearTimeout(timer);
            const label = `cell ${i + 1}${cell.id ? ` (id ${cell.id})` : ''}: ${source.split('\n')[0].slice(0, 60)}`;
            if (outcome === 'timeout') {
                kernel.interrupt();
                await Promise.race([run.catch(() => undefined), new Promise(r => setTimeout(r, 5000))]);
                throw new CellExecutionError(`${label}\n  timed out after ${options.timeoutSeconds ?? 600} s`, i, 'Timeout');
            }
            cell.execution_count = outcome.reply.content.execution_count ?? null;
            const status = String(outcome.reply.content.status);
            options.onCell?.(i, cell, (Date.now() - started) / 1000, status);
            if (status === 'error' && !mayFail) {
                const { ename, evalue } = outcome.reply.content;
                throw new CellExecutionError(`${label}\n  ${ename}: ${evalue}`, i, ename);
            }
        }
        return nb;
    }
    finally {
        await kernel.shutdown();
    }
}
/** Reads, executes and (optionally) writes a notebook; the kernel runs in the notebook's folder. */
export async function executeNotebookFile(file, out, options = {}) {
    const nb = readNotebook(file);
    try {
        return await executeNotebook(nb, path.dirname(path.resolve(file)), options, path.basename(file));
    }
    finally {
        if (out)
            writeNotebook(out, nb);
    }
}
//# sourceMappingURL=notebook.js.map