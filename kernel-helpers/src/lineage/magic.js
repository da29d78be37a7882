/** %lineage / %%lineage: list, show, diff and graph of the recorded runs; and the same as functions. */
import path from 'node:path';
import { textBundle } from '../display/bundle';
import { registerMagic } from '../magics/registry';
import { exportNotebookCrate } from './crate';
import { lineageBundle } from './bundle';
import { diffRuns } from './diff';
import { lineageGraph } from './graph';
import { LineageError } from './hash';
import { lineage } from './session';
export async function lineageList(filter = {}) {
    return (await lineage().store()).list(filter);
}
export async function lineageShow(id) {
    return (await lineage().store()).getRun(id);
}
export async function lineageDiff(a, b, options = {}) {
    const store = await lineage().store();
    return diffRuns(store.getRun(a), store.getRun(b), options);
}
export async function lineageGraphOf(filter = {}) {
    const store = await lineage().store();
    const focus = filter.focus ? store.getRun(filter.focus).id : undefined;
    return lineageGraph(store.list({ ...filter, limit: focus ? undefined : filter.limit }), focus);
}
const COMMANDS = ['list', 'show', 'diff', 'graph', 'export', 'sync'];
export function registerLineageMagic() {
    registerMagic({
        name: 'lineage',
        kind: 'line+cell',
        summary: 'List, show, compare and graph the recorded runs.',
        doc: 'Every magic run (and every call of a track()-ed function) is recorded in $GENHEALTH_HOME (default .genhealth/ ' +
            'beside the notebook): parameters, seeds, cell, environment, input hashes and schemas (never rows), outputs, ' +
            'metrics and parent runs. `list` filters and lists them (newest first); `show <id>` shows one run (an id ' +
            'prefix of 4+ characters is enough); `diff <a> <b>` shows what differs between two runs of one notebook; ' +
            '`graph [id]` shows the DAG of runs and artifacts (around one run when given); `export dir=<folder>` writes ' +
            "this notebook's latest recorded session as an RO-Crate with PROV-JSON, which `npx genhealth reproduce <folder>` " +
            're-executes and checks; `sync` sends the runs an MLflow server has not confirmed yet (uri=, or ' +
            'GENHEALTH_MLFLOW_URI, which also syncs after every run in the background).',
        positional: [
            { name: 'command', required: true, spec: { type: 'enum', values: COMMANDS, doc: 'What to do.' } },
            { name: 'a', spec: { type: 'string', doc: 'A run id (show, diff, graph).' } },
            { name: 'b', spec: { type: 'string', doc: 'The second run id (diff).' } }
        ],
        options: {
            notebook: { type: 'string', doc: 'Only runs of this notebook (list, graph).' },
            name: { type: 'string', doc: 'Only runs of this magic or function (list, graph).' },
            status: { type: 'enum', values: ['ok', 'error'], doc: 'Only runs with this status (list).' },
            limit: { type: 'integer', min: 1, max: 100000, default: 50, doc: 'At most this many runs, newest first (list, graph).' },
            across: { type: 'boolean', default: false, doc: 'Let diff compare runs of different notebooks.' },
            dir: { type: 'string', doc: 'Folder for export: a new RO-Crate (Process Run Crate 0.5) with PROV-JSON.' },
            uri: { type: 'string', doc: 'MLflow tracking server for sync (default: GENHEALTH_MLFLOW_URI).' },
            experiment: { type: 'string', doc: 'MLflow experiment for sync (default: GENHEALTH_MLFLOW_EXPERIMENT or "genhealth").' }
        },
        records: false,
        examples: ['%lineage list', '%lineage list name=table status=ok limit=10', '%lineage show 01a2b3c4', '%lineage diff 01a2b3c4 01a2b3d9', '%lineage graph', '%lineage export dir=crate', '%lineage sync uri=http://127.0.0.1:5000'],
        async run(call, ctx) {
            const command = call.args.command;
            const { a, b } = call.args;
            const { notebook, name, status, limit, across, dir, uri, experiment } = call.options;
            const need = (id, what) => {
                if (!id)
                    throw new LineageError(`%lineage ${command} needs ${what}. Try %lineage list to see run ids.`);
                return id;
            };
            let view;
            let value;
            switch (command) {
                case 'list':
                    value = await lineageList({ notebook, name, status: status, limit });
                    view = { view: 'list', runs: value };
                    break;
                case 'show':
                    value = await lineageShow(need(a, 'a run id'));
                    view = { view: 'run', run: value };
                    break;
                case 'diff': {
                    const [idA, idB] = [need(a, 'two run ids'), need(b, 'two run ids')];
                    value = await lineageDiff(idA, idB, { acrossNotebooks: across });
                    view = { view: 'diff', a: idA, b: idB, differences: value };
                    break;
                }
                case 'graph':
                    value = await lineageGraphOf({ notebook, name, limit, focus: a });
                    view = { view: 'graph', graph: value };
                    break;
                case 'export': {
                    if (!dir)
                        throw new LineageError('%lineage export needs dir=<new folder> for the crate.');
                    const file = notebook ?? process.env.JPY_SESSION_NAME;
                    if (!file)
                        throw new LineageError('%lineage export needs notebook=<file.ipynb>: this kernel was not told its notebook.');
                    const home = (await lineage().store()).location;
                    const { dir: written, files } = await exportNotebookCrate(path.resolve(path.basename(file)), dir, home);
                    const text = `Wrote an RO-Crate (Process Run Crate 0.5) with ${files.length} files to ${written}.\nReproduce it with: npx genhealth reproduce ${written}`;
                    return { value: written, bundle: textBundle(text) };
                }
                case 'sync': {
                    const target = uri ?? process.env.GENHEALTH_MLFLOW_URI;
                    if (!target)
                        throw new LineageError('%lineage sync needs uri=http://host:port (or GENHEALTH_MLFLOW_URI).');
                    const report = await lineage().sync(target, experiment);
                    const text = `MLflow ${report.uri}, experiment ${report.experiment}: ${report.synced} runs sent, ${report.alreadyThere} already there, ` +
                        `${report.pending} waiting${report.error ? ` — stopped: ${report.error}. They stay in the local store and go with the next sync.` : '.'}`;
                    return { value: report, bundle: textBundle(text) };
                }
            }
            return { value, bundle: lineageBundle(view, ctx.runId) };
        }
    });
}
//# sourceMappingURL=magic.js.map