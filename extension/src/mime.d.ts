/** The mime extension: one renderer per GenHealth payload kind. A capability adds its renderer here. */
import type { IRenderMime } from '@jupyterlab/rendermime-interfaces';
declare const extensions: IRenderMime.IExtension[];
export default extensions;
