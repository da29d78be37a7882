/**
 * Runs execute requests one after another. After a failing cell with stop_on_error, the requests
 * already waiting are aborted (as ipykernel does) — and only those: a request that arrives later
 * runs normally. (tslab instead drops everything for 200 ms, which silently skipped the next cell
 * when nbclient ran a notebook with allow_errors.)
 */
export declare const ABORTED: unique symbol;
export declare class ExecutionQueue {
    private tail;
    private readonly waiting;
    enqueue<T>(task: () => Promise<T>): Promise<T | typeof ABORTED>;
    /** Aborts every request that is queued now. */
    abortWaiting(): number;
}
