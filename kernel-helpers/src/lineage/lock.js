/**
 * A cross-process lock on one file, for the store's shared documents. `open(..., 'wx')` creates the
 * lock atomically; it holds the owner's pid and a random token. A lock whose owner is gone (killed)
 * or that is older than `staleMs` is broken; release removes the lock only if it is still ours.
 * Limit: two processes breaking the same stale lock at the same instant may both think they won;
 * that needs a killed holder and a race within microseconds, and costs at most one interleaved
 * update of a rebuildable index.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { LineageError } from './hash';
const sleeper = new Int32Array(new SharedArrayBuffer(4));
function sleepSync(ms) {
    Atomics.wait(sleeper, 0, 0, ms);
}
function alive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (e) {
        return e.code === 'EPERM';
    }
}
export function withLock(file, work, options = {}) {
    const { timeoutMs = 15_000, staleMs = 60_000 } = options;
    const token = `${process.pid}\n${randomBytes(8).toString('hex')}\n${Date.now()}`;
    const deadline = Date.now() + timeoutMs;
    for (let attempt = 0;; attempt++) {
        try {
            const fd = openSync(file, 'wx');
            writeSync(fd, token);
            closeSync(fd);
            break;
        }
        catch (e) {
            if (e.code !== 'EEXIST')
                throw e;
        }
        let holder = '';
        try {
            holder = readFileSync(file, 'utf8');
        }
        catch {
            continue; // released meanwhile
        }
        const [pid, , since] = holder.split('\n');
        const stale = (pid && !alive(Number(pid))) || (since && Date.now() - Number(since) > staleMs) || holder === '';
        if (stale) {
            try {
                if (readFileSync(file, 'utf8') === holder)
                    unlinkSync(file);
            }
            catch {
                // someone else broke it first
            }
            continue;
        }
        if (Date.now() > deadline) {
            throw new LineageError(`the lineage store is locked by process ${pid} (lock file ${file}); gave up after ${timeoutMs} ms`);
        }
        sleepSync(Math.min(20, 1 + attempt));
    }
    try {
        return work();
    }
    finally {
        try {
            if (readFileSync(file, 'utf8') === token)
                unlinkSync(file);
        }
        catch {
            // already broken as stale
        }
    }
}
//# sourceMappingURL=lock.js.map