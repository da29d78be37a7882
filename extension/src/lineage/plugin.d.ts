/** Adds the lineage panel to the right sidebar; follows the current notebook; refreshes when its kernel goes idle. */
import type { JupyterFrontEndPlugin } from '@jupyterlab/application';
export declare const openLineageCommand = "genhealth:open-lineage";
export declare const lineagePlugin: JupyterFrontEndPlugin<void>;
