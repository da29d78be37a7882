import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { MagicError } from './errors';
import { bindCall, parseMagicLine, resolveMagic } from './invocation';
import { registerMagic } from './registry';
const scope = { has: () => false, get: () => undefined, names: () => [] };
describe('magic lines', () => {
    let unregister = [];
    before(() => {
        unregister = [
            registerMagic({
                name: 'demo',
                kind: 'cell',
                summary: 'demo',
                doc: 'demo',
                options: {
                    n: { type: 'integer', min: 1, default: 10, doc: 'count' },
                    mode: { type: 'enum', values: ['smiles', 'selfies'], default: 'smiles', doc: 'mode' },
                    seed: { type: 'integer', min: 0, default: 0, doc: 'seed' },
                    quiet: { type: 'boolean', default: false, doc: 'quiet' }
                },
                run: () => ({ value: 1 })
            }),
            registerMagic({
                name: 'one',
                kind: 'line',
                summary: 'line',
                doc: 'line',
                positional: [{ name: 'id', required: true, spec: { type: 'string', doc: 'an id' } }],
                run: () => undefined
            })
        ];
    });
    after(() => unregister.forEach(u => u()));
    const bind = (line, session = {}) => {
        const ml = parseMagicLine(line);
        return bindCall(resolveMagic(ml, ml.cell), ml, '', scope, session);
    };
    const fails = (line, message, caret) => assert.throws(() => bind(line), (e) => e instanceof MagicError && message.test(e.message) && (!caret || (e.span?.start === caret[0] && e.span?.end === caret[1])));
    it('applies defaults and reads given options', () => {
        const call = bind('%%demo n=5 --quiet');
        assert.deepEqual({ ...call.options }, { n: 5, mode: 'smiles', seed: 0, quiet: true });
        assert.deepEqual([...call.given].sort(), ['n', 'quiet']);
    });
    it('takes the seed from %seed when seed= is not given', () => {
        assert.equal(bind('%%demo', { seed: 42 }).options.seed, 42);
        assert.equal(bind('%%demo seed=7', { seed: 42 }).options.seed, 7);
    });
    it('names an unknown option, suggests the nearest and lists the allowed ones', () => fails('%%demo nn=5', /unknown option 'nn' for %%demo\. Did you mean 'n'\? Allowed options: n, mode, seed, quiet, out\./, [7, 9]));
    it('points at a wrong value', () => fails('%%demo n=zero', /'zero' is not a number/, [9, 13]));
    it('refuses an out-of-range value', () => fails('%%demo n=0', /0 is out of range; expected an integer ≥ 1/));
    it('refuses an option given twice', () => fails('%%demo n=1 n=2', /given twice/));
    it('refuses a flag for a non-boolean option', () => fails('%%demo --n', /--n is not a flag; write n=<value>/));
    it('refuses stray words', () => fails('%%demo extra', /unexpected argument 'extra'\. %%demo takes no positional arguments/));
    it('suggests the nearest magic name', () => fails('%%dmeo', /unknown magic 'dmeo'\. Did you mean 'demo'\?/));
    it('tells a cell magic used as a line magic', () => fails('%demo', /%%demo is a cell magic/));
    it('tells a line magic used as a cell magic', () => fails('%%one x', /is a line magic; write it as %one/));
    it('asks for a missing positional argument', () => fails('%one', /%one needs <id>/));
    it('reads positional arguments', () => assert.equal(bind('%one abc').args.id, 'abc'));
    it('refuses out= names that are not identifiers', () => fails('%%demo out=2x', /cannot be a TypeScript variable name/));
    it('marks help requests', () => assert.equal(parseMagicLine('%demo?').help, true));
    it('refuses a bare %', () => assert.throws(() => parseMagicLine('% x'), /expected a magic name after '%'/));
});
//# sourceMappingURL=invocation.test.js.map