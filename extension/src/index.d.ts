/** GenHealth Lab's JupyterLab plugins. Renderers are in ./mime.ts (the mime extension). */
import type { JupyterFrontEndPlugin } from '@jupyterlab/application';
declare const plugins: JupyterFrontEndPlugin<unknown>[];
export default plugins;
