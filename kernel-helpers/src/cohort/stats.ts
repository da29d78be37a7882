/**
 * Cohort statistics gathered one patient at a time, so that a cohort streamed to disk (never held
 * in memory) gets the same summary as one kept in memory: counts, the age pyramid, breakdowns,
 * prevalence among all patients and among adults, a few lab trajectories, the first table rows.
 */
import { EXPECTATIONS } from './expected';
import type { Patient } from './patient';

const YEAR = 365.25 * 86_400_000;
export const PYRAMID_BANDS = Array.from({ length: 18 }, (_, i) => (i < 17 ? `${i * 5}–${i * 5 + 4}` : '85+'));
export const TABLE_ROWS = 1000;
export const TRAJECTORIES = 12;
const TRAJECTORY_CODE = '4548-4';

export interface ConditionCount {
  system: string;
  display: string;
  all: number;
  adults: number;
}

export class CohortStats {
  patients = 0;
  adults = 0;
  alive = 0;
  ageSum = 0;
  readonly female = new Array(PYRAMID_BANDS.length).fill(0);
  readonly male = new Array(PYRAMID_BANDS.length).fill(0);
  readonly sex: Record<string, number> = {};
  readonly race: Record<string, number> = {};
  readonly ethnicity: Record<string, number> = {};
  readonly conditions = new Map<string, ConditionCount>();
  /** Per expectation (by code): the sum of expected probabilities and the members in its scope. */
  readonly expected = new Map<string, { sum: number; members: number }>();
  readonly trajectories: { patient: string; points: [number, number][] }[] = [];
  trajectoryLabel = { display: '', unit: '' };
  readonly rows: (string | number | null)[][] = [];

  constructor(readonly referenceDate: number) {}

  idOf(index: number): string {
    return `p${String(index).padStart(7, '0')}`;
  }

  ageOf(p: Patient): number {
    return (Math.min(this.referenceDate, p.deathTime ?? Infinity) - p.demographics.birth) / YEAR;
  }

  add(p: Patient): void {
    const d = p.demographics;
    const age = this.ageOf(p);
    const adult = (this.referenceDate - d.birth) / YEAR >= 18;
    this.patients++;
    if (adult) this.adults++;
    if (p.deathTime === undefined || p.deathTime > this.referenceDate) this.alive++;
    this.ageSum += age;
    (d.sex === 'F' ? this.female : this.male)[Math.min(17, Math.floor(age / 5))]++;
    this.sex[d.sex] = (this.sex[d.sex] ?? 0) + 1;
    this.race[d.race] = (this.race[d.race] ?? 0) + 1;
    this.ethnicity[d.ethnicity] = (this.ethnicity[d.ethnicity] ?? 0) + 1;
    for (const e of EXPECTATIONS) {
      if (e.scope === 'adults' && !adult) continue;
      const x = this.expected.get(e.code) ?? { sum: 0, members: 0 };
      x.sum += e.probability((this.referenceDate - d.birth) / YEAR);
      x.members++;
      this.expected.set(e.code, x);
    }
    const seen = new Set<string>();
    for (const e of p.entries) {
      if (e.kind !== 'condition' || seen.has(e.codes[0].code)) continue;
      const c = e.codes[0];
      seen.add(c.code);
      const count = this.conditions.get(c.code) ?? { system: c.system, display: c.display, all: 0, adults: 0 };
      count.all++;
      if (adult) count.adults++;
      this.conditions.set(c.code, count);
    }
    if (this.trajectories.length < TRAJECTORIES) {
      const obs = p.observations.filter(o => o.codes[0].code === TRAJECTORY_CODE && typeof o.value === 'number');
      if (obs.length >= 2) {
        this.trajectoryLabel = { display: obs[0].codes[0].display, unit: obs[0].unit };
        this.trajectories.push({ patient: this.idOf(p.index), points: obs.map(o => [Number(((o.time - d.birth) / YEAR).toFixed(2)), o.value as number]) });
      }
    }
    if (this.rows.length < TABLE_ROWS) {
      const iso = (t?: number) => (t === undefined ? null : new Date(t).toISOString().slice(0, 10));
      this.rows.push([this.idOf(p.index), iso(d.birth), iso(p.deathTime), Math.floor(age), d.sex, d.race, d.ethnicity, d.socioeconomic]);
    }
  }
}
