import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Random } from '../random';
import { chooseTransition, compare, evaluate, toMillis } from './evaluate';
import { parseLogic } from './logic';
import { loadModule } from './module';
const at = (y, m = 1, d = 1) => Date.UTC(y, m - 1, d);
const where = { module: 'test', state: 'S', field: 'allow' };
const diabetes = { system: 'SNOMED-CT', code: '44054006', display: 'Diabetes' };
function patient(over = {}) {
    const attributes = { smoker: true, risk: 0.9, count: 2, name: 'b', onset: diabetes };
    return {
        now: at(2020, 6, 15),
        module: 'test',
        gender: 'F',
        race: 'white',
        socioeconomic: 'Middle',
        birth: at(1970, 6, 16),
        attribute: n => attributes[n],
        symptom: n => (n === 'cough' ? 40 : 0),
        vitalSign: n => (n === 'Systolic Blood Pressure' ? 142 : undefined),
        observation: codes => (codes.some(c => c.code === '4548-4') ? 7.1 : undefined),
        active: (kind, codes) => kind === 'condition' && codes.some(c => c.code === diabetes.code),
        codesOfAttribute: n => (n === 'onset' ? [diabetes] : []),
        history: () => [{ name: 'Current' }, { name: 'Diagnosed', exited: at(2020, 6, 1) }, { name: 'Start', exited: at(2010) }],
        ...over
    };
}
const check = (condition, p = patient()) => evaluate(parseLogic(condition, where), p);
describe('GMF conditions', () => {
    const cases = [
        ['Gender', { condition_type: 'Gender', gender: 'F' }, true],
        ['Race is case-insensitive', { condition_type: 'Race', race: 'White' }, true],
        ['Age counts completed years (49 the day before the 50th birthday)', { condition_type: 'Age', operator: '>=', quantity: 50, unit: 'years' }, false],
        ['Age in months', { condition_type: 'Age', operator: '>', quantity: 598, unit: 'months' }, true],
        ['Date by year', { condition_type: 'Date', operator: '>=', year: 2020 }, true],
        ['Date by full date', { condition_type: 'Date', operator: '<', date: { year: 2020, month: 7, day: 1 } }, true],
        ['Attribute boolean equality', { condition_type: 'Attribute', attribute: 'smoker', operator: '==', value: true }, true],
        ['Attribute boolean with another operator means not equal (Synthea)', { condition_type: 'Attribute', attribute: 'smoker', operator: '>', value: true }, false],
        ['Attribute number', { condition_type: 'Attribute', attribute: 'count', operator: '>=', value: 2.0 }, true],
        ['Attribute string', { condition_type: 'Attribute', attribute: 'name', operator: '<', value: 'c' }, true],
        ['missing attribute fails a comparison', { condition_type: 'Attribute', attribute: 'nope', operator: '!=', value: 1 }, false],
        ['missing attribute is nil', { condition_type: 'Attribute', attribute: 'nope', operator: 'is nil' }, true],
        ['Symptom', { condition_type: 'Symptom', symptom: 'cough', operator: '>=', value: 40 }, true],
        ['Vital Sign', { condition_type: 'Vital Sign', vital_sign: 'Systolic Blood Pressure', operator: '>', value: 140 }, true],
        ['Observation', { condition_type: 'Observation', codes: [{ system: 'LOINC', code: '4548-4' }], operator: '>=', value: 6.5 }, true],
        ['Observation is nil', { condition_type: 'Observation', codes: [{ system: 'LOINC', code: '0000-0' }], operator: 'is nil' }, true],
        ['Active Condition by codes', { condition_type: 'Active Condition', codes: [diabetes] }, true],
        ['Active Condition by attribute', { condition_type: 'Active Condition', referenced_by_attribute: 'onset' }, true],
        ['Active Medication', { condition_type: 'Active Medication', codes: [diabetes] }, false],
        ['PriorState', { condition_type: 'PriorState', name: 'Diagnosed' }, true],
        ['PriorState within a window', { condition_type: 'PriorState', name: 'Diagnosed', within: { quantity: 1, unit: 'weeks' } }, false],
        ['PriorState since', { condition_type: 'PriorState', name: 'Start', since: 'Diagnosed' }, false],
        ['And / Or / Not', { condition_type: 'And', conditions: [{ condition_type: 'True' }, { condition_type: 'Not', condition: { condition_type: 'False' } }, { condition_type: 'Or', conditions: [{ condition_type: 'False' }, { condition_type: 'Gender', gender: 'F' }] }] }, true],
        ['At Least', { condition_type: 'At Least', minimum: 2, conditions: [{ condition_type: 'True' }, { condition_type: 'False' }, { condition_type: 'True' }] }, true],
        ['At Most', { condition_type: 'At Most', maximum: 1, conditions: [{ condition_type: 'True' }, { condition_type: 'True' }] }, false],
        ['Socioeconomic Status', { condition_type: 'Socioeconomic Status', category: 'Middle' }, true]
    ];
    for (const [what, condition, expected] of cases)
        it(what, () => assert.equal(check(condition), expected));
    it('throws when comparing an observation never recorded (as Synthea does)', () => {
        assert.throws(() => check({ condition_type: 'Observation', codes: [{ system: 'LOINC', code: '0000-0' }], operator: '>', value: 1 }), /never recorded/);
    });
    it('compares codes only for equality and refuses mixed types', () => {
        assert.equal(compare(diabetes, '==', { ...diabetes }, 'm'), true);
        assert.throws(() => compare(diabetes, '<', diabetes, 'm'), /cannot compare/);
        assert.throws(() => compare('a', '<', 1, 'm'), /cannot compare/);
    });
    it('converts time units (a fractional year is 365.25 days) and refuses unknown ones', () => {
        assert.equal(toMillis(1, 'weeks'), 7 * 86_400_000);
        assert.equal(toMillis(0.5, 'years'), 182.625 * 86_400_000);
        assert.throws(() => toMillis(1, 'fortnights'), /unknown time unit 'fortnights'/);
    });
});
describe('choosing transitions', () => {
    const module = loadModule({
        name: 'T',
        states: {
            Initial: { type: 'Initial', direct_transition: 'Split' },
            Split: { type: 'Simple', distributed_transition: [{ distribution: 0.2, transition: 'A' }, { distribution: 0.3, transition: 'B' }] },
            ByRisk: { type: 'Simple', distributed_transition: [{ distribution: { attribute: 'risk', default: 0 }, transition: 'A' }, { distribution: 0.1, transition: 'B' }] },
            Cond: { type: 'Simple', conditional_transition: [{ condition: { condition_type: 'Gender', gender: 'M' }, transition: 'A' }, { condition: { condition_type: 'False' }, transition: 'B' }] },
            Complex: { type: 'Simple', complex_transition: [{ condition: { condition_type: 'Gender', gender: 'F' }, distributions: [{ distribution: 1, transition: 'B' }] }, { transition: 'A' }] },
            A: { type: 'Terminal' },
            B: { type: 'Terminal' }
        }
    }, 't');
    const share = (state, p = patient()) => {
        const random = Random.forPatient(9, 0);
        let a = 0;
        for (let i = 0; i < 10_000; i++)
            if (chooseTransition(module.states.get(state).transition, p, random) === 'A')
                a++;
        return a / 10_000;
    };
    it('gives the remainder below 1 to the last option', () => assert.ok(Math.abs(share('Split') - 0.2) < 0.02));
    it('reads probabilities from attributes, with their default', () => {
        assert.ok(Math.abs(share('ByRisk') - 0.9) < 0.02);
        assert.equal(share('ByRisk', patient({ attribute: () => undefined })), 0);
    });
    it('falls back to the last conditional option even if its condition is false', () => assert.equal(share('Cond'), 0));
    it('takes the first complex option whose condition holds', () => assert.equal(share('Complex'), 0));
});
//# sourceMappingURL=evaluate.test.js.map