/** The launcher item "GenHealth notebook" and the GenHealth command-palette entries. */
import type { JupyterFrontEndPlugin } from '@jupyterlab/application';
export declare namespace CommandIDs {
    const newNotebook = "genhealth:new-notebook";
    const openLesson = "genhealth:open-lesson";
}
export declare const KERNEL_NAME = "genhealth";
export declare const LESSON_PATH = "welcome.ipynb";
/** The first cell of a new GenHealth notebook: what magics are and two to try. */
export declare const STARTER_CELL: string;
export declare const launcherPlugin: JupyterFrontEndPlugin<void>;
