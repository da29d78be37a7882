/** GenHealth Lab's JupyterLab plugins. Renderers are in ./mime.ts (the mime extension). */
import type { JupyterFrontEndPlugin } from '@jupyterlab/application';
import { launcherPlugin } from './launcher/plugin';
import { lineagePlugin } from './lineage/plugin';
import { magicsPlugin } from './magics/plugin';

const plugins: JupyterFrontEndPlugin<unknown>[] = [magicsPlugin, launcherPlugin, lineagePlugin];

export default plugins;
