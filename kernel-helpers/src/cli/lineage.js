/**
 * `genhealth lineage <list|show|diff|graph|export|reproduce|badges> --home <store> [...] --json`:
 * the store as JSON, for scripts and for the JupyterLab side panel's server extension.
 */
import { existsSync, readdirSync, readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { diffRuns } from '../lineage/diff';
import { exportNotebookCrate } from '../lineage/crate';
import { lineageGraph } from '../lineage/graph';
import { LineageError } from '../lineage/hash';
import { LocalStore } from '../lineage/local-store';
import { reproduceNotebook } from '../lineage/reproduce';
function badges(home) {
    const dir = path.join(home, 'reproductions');
    if (!existsSync(dir))
        return {};
    return Object.fromEntries(readdirSync(dir)
        .filter(n => n.endsWith('.json'))
        .map(n => [n.slice(0, -5), JSON.parse(readFileSync(path.join(dir, n), 'utf8'))]));
}
export async function lineageCommand(command, flags, positional) {
    const home = typeof flags['--home'] === 'string' ? path.resolve(flags['--home']) : undefined;
    if (!home)
        throw new LineageError('lineage needs --home <store folder>');
    if (!existsSync(home) && command !== 'list')
        throw new LineageError(`there is no lineage store at ${home}`);
    if (command === 'list' && !existsSync(home))
        return { location: home, runs: [], badges: {}, problems: [] };
    const store = await LocalStore.open(home);
    switch (command) {
        case 'list':
            return { location: store.location, runs: store.list(), badges: badges(home), problems: store.problems };
        case 'show':
            return store.getRun(positional[0]);
        case 'diff':
            return diffRuns(store.getRun(positional[0]), store.getRun(positional[1]), { acrossNotebooks: flags['--across'] === true });
        case 'graph': {
            const focus = positional[0] ? store.getRun(positional[0]).id : undefined;
            return lineageGraph(store.list(), focus);
        }
        case 'export': {
            const notebook = flags['--notebook'];
            const out = flags['-o'];
            if (typeof notebook !== 'string' || typeof out !== 'string')
                throw new LineageError('lineage export needs --notebook <file> and -o <folder>');
            return exportNotebookCrate(notebook, out, home);
        }
        case 'reproduce': {
            // Re-executes the run's notebook and keeps a verdict per recorded run (the panel's badges).
            const run = store.getRun(positional[0]);
            const notebook = flags['--notebook'];
            if (typeof notebook !== 'string')
                throw new LineageError('lineage reproduce needs --notebook <file> (the notebook of the run)');
            const report = await reproduceNotebook(notebook, { home });
            mkdirSync(path.join(home, 'reproductions'), { recursive: true });
            const at = new Date().toISOString();
            for (const c of report.comparisons) {
                const id = c.recorded?.id;
                if (id)
                    writeFileSync(path.join(home, 'reproductions', `${id}.json`), JSON.stringify({ verdict: c.verdict, detail: c.detail, at }));
            }
            const mine = report.comparisons.find(c => c.recorded?.id === run.id);
            return {
                run: run.id,
                verdict: mine?.verdict ?? 'missing',
                detail: mine?.detail ?? `run ${run.id} is not part of the latest recorded session of ${path.basename(notebook)}`,
                reproduced: report.reproduced,
                firstDivergence: report.firstDivergence ? { run: (report.firstDivergence.recorded ?? report.firstDivergence.rerun)?.id, detail: report.firstDivergence.detail } : null
            };
        }
        default:
            throw new LineageError(`unknown lineage command '${command}'; allowed: list, show, diff, graph, export, reproduce`);
    }
}
//# sourceMappingURL=lineage.js.map