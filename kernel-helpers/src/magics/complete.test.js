import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { registerAllMagics } from './all';
import { completeMagic, inspectMagic } from './complete';
describe('completion on magic lines', () => {
    before(() => registerAllMagics());
    it('completes cell magic names after %%', () => {
        assert.deepEqual(completeMagic('%%ta', 4), { start: 0, end: 4, matches: ['%%table'] });
    });
    it('completes line magic names after %, on any line', () => {
        const code = 'const x = 1;\n%ls';
        assert.deepEqual(completeMagic(code, code.length), { start: 13, end: 16, matches: ['%lsmagic'] });
    });
    it('completes option keys and flags', () => {
        assert.deepEqual(completeMagic('%%table pa', 10).matches, ['page_size=']);
        assert.deepEqual(completeMagic('%%table --d', 11).matches, ['--desc']);
    });
    it('completes enumerated values after key=', () => {
        assert.deepEqual(completeMagic('%%table desc=f', 14), { start: 13, end: 14, matches: ['false'] });
    });
    it('completes kernel variables for variable options', () => {
        assert.deepEqual(completeMagic('%%table source=pa', 17, () => ['patients', 'other']).matches, ['patients']);
    });
    it('completes magic names as the argument of %%help', () => {
        assert.deepEqual(completeMagic('%%help ta', 9).matches, ['table']);
    });
    it('leaves TypeScript lines to the TypeScript service', () => {
        assert.equal(completeMagic('patients.', 9), null);
    });
    it('shows help when inspecting a magic line', () => {
        assert.match(inspectMagic('%%table page_size=3', 3), /^%%table — Show a data set/);
        assert.equal(inspectMagic('const x = 1', 3), null);
    });
});
//# sourceMappingURL=complete.test.js.map