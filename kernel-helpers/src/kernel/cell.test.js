import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { blankMagicLines, planCell } from './cell';
describe('planCell', () => {
    it('runs plain code as TypeScript', () => assert.deepEqual(planCell('const x = 1\nx'), { kind: 'code', code: 'const x = 1\nx' }));
    it('makes a cell magic of a %% first line, the rest being its body', () => {
        const plan = planCell('\n%%table page_size=2\na,b\n1,2');
        assert.equal(plan.kind, 'cell-magic');
        assert.equal(plan.kind === 'cell-magic' && plan.magic.name, 'table');
        assert.equal(plan.kind === 'cell-magic' && plan.body, 'a,b\n1,2');
    });
    it('runs a cell of line magics and comments without TypeScript', () => {
        assert.deepEqual(planCell('// start\n%seed 1\n\n%lsmagic'), { kind: 'line-magics', lines: ['%seed 1', '%lsmagic'] });
    });
    it('turns magic lines inside code into awaited calls on the same line', () => {
        const plan = planCell('const a = 1\n%seed 7\na');
        assert.equal(plan.kind, 'mixed');
        const lines = plan.kind === 'mixed' ? plan.code.split('\n') : [];
        assert.equal(lines.length, 3);
        assert.match(lines[1], /^await Reflect\.get\(globalThis, Symbol\.for\("genhealth\.kernel\.runLineMagic"\)\)\("%seed 7"\);$/);
    });
    it('treats %name? on a first line as a help request, not a cell magic', () => {
        assert.equal(planCell('%%table?').kind, 'line-magics');
    });
    it('blanks magic lines for completion without moving offsets', () => {
        const code = 'const a = 1\n%seed 7\na.';
        const blank = blankMagicLines(code);
        assert.equal(blank.length, code.length);
        assert.equal(blank.split('\n')[1].trim(), '');
    });
});
//# sourceMappingURL=cell.test.js.map