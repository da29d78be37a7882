import type { Executor } from 'tslab/dist/executor';
import type { VariableScope } from '../magics/options';
/** Where a running cell's output goes: stream text and other iopub messages. */
export interface CellIO {
    stream(name: 'stdout' | 'stderr', text: string): void;
    publish(msgType: string, content: object): void;
}
export interface ExecuteRequest {
    code: string;
    silent?: boolean;
    store_history?: boolean;
    stop_on_error?: boolean;
    /** From the request's header and metadata (JupyterLab sends metadata.cellId). */
    session?: string;
    cellId?: string;
}
/** What tslab's executor prints through the console we give it, kept instead of printed. */
export declare class ExecutorConsole {
    lastValue: {
        value: unknown;
    } | null;
    errors: unknown[][];
    reset(): void;
    log(...args: unknown[]): void;
    error(...args: unknown[]): void;
    /** The failure of the last execute: compile diagnostics or the thrown value. */
    failure(): unknown;
}
export interface KernelOptions {
    version: string;
}
export declare class GenHealthKernel {
    private readonly executor;
    private readonly console;
    private readonly options;
    private count;
    private readonly queue;
    private readonly session;
    private abort;
    private io;
    private streams;
    private readonly outbox;
    readonly variables: VariableScope;
    constructor(executor: Executor, console: ExecutorConsole, options: KernelOptions);
    kernelInfo(): object;
    /** Interrupts the running cell (SIGINT). */
    interrupt(): void;
    execute(req: ExecuteRequest, io: CellIO): Promise<object>;
    private executeNow;
    /**
     * Routes stdout, stderr and displays of this cell to its parent request (as tslab does). Stream
     * text is coalesced into one message per 50 ms, as ipykernel does: a loop printing thousands of
     * lines otherwise floods iopub past ZeroMQ's high-water mark and messages (even `idle`) get dropped.
     */
    private attach;
    private runCell;
    private pendingBindings;
    private runTypeScript;
    /** Called by the code that a mixed cell's `%name` line became. */
    private runLineMagicFromCode;
    private runMagic;
    /** The lineage record of one magic run: parameters after defaults, data inputs by hash. */
    private recordMagic;
    private takeOutput;
    /**
     * Declares `out=` variables through tslab so later cells type-check against them: with the magic's
     * declared type when TypeScript can resolve it from the notebook's folder, else as `any`.
     */
    private bind;
    isComplete(code: string): object;
    inspect(code: string, cursor: number): object;
    complete(code: string, cursor: number): object;
    close(): void;
}
