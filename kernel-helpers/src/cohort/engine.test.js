import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { toMillis } from './gmf/evaluate';
import { GmfError } from './gmf/errors';
import { loadModule } from './gmf/module';
import { simulatePatients } from './simulate';
const FIXTURES = path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'fixtures', 'synthea-modules');
const fixture = (name) => loadModule(readFileSync(path.join(FIXTURES, `${name}.json`), 'utf8'), name);
const REFERENCE = Date.UTC(2025, 0, 1);
const code = (c) => ({ system: 'SNOMED-CT', code: c, display: c });
/** Everything a patient's record holds, as text: equal text = identical patients. */
const fingerprint = (spec, from, to) => JSON.stringify(simulatePatients(spec, from, to).map(p => ({
    d: p.demographics,
    e: p.encounters,
    x: p.entries,
    o: p.observations,
    a: [...p.attributes],
    death: p.deathTime
})));
describe('the GMF engine', () => {
    const modules = ['appendicitis', 'bronchitis', 'sinusitis', 'metabolic_syndrome_disease'].map(fixture);
    const spec = { seed: 7, modules, referenceDate: REFERENCE };
    it('runs unmodified Synthea modules and writes conditions, encounters and procedures', () => {
        const patients = simulatePatients(spec, 0, 300);
        const withCondition = (c) => patients.filter(p => p.entries.some(e => e.kind === 'condition' && e.codes.some(x => x.code === c))).length;
        assert.ok(withCondition('74400008') > 0, 'some appendicitis');
        assert.ok(withCondition('444814009') > 0, 'some sinusitis');
        const appendectomy = patients.flatMap(p => p.entries.filter(e => e.kind === 'procedure' && e.codes.some(c => c.code === '80146002')));
        assert.ok(appendectomy.length > 0 && appendectomy.every(e => e.encounter !== undefined), 'appendectomies happen in an encounter');
    });
    it('gives byte-identical patients in one run or in two shards', () => {
        assert.equal(fingerprint(spec, 0, 60), fingerprint(spec, 0, 30).slice(0, -1) + ',' + fingerprint(spec, 30, 60).slice(1));
        assert.equal(fingerprint(spec, 0, 20), fingerprint(spec, 0, 20));
        assert.notEqual(fingerprint(spec, 0, 20), fingerprint({ ...spec, seed: 8 }, 0, 20));
    });
    it('runs the states after a delay at the delay\'s end (rewind), not at the next step', () => {
        const m = loadModule({
            name: 'Delayed',
            states: {
                Initial: { type: 'Initial', direct_transition: 'Wait' },
                Wait: { type: 'Delay', exact: { quantity: 10, unit: 'days' }, direct_transition: 'Onset' },
                Onset: { type: 'ConditionOnset', codes: [code('1')], direct_transition: 'End' },
                End: { type: 'Terminal' }
            }
        }, 'delayed');
        const [p] = simulatePatients({ seed: 1, modules: [m], referenceDate: REFERENCE }, 0, 1);
        assert.equal(p.entries[0].start - p.demographics.birth, toMillis(10, 'days'));
    });
    it('waits at a Guard until it holds', () => {
        const m = loadModule({
            name: 'Adult',
            states: {
                Initial: { type: 'Initial', direct_transition: 'Guard' },
                Guard: { type: 'Guard', allow: { condition_type: 'Age', operator: '>=', quantity: 18, unit: 'years' }, direct_transition: 'Onset' },
                Onset: { type: 'ConditionOnset', codes: [code('2')], direct_transition: 'End' },
                End: { type: 'Terminal' }
            }
        }, 'adult');
        for (const p of simulatePatients({ seed: 2, modules: [m], referenceDate: REFERENCE }, 0, 50)) {
            const onset = p.entries[0]?.start;
            const adult = new Date(p.demographics.birth);
            adult.setUTCFullYear(adult.getUTCFullYear() + 18);
            if (onset === undefined)
                assert.ok(REFERENCE < adult.getTime() + 7 * 86_400_000, 'only minors have no onset');
            else
                assert.ok(onset >= adult.getTime() - 86_400_000 && onset < adult.getTime() + 8 * 86_400_000, 'onset in the week of the 18th birthday');
        }
    });
    it('fails loudly on a module that loops without waiting', () => {
        const m = loadModule({ name: 'Loop', states: { Initial: { type: 'Initial', direct_transition: 'A' }, A: { type: 'Simple', direct_transition: 'B' }, B: { type: 'Simple', direct_transition: 'A' } } }, 'loop');
        assert.throws(() => simulatePatients({ seed: 1, modules: [m], referenceDate: REFERENCE }, 0, 1), (e) => e instanceof GmfError && /loops without a Delay or Guard/.test(e.message));
    });
    it('names a submodule that was not loaded, before simulating anyone', () => {
        assert.throws(() => simulatePatients({ seed: 1, modules: [fixture('allergic_rhinitis')], referenceDate: REFERENCE }, 0, 1), /calls submodule 'medications\/otc_antihistamine', which was not loaded/);
    });
});
//# sourceMappingURL=engine.test.js.map