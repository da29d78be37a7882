import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatCell, pageCount, pageRows, sortOrder } from './model';
describe('table sorting and paging', () => {
    it('sorts numbers with missing values last in both directions, stably', () => {
        const values = [3, null, 1, 3, 2];
        assert.deepEqual([...sortOrder(values, 'number', false)], [2, 4, 0, 3, 1]);
        assert.deepEqual([...sortOrder(values, 'number', true)], [0, 3, 4, 2, 1]);
    });
    it('sorts strings naturally (P2 before P10), ignoring case', () => {
        assert.deepEqual([...sortOrder(['P10', 'p2', 'P1'], 'string', false)], [2, 1, 0]);
    });
    it('sorts booleans false before true', () => {
        assert.deepEqual([...sortOrder([true, false, null, false], 'boolean', false)], [1, 3, 0, 2]);
    });
    it('pages through an order', () => {
        assert.equal(pageCount(12, 5), 3);
        assert.equal(pageCount(0, 5), 1);
        assert.deepEqual(pageRows([9, 8, 7, 6, 5, 4], 1, 4), [5, 4]);
        assert.deepEqual(pageRows([1, 2], 3, 4), []);
    });
    it('formats cells', () => {
        assert.deepEqual([formatCell(null), formatCell(2), formatCell(1 / 3), formatCell(false)], ['', '2', '0.333333', 'false']);
    });
});
//# sourceMappingURL=model.test.js.map