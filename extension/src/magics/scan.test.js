import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanMagicLine } from './scan';
describe('scanMagicLine', () => {
    it('marks the name, keys, values, flags and words', () => {
        const line = '%%cohort n=1000 title="a b" --verbose extra';
        assert.deepEqual(scanMagicLine(line).map(s => [s.kind, line.slice(s.from, s.to)]), [['name', '%%cohort'], ['key', 'n'], ['value', '1000'], ['key', 'title'], ['value', '"a b"'], ['flag', '--verbose'], ['word', 'extra']]);
    });
    it('marks %name? help requests', () => assert.deepEqual(scanMagicLine('%table?'), [{ from: 0, to: 7, kind: 'name' }]));
    it('copes with an unclosed quote while typing', () => assert.equal(scanMagicLine('%%t title="abc').at(-1).kind, 'value'));
    it('ignores code lines', () => assert.deepEqual(scanMagicLine('const x = 5 % 2'), []));
});
//# sourceMappingURL=scan.test.js.map