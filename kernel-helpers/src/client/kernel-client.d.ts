import { type Message } from './wire';
export interface StartOptions {
    /** Working directory of the kernel (the notebook's folder). */
    cwd?: string;
    env?: NodeJS.ProcessEnv;
    /** Milliseconds to wait for the kernel to answer kernel_info. */
    readyTimeoutMs?: number;
}
export interface ExecuteOutcome {
    reply: Message;
    /** iopub messages of this request, in order, without status and execute_input. */
    outputs: Message[];
}
export declare class KernelClient {
    private readonly process;
    private readonly key;
    private readonly connectionFile;
    private readonly shell;
    private readonly control;
    private readonly iopub;
    private readonly session;
    private readonly pending;
    private exited;
    private stderr;
    private constructor();
    static start(options?: StartOptions): Promise<KernelClient>;
    /** Repeats kernel_info until both its reply and its iopub status arrive (iopub joins late). */
    private waitUntilReady;
    private readReplies;
    private readIopub;
    /** Sends a request and resolves with its reply (and, with waitIdle, after the kernel went idle). */
    request(msgType: string, content: object, options?: {
        waitIdle?: boolean;
        channel?: 'shell' | 'control';
        onOutput?: (msg: Message) => void;
        metadata?: Record<string, unknown>;
    }): Promise<ExecuteOutcome>;
    execute(code: string, options?: {
        stopOnError?: boolean;
        silent?: boolean;
        onOutput?: (msg: Message) => void;
        cellId?: string;
    }): Promise<ExecuteOutcome>;
    complete(code: string, cursor?: number): Promise<Record<string, unknown>>;
    inspect(code: string, cursor?: number): Promise<Record<string, unknown>>;
    isComplete(code: string): Promise<Record<string, unknown>>;
    kernelInfo(): Promise<Record<string, unknown>>;
    interrupt(): void;
    get alive(): boolean;
    /** Asks the kernel to shut down, then makes sure the process is gone and the sockets closed. */
    shutdown(): Promise<void>;
}
