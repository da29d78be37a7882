import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { CohortError } from './cohort';
import { generateCohort } from './generate';
import { loadModules } from './modules';
describe('Cohort tables', () => {
    let cohort;
    before(async () => {
        cohort = await generateCohort({ n: 200, seed: 3, modules: loadModules(['diabetes']), referenceDate: Date.UTC(2025, 0, 1) });
    });
    it('has one patient row per patient with demographics', () => {
        const t = cohort.patientTable();
        assert.equal(t.rowCount, 200);
        assert.deepEqual(t.columnNames, ['id', 'birthdate', 'deathdate', 'age', 'sex', 'race', 'ethnicity', 'socioeconomic']);
    });
    it('lists events and observations, and keeps the columns when there are none', () => {
        const conditions = cohort.events('condition');
        assert.ok(conditions.rowCount > 0 && [...conditions.column('code').values].every(c => c === '44054006'));
        assert.equal(cohort.events('allergy').rowCount, 0);
        assert.deepEqual(cohort.events('allergy').columnNames, ['patient', 'start', 'stop', 'system', 'code', 'description']);
        const a1c = cohort.observations('4548-4');
        assert.equal(a1c.column('value').type, 'number');
    });
    it('builds a modelling table: flags, latest values and NaN when never measured', () => {
        const t = cohort.table(['age', 'condition:44054006', 'medication:860975', 'last:4548-4']);
        const dx = t.column('condition:44054006').values;
        const metformin = t.column('medication:860975').values;
        const a1c = t.column('last:4548-4').values;
        dx.forEach((d, i) => {
            assert.equal(metformin[i], d, 'everyone diagnosed starts metformin at diagnosis, nobody else');
            assert.equal(Number.isNaN(a1c[i]), d === 0);
        });
        assert.throws(() => cohort.table(['bmi']), (e) => e instanceof CohortError && /unknown feature 'bmi'/.test(e.message));
    });
});
//# sourceMappingURL=cohort.test.js.map