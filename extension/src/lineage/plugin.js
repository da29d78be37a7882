import { ILayoutRestorer, ILabShell as ILabShellToken } from '@jupyterlab/application';
import { ICommandPalette } from '@jupyterlab/apputils';
import { INotebookTracker } from '@jupyterlab/notebook';
import { genhealthIcon } from '../launcher/icon';
import { LineageModel } from './model';
import { LineagePanel } from './panel';
export const openLineageCommand = 'genhealth:open-lineage';
export const lineagePlugin = {
    id: 'jupyterlab-genhealth:lineage',
    description: 'A side panel with the recorded runs of the current notebook: details, DAG, diff, reproduce, export.',
    autoStart: true,
    requires: [INotebookTracker, ILabShellToken],
    optional: [ILayoutRestorer, ICommandPalette],
    activate(app, notebooks, shell, restorer, palette) {
        const model = new LineageModel();
        const panel = new LineagePanel(model);
        panel.id = 'jp-genhealth-lineage';
        panel.title.icon = genhealthIcon;
        shell.add(panel, 'right', { rank: 600 });
        restorer?.add(panel, 'jp-genhealth-lineage');
        let timer = 0;
        const refreshSoon = () => {
            window.clearTimeout(timer);
            timer = window.setTimeout(() => void model.refresh(), 300);
        };
        let watched = null;
        const onStatus = (_, status) => {
            if (status === 'idle')
                refreshSoon();
        };
        const follow = (nb) => {
            watched?.sessionContext.statusChanged.disconnect(onStatus);
            watched = nb;
            nb?.sessionContext.statusChanged.connect(onStatus);
            model.setNotebook(nb?.context.path ?? '');
        };
        notebooks.currentChanged.connect((_, nb) => follow(nb));
        follow(notebooks.currentWidget);
        app.commands.addCommand(openLineageCommand, {
            label: 'Show the GenHealth Lineage Panel',
            execute: () => shell.activateById(panel.id)
        });
        palette?.addItem({ command: openLineageCommand, category: 'GenHealth' });
    }
};
//# sourceMappingURL=plugin.js.map