export interface NotebookCell {
    cell_type: 'code' | 'markdown' | 'raw';
    id?: string;
    source: string | string[];
    metadata: {
        tags?: string[];
        [key: string]: unknown;
    };
    outputs?: Output[];
    execution_count?: number | null;
}
export interface Notebook {
    cells: NotebookCell[];
    metadata: Record<string, unknown>;
    nbformat: number;
    nbformat_minor: number;
}
export type Output = {
    output_type: 'stream';
    name: string;
    text: string;
} | {
    output_type: 'display_data';
    data: Record<string, unknown>;
    metadata: Record<string, unknown>;
} | {
    output_type: 'execute_result';
    data: Record<string, unknown>;
    metadata: Record<string, unknown>;
    execution_count: number;
} | {
    output_type: 'error';
    ename: string;
    evalue: string;
    traceback: string[];
};
export declare class CellExecutionError extends Error {
    readonly cellIndex: number;
    readonly ename: string;
    constructor(message: string, cellIndex: number, ename: string);
}
export interface ExecuteOptions {
    /** Keep going after an error (cells tagged raises-exception always may fail). */
    allowErrors?: boolean;
    /** Per-cell time limit in seconds. */
    timeoutSeconds?: number;
    /** Called after each code cell. */
    onCell?: (index: number, cell: NotebookCell, seconds: number, status: string) => void;
    env?: NodeJS.ProcessEnv;
}
export declare const sourceOf: (cell: NotebookCell) => string;
export declare function readNotebook(file: string): Notebook;
export declare function writeNotebook(file: string, nb: Notebook): void;
/**
 * Runs every code cell of `nb` (in place) in a kernel started in `cwd`. Stops at the first error
 * unless errors are allowed (globally or by the cell's raises-exception tag) and throws a
 * CellExecutionError naming the cell; the notebook keeps the outputs produced so far.
 */
export declare function executeNotebook(nb: Notebook, cwd: string, options?: ExecuteOptions, notebookPath?: string): Promise<Notebook>;
/** Reads, executes and (optionally) writes a notebook; the kernel runs in the notebook's folder. */
export declare function executeNotebookFile(file: string, out: string | undefined, options?: ExecuteOptions): Promise<Notebook>;
