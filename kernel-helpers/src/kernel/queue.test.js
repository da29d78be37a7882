import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ABORTED, ExecutionQueue } from './queue';
describe('ExecutionQueue', () => {
    it('runs tasks one at a time, in order', async () => {
        const queue = new ExecutionQueue();
        const seen = [];
        const task = (n, ms) => () => new Promise(r => setTimeout(() => (seen.push(n), r(n)), ms));
        const results = await Promise.all([queue.enqueue(task(1, 20)), queue.enqueue(task(2, 1)), queue.enqueue(task(3, 5))]);
        assert.deepEqual(seen, [1, 2, 3]);
        assert.deepEqual(results, [1, 2, 3]);
    });
    it('aborts only the tasks waiting when asked, not later ones', async () => {
        const queue = new ExecutionQueue();
        let release;
        const first = queue.enqueue(() => new Promise(r => (release = () => r('first'))));
        const waiting = queue.enqueue(async () => 'waiting');
        await new Promise(r => setImmediate(r));
        assert.equal(queue.abortWaiting(), 1);
        release();
        const later = queue.enqueue(async () => 'later');
        assert.deepEqual(await Promise.all([first, waiting, later]), ['first', ABORTED, 'later']);
    });
    it('keeps running after a task throws', async () => {
        const queue = new ExecutionQueue();
        const failed = queue.enqueue(async () => {
            throw new Error('boom');
        });
        await assert.rejects(failed, /boom/);
        assert.equal(await queue.enqueue(async () => 'next'), 'next');
    });
});
//# sourceMappingURL=queue.test.js.map