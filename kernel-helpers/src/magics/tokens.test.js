import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tokenize, TokenizeError } from './tokens';
describe('tokenize', () => {
    const cases = [
        ['n=10', [{ kind: 'option', key: 'n', raw: '10', quoted: false, start: 0, end: 4, valueStart: 2 }]],
        ['--desc', [{ kind: 'flag', name: 'desc', start: 0, end: 6 }]],
        ['name', [{ kind: 'word', raw: 'name', quoted: false, start: 0, end: 4 }]],
        ['title="two words"', [{ kind: 'option', key: 'title', raw: 'two words', quoted: true, start: 0, end: 17, valueStart: 6 }]],
        ["s='it\\'s'", [{ kind: 'option', key: 's', raw: "it's", quoted: true, start: 0, end: 9, valueStart: 2 }]],
        ['mw=250..450  logp=..3.5', [
                { kind: 'option', key: 'mw', raw: '250..450', quoted: false, start: 0, end: 11, valueStart: 3 },
                { kind: 'option', key: 'logp', raw: '..3.5', quoted: false, start: 13, end: 23, valueStart: 18 }
            ]],
        ['smarts=C=O', [{ kind: 'option', key: 'smarts', raw: 'C=O', quoted: false, start: 0, end: 10, valueStart: 7 }]],
        ['=x', [{ kind: 'word', raw: '=x', quoted: false, start: 0, end: 2 }]]
    ];
    for (const [text, expected] of cases) {
        it(`splits ${JSON.stringify(text)}`, () => assert.deepEqual(tokenize(text), expected));
    }
    it('offsets tokens by the column where the arguments start', () => {
        assert.equal(tokenize('a=1', 8)[0].start, 8);
    });
    it('rejects an unclosed quote with its position', () => {
        assert.throws(() => tokenize('title="oops', 8), (e) => e instanceof TokenizeError && e.position === 14);
    });
});
//# sourceMappingURL=tokens.test.js.map