/**
 * A generated cohort: the patients with their records, and the views a user works with — a
 * patient table, event tables and a modelling table with one row per patient.
 */
import { Table } from '../table/model';
import { CsvWriter } from './export/csv';
import { FhirWriter } from './export/fhir';
import type { Code } from './gmf/module';
import type { Entry, Patient } from './patient';
import { CohortStats } from './stats';

const YEAR = 365.25 * 86_400_000;
const iso = (t: number | undefined) => (t === undefined ? null : new Date(t).toISOString().slice(0, 10));

/** A table of records that keeps its columns when there are no rows. */
function recordsTable(rows: Record<string, unknown>[], columns: string[]): Table {
  return rows.length ? Table.fromRecords(rows) : Table.fromColumns(Object.fromEntries(columns.map(c => [c, []])));
}

export class CohortError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CohortError';
  }
}

export interface CohortInfo {
  /** Files the patients were written to (CSV tables, FHIR folder), when exported while generating. */
  files?: string[];
  /** True when the patients went only to disk (a cohort too large for memory): tables are then not available. */
  streamed?: boolean;
  seed: number;
  referenceDate: number;
  modules: { name: string; sha256: string }[];
  /** How many patients were simulated to keep these (keep-patients). */
  simulated: number;
  seconds: number;
}

export type Feature = 'age' | 'sex' | 'race' | 'ethnicity' | 'socioeconomic' | 'deceased' | `condition:${string}` | `last:${string}` | `medication:${string}`;

export class Cohort {
  private summary?: CohortStats;

  constructor(
    readonly patients: readonly Patient[],
    readonly info: CohortInfo,
    stats?: CohortStats
  ) {
    this.summary = stats;
  }

  /** Statistics of every patient (gathered while generating, or now). */
  get stats(): CohortStats {
    if (!this.summary) {
      this.summary = new CohortStats(this.info.referenceDate);
      for (const p of this.patients) this.summary.add(p);
    }
    return this.summary;
  }

  get size(): number {
    return this.info.streamed ? this.stats.patients : this.patients.length;
  }

  private inMemory(what: string): void {
    if (this.info.streamed) {
      throw new CohortError(`${what} needs the patients in memory, but this cohort was streamed to ${(this.info.files ?? []).join(', ')}: read those files instead`);
    }
  }

  idOf(p: Patient): string {
    return `p${String(p.index).padStart(7, '0')}`;
  }

  ageOf(p: Patient): number {
    const end = Math.min(this.info.referenceDate, p.deathTime ?? Infinity);
    return (end - p.demographics.birth) / YEAR;
  }

  /** One row per patient: demographics. */
  patientTable(): Table {
    this.inMemory('patientTable()');
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
  events(kind: Entry['kind']): Table {
    this.inMemory('events()');
    return recordsTable(
      this.patients.flatMap(p =>
        p.entries
          .filter(e => e.kind === kind)
          .map(e => ({ patient: this.idOf(p), start: iso(e.start), stop: iso(e.stop), system: e.codes[0]?.system ?? '', code: e.codes[0]?.code ?? '', description: e.codes[0]?.display ?? '' }))
      ),
      ['patient', 'start', 'stop', 'system', 'code', 'description']
    );
  }

  /** One row per observation (all, or of one code). */
  observations(code?: string): Table {
    this.inMemory('observations()');
    return recordsTable(
      this.patients.flatMap(p =>
        p.observations
          .filter(o => !code || o.codes.some(c => c.code === code))
          .map(o => {
            const v = o.value as number | string | Code;
            return { patient: this.idOf(p), date: iso(o.time), code: o.codes[0]?.code ?? '', description: o.codes[0]?.display ?? '', value: typeof v === 'object' ? v.code : v, unit: o.unit };
          })
      ),
      ['patient', 'date', 'code', 'description', 'value', 'unit']
    );
  }

  /** Writes Synthea-style CSV tables into `dir`; returns the files. */
  toCSV(dir: string): string[] {
    this.inMemory('toCSV()');
    const writer = new CsvWriter(dir, this.info.seed);
    for (const p of this.patients) writer.write(p);
    return writer.close();
  }

  /** Writes one FHIR R4 transaction Bundle per patient into `dir`, and bulk ndjson into `dir/bulk`. */
  toFHIR(dir: string): string {
    this.inMemory('toFHIR()');
    const writer = new FhirWriter(dir, this.info.seed);
    for (const p of this.patients) writer.write(p);
    writer.close();
    return dir;
  }

  /**
   * A modelling table, one row per patient: `age`, `sex`, `race`, `ethnicity`, `socioeconomic`,
   * `deceased`, `condition:<code>` (1 if ever diagnosed), `medication:<code>` (1 if ever ordered),
   * `last:<LOINC>` (the latest value, NaN if never measured).
   */
  table(features: readonly Feature[]): Table {
    this.inMemory('table()');
    const columns: Record<string, ArrayLike<unknown>> = { id: this.patients.map(p => this.idOf(p)) };
    for (const f of features) {
      const ps = this.patients;
      if (f === 'age') columns.age = Float64Array.from(ps, p => Math.floor(this.ageOf(p)));
      else if (f === 'sex' || f === 'race' || f === 'ethnicity' || f === 'socioeconomic') columns[f] = ps.map(p => p.demographics[f]);
      else if (f === 'deceased') columns.deceased = Float64Array.from(ps, p => (p.deathTime !== undefined && p.deathTime <= this.info.referenceDate ? 1 : 0));
      else if (f.startsWith('condition:') || f.startsWith('medication:')) {
        const [kind, code] = f.split(':') as ['condition' | 'medication', string];
        columns[f] = Float64Array.from(ps, p => (p.entries.some(e => e.kind === kind && e.codes.some(c => c.code === code)) ? 1 : 0));
      } else if (f.startsWith('last:')) {
        const code = f.slice(5);
        columns[f] = Float64Array.from(ps, p => {
          const o = p.latest([{ system: 'LOINC', code, display: '' }]);
          return typeof o?.value === 'number' ? o.value : NaN;
        });
      } else {
        throw new CohortError(`unknown feature '${f}'; use age, sex, race, ethnicity, socioeconomic, deceased, condition:<code>, medication:<code> or last:<LOINC code>`);
      }
    }
    return Table.fromColumns(columns);
  }
}
