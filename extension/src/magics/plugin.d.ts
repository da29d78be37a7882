/** Registers the magic-line highlighter with JupyterLab's editor extension registry. */
import type { JupyterFrontEndPlugin } from '@jupyterlab/application';
export declare const magicsPlugin: JupyterFrontEndPlugin<void>;
