/** Exporting the latest recorded session of a notebook as a crate (CLI and %lineage export). */
import path from 'node:path';
import { writeCrate } from './export';
import { LocalStore } from './local-store';
import { recordedRuns } from './reproduce';
export async function exportNotebookCrate(notebookFile, dir, home) {
    const file = path.resolve(notebookFile);
    const store = await LocalStore.open(home || process.env.GENHEALTH_HOME || path.join(path.dirname(file), '.genhealth'));
    const { runs } = recordedRuns(store, path.basename(file));
    return writeCrate({ store, runs, dir: path.resolve(dir), notebookFile: file });
}
//# sourceMappingURL=crate.js.map