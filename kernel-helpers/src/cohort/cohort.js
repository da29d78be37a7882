/**
 * A generated cohort: the patients with their records, and the views a user works with — a
 * patient table, event tables and a modelling table with one row per patient.
 */
import { Table } from '../table/model';
const YEAR = 365.25 * 86_400_000;
const iso = (t) => (t === undefined ? null : new Date(t).toISOString().slice(0, 10));
/** A table of records that keeps its columns when there are no rows. */
function recordsTable(rows, columns) {
    return rows.length ? Table.fromRecords(rows) : Table.fromColumns(Object.fromEntries(columns.map(c => [c, []])));
}
export class CohortError extends Error {
    constructor(message) {
        super(message);
        this.name = 'CohortError';
    }
}
export class Cohort {
    patients;
    info;
    constructor(patients, info) {
        this.patients = patients;
        this.info = info;
    }
    get size() {
        return this.patients.length;
    }
    idOf(p) {
        return `p${String(p.index).padStart(7, '0')}`;
    }
    ageOf(p) {
        const end = Math.min(this.info.referenceDate, p.deathTime ?? Infinity);
        return (end - p.demographics.birth) / YEAR;
    }
    /** One row per patient: demographics. */
    patientTable() {
        const ps = this.patients;
        return Table.fromColumns({
            id: ps.map(p => this.idOf(p)),
            birthdate: ps.map(p => iso(p.demographics.birth)),
            deathdate: ps.map(p => iso(p.deathTime)),
            age: Float64Array.from(ps, p => Math.floor(this.ageOf(p))),
            sex: ps.map(p => p.demographics.sex),
            race: ps.map(p => p.demographics.race),
            ethnicity: ps.map(p => p.demographics.ethnicity),
            socioeconomic: ps.map(p => p.demographics.socioeconomic)
        });
    }
    /** One row per entry of a kind (conditions, medications, ...), with patient id, dates and code. */
    events(kind) {
        return recordsTable(this.patients.flatMap(p => p.entries
            .filter(e => e.kind === kind)
            .map(e => ({ patient: this.idOf(p), start: iso(e.start), stop: iso(e.stop), system: e.codes[0]?.system ?? '', code: e.codes[0]?.code ?? '', description: e.codes[0]?.display ?? '' }))), ['patient', 'start', 'stop', 'system', 'code', 'description']);
    }
    /** One row per observation (all, or of one code). */
    observations(code) {
        return recordsTable(this.patients.flatMap(p => p.observations
            .filter(o => !code || o.codes.some(c => c.code === code))
            .map(o => {
            const v = o.value;
            return { patient: this.idOf(p), date: iso(o.time), code: o.codes[0]?.code ?? '', description: o.codes[0]?.display ?? '', value: typeof v === 'object' ? v.code : v, unit: o.unit };
        })), ['patient', 'date', 'code', 'description', 'value', 'unit']);
    }
    /**
     * A modelling table, one row per patient: `age`, `sex`, `race`, `ethnicity`, `socioeconomic`,
     * `deceased`, `condition:<code>` (1 if ever diagnosed), `medication:<code>` (1 if ever ordered),
     * `last:<LOINC>` (the latest value, NaN if never measured).
     */
    table(features) {
        const columns = { id: this.patients.map(p => this.idOf(p)) };
        for (const f of features) {
            const ps = this.patients;
            if (f === 'age')
                columns.age = Float64Array.from(ps, p => Math.floor(this.ageOf(p)));
            else if (f === 'sex' || f === 'race' || f === 'ethnicity' || f === 'socioeconomic')
                columns[f] = ps.map(p => p.demographics[f]);
            else if (f === 'deceased')
                columns.deceased = Float64Array.from(ps, p => (p.deathTime !== undefined && p.deathTime <= this.info.referenceDate ? 1 : 0));
            else if (f.startsWith('condition:') || f.startsWith('medication:')) {
                const [kind, code] = f.split(':');
                columns[f] = Float64Array.from(ps, p => (p.entries.some(e => e.kind === kind && e.codes.some(c => c.code === code)) ? 1 : 0));
            }
            else if (f.startsWith('last:')) {
                const code = f.slice(5);
                columns[f] = Float64Array.from(ps, p => {
                    const o = p.latest([{ system: 'LOINC', code, display: '' }]);
                    return typeof o?.value === 'number' ? o.value : NaN;
                });
            }
            else {
                throw new CohortError(`unknown feature '${f}'; use age, sex, race, ethnicity, socioeconomic, deceased, condition:<code>, medication:<code> or last:<LOINC code>`);
            }
        }
        return Table.fromColumns(columns);
    }
}
//# sourceMappingURL=cohort.js.map