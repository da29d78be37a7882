import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { GmfError } from './errors';
import { loadModule } from './module';
// Real, unmodified Synthea modules (Apache-2.0), kept in shared/ for tests only.
const FIXTURES = path.resolve(__dirname, '..', '..', '..', '..', '..', 'shared', 'fixtures', 'synthea-modules');
const minimal = (states, extra = {}) => ({ name: 'Test', states: { Initial: { type: 'Initial', direct_transition: 'End' }, End: { type: 'Terminal' }, ...states }, ...extra });
describe('loading Synthea GMF modules', () => {
    const files = readdirSync(FIXTURES).filter(f => f.endsWith('.json'));
    it('loads every fixture module unmodified', () => {
        assert.equal(files.length, 8);
        for (const f of files) {
            const m = loadModule(readFileSync(path.join(FIXTURES, f), 'utf8'), f);
            assert.ok(m.states.has('Initial'), f);
            assert.match(m.sha256, /^[0-9a-f]{64}$/);
        }
    });
    it('keeps codes as strings, also numeric ones and ones beyond 2^53', () => {
        const m = loadModule(readFileSync(path.join(FIXTURES, 'allergic_rhinitis.json'), 'utf8'), 'allergic_rhinitis.json');
        const codes = [...m.states.values()].flatMap(s => s.fields.codes ?? []);
        assert.ok(codes.length > 0 && codes.every(c => typeof c.code === 'string'));
        const big = loadModule(minimal({ C: { type: 'ConditionOnset', codes: [{ system: 'SNOMED-CT', code: '16602611000119108', display: 'x' }], direct_transition: 'End' } }), 't');
        assert.equal(big.states.get('C').fields.codes[0].code, '16602611000119108');
    });
    it('lists the submodules a module calls', () => {
        const m = loadModule(readFileSync(path.join(FIXTURES, 'urinary_tract_infections.json'), 'utf8'), 'uti');
        assert.deepEqual(m.submodules, ['uti/ambulatory_path', 'uti/ed_path', 'uti/telemed_path']);
    });
    it('parses the transitions with their precedence and attribute probabilities', () => {
        const m = loadModule(readFileSync(path.join(FIXTURES, 'atrial_fibrillation.json'), 'utf8'), 'af');
        const distributed = [...m.states.values()].find(s => s.transition?.kind === 'distributed' && s.transition.branches.some(b => typeof b.probability === 'object'));
        assert.ok(distributed, 'the attribute-valued distribution of atrial_fibrillation');
    });
    const bad = [
        ['malformed JSON with its position', '{"name": "X",\n  "states": {,}}', /module 'bad\.json': malformed JSON at line 2, column 14/],
        ['no Initial state', { name: 'X', states: { A: { type: 'Terminal' } } }, /needs a state named 'Initial'/],
        ['an unknown state type', minimal({ S: { type: 'ConditonOnset', direct_transition: 'End' } }), /state 'S', field 'type': unknown state type 'ConditonOnset'\. Did you mean 'ConditionOnset'\?/],
        ['a state without transition', minimal({ S: { type: 'Simple' } }), /state 'S': a Simple state needs a transition/],
        ['a transition to an unknown state', minimal({ S: { type: 'Simple', direct_transition: 'Ende' } }), /state 'S', field 'direct_transition': transition to unknown state 'Ende'\. Did you mean 'End'\?/],
        ['probabilities above 1', minimal({ S: { type: 'Simple', distributed_transition: [{ distribution: 0.7, transition: 'End' }, { distribution: 0.5, transition: 'End' }] } }), /the probabilities sum to 1\.2, more than 1/],
        ['an unknown condition type', minimal({ G: { type: 'Guard', allow: { condition_type: 'Active Conditon', codes: [] }, direct_transition: 'End' } }), /unknown condition_type 'Active Conditon'\. Did you mean 'ActiveCondition'\?/],
        ['an Age condition in days', minimal({ G: { type: 'Guard', allow: { condition_type: 'Age', operator: '>', quantity: 3, unit: 'days' }, direct_transition: 'End' } }), /unit must be years or months, not 'days'/],
        ['an unknown operator', minimal({ G: { type: 'Guard', allow: { condition_type: 'Attribute', attribute: 'a', operator: '=>', value: 1 }, direct_transition: 'End' } }), /unknown operator '=>'/],
        ['a ConditionEnd pointing at no onset', minimal({ E: { type: 'ConditionEnd', condition_onset: 'Onset', direct_transition: 'End' } }), /field 'condition_onset': 'Onset' is not a ConditionOnset state/],
        ['a Counter with another action', minimal({ C: { type: 'Counter', attribute: 'n', action: 'add', direct_transition: 'End' } }), /action must be increment or decrement, not 'add'/],
        ['gmf_version 3', minimal({}, { gmf_version: 3 }), /gmf_version 3 is not supported/]
    ];
    for (const [what, input, message] of bad) {
        it(`refuses ${what}`, () => assert.throws(() => loadModule(input, 'bad.json'), (e) => e instanceof GmfError && message.test(e.message)));
    }
});
//# sourceMappingURL=module.test.js.map