export interface JupyterError {
    ename: string;
    evalue: string;
    traceback: string[];
}
/** TypeScript diagnostics of a cell that did not compile. */
export declare class CompileError extends Error {
    readonly diagnostics: string[];
    constructor(diagnostics: string[]);
}
/** Formats tslab's `console.error("%s%d:%d - %s", ...)` diagnostic calls. */
export declare function formatConsoleArgs(args: unknown[]): string;
export declare function toJupyterError(thrown: unknown): JupyterError;
