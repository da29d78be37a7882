/**
 * `application/vnd.genhealth.cohort+json`: counts, demographics (age pyramid, sex, race,
 * ethnicity), condition prevalence next to the expected values, HbA1c trajectories of a few
 * patients and the first rows of the patient table — built from CohortStats, so a cohort streamed
 * to disk gets the same output. Summary: patients, simulated, alive, deceased, seed,
 * reference_date, modules, mean_age, and files when the patients were written out.
 */
import { escapeHtml, genhealthBundle, htmlTable, textTable, type GenHealthPayload, type MimeBundle } from '../display/bundle';
import type { Cohort, CohortInfo } from './cohort';
import { expectationFor } from './expected';
import { PYRAMID_BANDS, type CohortStats } from './stats';

export interface CohortPayload extends GenHealthPayload {
  kind: 'cohort';
  demographics: { pyramid: { bands: string[]; female: number[]; male: number[] }; sex: Record<string, number>; race: Record<string, number>; ethnicity: Record<string, number> };
  /** `share` is among `scope` ("all" patients, or "adults" where the expectation is about adults). */
  prevalence: { code: string; system: string; display: string; patients: number; share: number; scope: 'all' | 'adults'; expected_share?: number; expected_source?: string }[];
  trajectories: { code: string; display: string; unit: string; series: { patient: string; points: [number, number][] }[] } | null;
  patients: { columns: { name: string; type: string }[]; data: unknown[][]; rows: number };
}

/** The payload from statistics gathered patient by patient (in memory or streamed). */
export function cohortPayload(stats: CohortStats, info: CohortInfo, runId: string): CohortPayload {
  const prevalence = [...stats.conditions.entries()]
    .map(([code, c]) => {
      const e = expectationFor(code);
      const scope = e?.scope ?? 'all';
      const members = scope === 'adults' ? stats.adults : stats.patients;
      const x = stats.expected.get(code);
      return {
        code,
        system: c.system,
        display: c.display,
        patients: c.all,
        share: (scope === 'adults' ? c.adults : c.all) / Math.max(1, members),
        scope,
        ...(e && x && x.members ? { expected_share: x.sum / x.members, expected_source: e.source } : {})
      };
    })
    .sort((a, b) => b.patients - a.patients || a.code.localeCompare(b.code))
    .slice(0, 25);
  const columns = [
    { name: 'id', type: 'string' }, { name: 'birthdate', type: 'string' }, { name: 'deathdate', type: 'string' }, { name: 'age', type: 'number' },
    { name: 'sex', type: 'string' }, { name: 'race', type: 'string' }, { name: 'ethnicity', type: 'string' }, { name: 'socioeconomic', type: 'string' }
  ];
  return {
    version: 1,
    kind: 'cohort',
    run_id: runId,
    summary: {
      patients: stats.patients,
      simulated: info.simulated,
      alive: stats.alive,
      deceased: stats.patients - stats.alive,
      seed: info.seed,
      reference_date: new Date(info.referenceDate).toISOString().slice(0, 10),
      modules: info.modules.map(m => m.name),
      mean_age: Number((stats.ageSum / Math.max(1, stats.patients)).toFixed(1)),
      ...(info.files ? { files: info.files } : {})
    },
    demographics: { pyramid: { bands: PYRAMID_BANDS, female: stats.female, male: stats.male }, sex: stats.sex, race: stats.race, ethnicity: stats.ethnicity },
    prevalence,
    trajectories: stats.trajectories.length ? { code: '4548-4', display: stats.trajectoryLabel.display, unit: stats.trajectoryLabel.unit, series: stats.trajectories } : null,
    patients: { columns, data: columns.map((_, j) => stats.rows.map(r => r[j])), rows: stats.patients }
  };
}

const pct = (x: number) => `${(x * 100).toFixed(x < 0.01 ? 3 : 1)} %`;

export function cohortBundle(cohort: Cohort, runId: string): MimeBundle {
  const payload = cohortPayload(cohort.stats, cohort.info, runId);
  const s = payload.summary as Record<string, unknown>;
  const head = `Cohort of ${s.patients} patients (${s.simulated} simulated; seed ${s.seed}; reference date ${s.reference_date}; modules ${(s.modules as string[]).join(', ')})`;
  const columns = ['condition', 'code', 'patients', 'share', 'of', 'expected'];
  const rows = payload.prevalence.map(p => [p.display, p.code, p.patients, pct(p.share), p.scope, p.expected_share === undefined ? '' : pct(p.expected_share)]);
  return genhealthBundle(payload, {
    text: `${head}\nAlive ${s.alive}, deceased ${s.deceased}, mean age ${s.mean_age}\n\n${textTable(columns, rows)}`,
    html: `<p>${escapeHtml(head)}</p>${htmlTable(columns, rows, 'Condition prevalence')}`
  });
}
