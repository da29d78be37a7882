/**
 * Runs execute requests one after another. After a failing cell with stop_on_error, the requests
 * already waiting are aborted (as ipykernel does) — and only those: a request that arrives later
 * runs normally. (tslab instead drops everything for 200 ms, which silently skipped the next cell
 * when nbclient ran a notebook with allow_errors.)
 */
export const ABORTED = Symbol('aborted');
export class ExecutionQueue {
    tail = Promise.resolve();
    waiting = new Set();
    enqueue(task) {
        const ticket = { aborted: false };
        this.waiting.add(ticket);
        const run = this.tail.then(() => {
            this.waiting.delete(ticket);
            return ticket.aborted ? Promise.resolve(ABORTED) : task();
        });
        this.tail = run.catch(() => undefined);
        return run;
    }
    /** Aborts every request that is queued now. */
    abortWaiting() {
        for (const ticket of this.waiting)
            ticket.aborted = true;
        return this.waiting.size;
    }
}
//# sourceMappingURL=queue.js.map