import { ICommandPalette, showErrorMessage } from '@jupyterlab/apputils';
import { ILauncher } from '@jupyterlab/launcher';
import { genhealthIcon } from './icon';
export var CommandIDs;
(function (CommandIDs) {
    CommandIDs.newNotebook = 'genhealth:new-notebook';
    CommandIDs.openLesson = 'genhealth:open-lesson';
})(CommandIDs || (CommandIDs = {}));
export const KERNEL_NAME = 'genhealth';
export const LESSON_PATH = 'welcome.ipynb';
/** The first cell of a new GenHealth notebook: what magics are and two to try. */
export const STARTER_CELL = [
    '// GenHealth Lab: %name runs a line magic, %%name on the first line makes a cell magic.',
    '// Run this cell (Shift+Enter) to list the magics and see which TensorFlow.js backend runs.',
    '%lsmagic',
    '%backend'
].join('\n');
export const launcherPlugin = {
    id: 'jupyterlab-genhealth:launcher',
    description: 'Launcher item and palette commands for GenHealth notebooks.',
    autoStart: true,
    optional: [ILauncher, ICommandPalette],
    activate(app, launcher, palette) {
        const { commands } = app;
        commands.addCommand(CommandIDs.newNotebook, {
            label: args => (args.isPalette ? 'New GenHealth Notebook' : 'GenHealth notebook'),
            caption: 'A new notebook on the GenHealth (TypeScript) kernel, with a starter cell',
            icon: args => (args.isPalette ? undefined : genhealthIcon),
            execute: async (args) => {
                const panel = (await commands.execute('notebook:create-new', {
                    cwd: args.cwd ?? '',
                    kernelName: KERNEL_NAME
                }));
                await panel.context.ready;
                const notebook = panel.content.model.sharedModel;
                if (notebook.cells.length === 0)
                    notebook.insertCell(0, { cell_type: 'code', source: STARTER_CELL });
                else if (notebook.cells[0].getSource() === '')
                    notebook.cells[0].setSource(STARTER_CELL);
                return panel;
            }
        });
        commands.addCommand(CommandIDs.openLesson, {
            label: 'Open the GenHealth Lab Welcome Lesson',
            caption: `Open ${LESSON_PATH}: magics, the TensorFlow.js backend and the table renderer`,
            execute: async () => {
                try {
                    await app.serviceManager.contents.get(LESSON_PATH, { content: false });
                }
                catch {
                    await showErrorMessage('Lesson not found', `There is no ${LESSON_PATH} in the folder JupyterLab serves.`);
                    return;
                }
                return commands.execute('docmanager:open', { path: LESSON_PATH, factory: 'Notebook', kernel: { name: KERNEL_NAME } });
            }
        });
        launcher?.add({ command: CommandIDs.newNotebook, category: 'Notebook', rank: 0 });
        for (const command of [CommandIDs.newNotebook, CommandIDs.openLesson]) {
            palette?.addItem({ command, category: 'GenHealth', args: { isPalette: true } });
        }
    }
};
//# sourceMappingURL=plugin.js.map