import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newRunId } from './run-id';
describe('newRunId', () => {
    it('is a version 7 UUID with the RFC 9562 variant', () => {
        assert.match(newRunId(), /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    });
    it('starts with the millisecond timestamp', () => {
        const now = Date.now() + 1000;
        assert.equal(parseInt(newRunId(now).replace(/-/g, '').slice(0, 12), 16), now);
    });
    it('sorts in creation order, also within one millisecond', () => {
        const ids = Array.from({ length: 5000 }, () => newRunId());
        assert.deepEqual([...ids].sort(), ids);
        assert.equal(new Set(ids).size, ids.length);
    });
});
//# sourceMappingURL=run-id.test.js.map