import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MagicError } from './errors';
import { parseValue } from './options';
const span = { line: 'x', start: 0, end: 1 };
const parse = (spec, raw, quoted = false, scope) => parseValue(spec, { key: 'k', raw, quoted, span }, scope);
describe('parseValue', () => {
    const ok = [
        [{ type: 'integer', doc: '' }, '42', 42],
        [{ type: 'integer', min: 1, doc: '' }, '1', 1],
        [{ type: 'number', doc: '' }, '-1.5e3', -1500],
        [{ type: 'boolean', doc: '' }, 'false', false],
        [{ type: 'enum', values: ['smiles', 'selfies'], doc: '' }, 'selfies', 'selfies'],
        [{ type: 'list', of: 'string', doc: '' }, 'diabetes,hypertension', ['diabetes', 'hypertension']],
        [{ type: 'list', of: 'number', doc: '' }, '1,2.5', [1, 2.5]],
        [{ type: 'range', doc: '' }, '250..450', { min: 250, max: 450 }],
        [{ type: 'range', doc: '' }, '..3.5', { max: 3.5 }],
        [{ type: 'range', doc: '' }, '0.6..', { min: 0.6 }],
        [{ type: 'identifier', doc: '' }, 'cohort_1', 'cohort_1'],
        [{ type: 'string', doc: '' }, 'c1ccccc1', 'c1ccccc1']
    ];
    for (const [spec, raw, expected] of ok) {
        it(`reads ${spec.type} ${raw}`, () => assert.deepEqual(parse(spec, raw), expected));
    }
    const bad = [
        [{ type: 'integer', min: 1, max: 500, doc: '' }, '0', /0 is out of range; expected an integer between 1 and 500/],
        [{ type: 'integer', doc: '' }, '2.5', /2.5 is not an integer/],
        [{ type: 'number', doc: '' }, 'ten', /'ten' is not a number/],
        [{ type: 'boolean', doc: '' }, 'yes', /'yes' is not a boolean; expected true or false/],
        [{ type: 'enum', values: ['smiles', 'selfies'], doc: '' }, 'selfie', /Did you mean 'selfies'\? Allowed values: smiles, selfies/],
        [{ type: 'list', of: 'string', values: ['a', 'b'], doc: '' }, 'a,c', /'c' is not allowed.*Allowed values: a, b/],
        [{ type: 'range', doc: '' }, '450..250', /lower end 450 is above the upper end 250/],
        [{ type: 'range', doc: '' }, '..', /needs at least one end/],
        [{ type: 'range', min: 0, doc: '' }, '-1..2', /-1 is out of range/],
        [{ type: 'identifier', doc: '' }, 'class', /cannot be a TypeScript variable name/],
        [{ type: 'identifier', doc: '' }, '1x', /cannot be a TypeScript variable name/]
    ];
    for (const [spec, raw, message] of bad) {
        it(`refuses ${spec.type} ${raw}`, () => assert.throws(() => parse(spec, raw), (e) => e instanceof MagicError && message.test(e.message) && e.span === span));
    }
    it('keeps a quoted comma list as one string item', () => {
        assert.deepEqual(parse({ type: 'list', of: 'string', doc: '' }, 'a,b', true), ['a,b']);
    });
    it('resolves variables from the scope and suggests near names', () => {
        const scope = { has: n => n === 'cohort', get: () => 'value', names: () => ['cohort'] };
        assert.equal(parse({ type: 'variable', doc: '' }, 'cohort', false, scope), 'value');
        assert.throws(() => parse({ type: 'variable', doc: '' }, 'cohrot', false, scope), /Did you mean 'cohort'/);
    });
});
//# sourceMappingURL=options.test.js.map