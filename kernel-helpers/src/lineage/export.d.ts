import type { RunRecord } from './record';
import type { LineageStore } from './store';
export declare const PROCESS_RUN_CRATE = "https://w3id.org/ro/wfrun/process/0.5";
export declare const RO_CRATE_SPEC = "https://w3id.org/ro/crate/1.1";
export declare function provDocument(runs: RunRecord[], version: string): Record<string, unknown>;
export interface CrateOptions {
    store: LineageStore;
    runs: RunRecord[];
    dir: string;
    /** The notebook the runs came from, copied into the crate as its main entity. */
    notebookFile?: string;
    name?: string;
}
export declare function writeCrate(options: CrateOptions): {
    dir: string;
    files: string[];
};
export interface CrateContents {
    notebook: string;
    runs: RunRecord[];
}
/** Reads a crate written by writeCrate, checking every file's presence and sha256 first. */
export declare function readCrate(dir: string): CrateContents;
