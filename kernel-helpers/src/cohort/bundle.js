/**
 * `application/vnd.genhealth.cohort+json`: counts, demographics (age pyramid, sex, race,
 * ethnicity), condition prevalence next to the expected values, a few patients' trajectories of
 * one lab value (HbA1c when present) and the first rows of the patient table.
 * Summary: patients, simulated, alive, deceased, seed, reference_date, modules, mean_age.
 */
import { escapeHtml, genhealthBundle, htmlTable, textTable } from '../display/bundle';
import { expectationFor, expectedShare, inScope } from './expected';
const BANDS = Array.from({ length: 18 }, (_, i) => (i < 17 ? `${i * 5}–${i * 5 + 4}` : '85+'));
const TABLE_ROWS = 1000;
const TRAJECTORIES = 12;
const count = (values) => values.reduce((acc, v) => ((acc[v] = (acc[v] ?? 0) + 1), acc), {});
export function cohortPayload(cohort, runId) {
    const ps = cohort.patients;
    const ref = cohort.info.referenceDate;
    const female = new Array(BANDS.length).fill(0);
    const male = new Array(BANDS.length).fill(0);
    for (const p of ps) {
        const band = Math.min(17, Math.floor(cohort.ageOf(p) / 5));
        (p.demographics.sex === 'F' ? female : male)[band]++;
    }
    const byCode = new Map();
    for (const p of ps) {
        for (const e of p.entries) {
            if (e.kind !== 'condition')
                continue;
            const c = e.codes[0];
            if (!byCode.has(c.code))
                byCode.set(c.code, { system: c.system, display: c.display, patients: new Set() });
            byCode.get(c.code).patients.add(p.index);
        }
    }
    const prevalence = [...byCode.entries()]
        .map(([code, v]) => {
        const e = expectationFor(code);
        const scope = e?.scope ?? 'all';
        const members = ps.filter(p => inScope(scope, p, ref));
        const share = members.filter(p => v.patients.has(p.index)).length / Math.max(1, members.length);
        const expected = e && expectedShare(e, ps, ref);
        return { code, system: v.system, display: v.display, patients: v.patients.size, share, scope, ...(expected !== undefined ? { expected_share: expected, expected_source: e.source } : {}) };
    })
        .sort((a, b) => b.patients - a.patients || a.code.localeCompare(b.code))
        .slice(0, 25);
    // Trajectories: HbA1c when measured, else the most measured numeric observation.
    const numeric = new Map();
    for (const p of ps)
        for (const o of p.observations)
            if (typeof o.value === 'number')
                numeric.set(o.codes[0].code, (numeric.get(o.codes[0].code) ?? 0) + 1);
    const code = numeric.has('4548-4') ? '4548-4' : [...numeric.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
    let trajectories = null;
    if (code) {
        const series = [];
        let display = '';
        let unit = '';
        for (const p of ps) {
            const obs = p.observations.filter(o => o.codes[0].code === code && typeof o.value === 'number');
            if (obs.length < 2)
                continue;
            display = obs[0].codes[0].display;
            unit = obs[0].unit;
            series.push({ patient: cohort.idOf(p), points: obs.map(o => [Number(((o.time - p.demographics.birth) / (365.25 * 86_400_000)).toFixed(2)), o.value]) });
            if (series.length === TRAJECTORIES)
                break;
        }
        if (series.length)
            trajectories = { code, display, unit, series };
    }
    const table = cohort.patientTable();
    const shown = Math.min(TABLE_ROWS, table.rowCount);
    const alive = ps.filter(p => p.deathTime === undefined || p.deathTime > ref).length;
    return {
        version: 1,
        kind: 'cohort',
        run_id: runId,
        summary: {
            patients: ps.length,
            simulated: cohort.info.simulated,
            alive,
            deceased: ps.length - alive,
            seed: cohort.info.seed,
            reference_date: new Date(ref).toISOString().slice(0, 10),
            modules: cohort.info.modules.map(m => m.name),
            mean_age: Number((ps.reduce((s, p) => s + cohort.ageOf(p), 0) / Math.max(1, ps.length)).toFixed(1))
        },
        demographics: {
            pyramid: { bands: BANDS, female, male },
            sex: count(ps.map(p => p.demographics.sex)),
            race: count(ps.map(p => p.demographics.race)),
            ethnicity: count(ps.map(p => p.demographics.ethnicity))
        },
        prevalence,
        trajectories,
        patients: {
            columns: table.columns.map(c => ({ name: c.name, type: c.type })),
            data: table.columns.map(c => Array.from(c.values.slice(0, shown), v => (typeof v === 'number' && Number.isNaN(v) ? null : v))),
            rows: table.rowCount
        }
    };
}
const pct = (x) => `${(x * 100).toFixed(x < 0.01 ? 3 : 1)} %`;
export function cohortBundle(cohort, runId) {
    const payload = cohortPayload(cohort, runId);
    const s = payload.summary;
    const head = `Cohort of ${s.patients} patients (${s.simulated} simulated; seed ${s.seed}; reference date ${s.reference_date}; modules ${s.modules.join(', ')})`;
    const columns = ['condition', 'code', 'patients', 'share', 'of', 'expected'];
    const rows = payload.prevalence.map(p => [p.display, p.code, p.patients, pct(p.share), p.scope, p.expected_share === undefined ? '' : pct(p.expected_share)]);
    return genhealthBundle(payload, {
        text: `${head}\nAlive ${s.alive}, deceased ${s.deceased}, mean age ${s.mean_age}\n\n${textTable(columns, rows)}`,
        html: `<p>${escapeHtml(head)}</p>${htmlTable(columns, rows, 'Condition prevalence')}`
    });
}
//# sourceMappingURL=bundle.js.map