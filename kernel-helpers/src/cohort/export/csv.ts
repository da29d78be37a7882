/**
 * Synthea-style CSV tables (the column headers of Synthea's CSV exporter), written row by row so a
 * cohort can stream to disk: patients, encounters, conditions, observations, medications,
 * procedures, careplans. Columns Synthea fills from modules we do not run (names, addresses,
 * costs, payers) are left empty.
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { Code } from '../gmf/module';
import type { Patient } from '../patient';
import { PatientIds } from './ids';

export const CSV_HEADERS = {
  patients: ['Id', 'BIRTHDATE', 'DEATHDATE', 'SSN', 'DRIVERS', 'PASSPORT', 'PREFIX', 'FIRST', 'MIDDLE', 'LAST', 'SUFFIX', 'MAIDEN', 'MARITAL', 'RACE', 'ETHNICITY', 'GENDER', 'BIRTHPLACE', 'ADDRESS', 'CITY', 'STATE', 'COUNTY', 'FIPS', 'ZIP', 'LAT', 'LON', 'HEALTHCARE_EXPENSES', 'HEALTHCARE_COVERAGE', 'INCOME'],
  encounters: ['Id', 'START', 'STOP', 'PATIENT', 'ORGANIZATION', 'PROVIDER', 'PAYER', 'ENCOUNTERCLASS', 'CODE', 'DESCRIPTION', 'BASE_ENCOUNTER_COST', 'TOTAL_CLAIM_COST', 'PAYER_COVERAGE', 'REASONCODE', 'REASONDESCRIPTION'],
  conditions: ['START', 'STOP', 'PATIENT', 'ENCOUNTER', 'SYSTEM', 'CODE', 'DESCRIPTION'],
  observations: ['DATE', 'PATIENT', 'ENCOUNTER', 'CATEGORY', 'CODE', 'DESCRIPTION', 'VALUE', 'UNITS', 'TYPE'],
  medications: ['START', 'STOP', 'PATIENT', 'PAYER', 'ENCOUNTER', 'CODE', 'DESCRIPTION', 'BASE_COST', 'PAYER_COVERAGE', 'DISPENSES', 'TOTALCOST', 'REASONCODE', 'REASONDESCRIPTION'],
  procedures: ['START', 'STOP', 'PATIENT', 'ENCOUNTER', 'SYSTEM', 'CODE', 'DESCRIPTION', 'BASE_COST', 'REASONCODE', 'REASONDESCRIPTION'],
  careplans: ['Id', 'START', 'STOP', 'PATIENT', 'ENCOUNTER', 'CODE', 'DESCRIPTION', 'REASONCODE', 'REASONDESCRIPTION']
} as const;

export type CsvTable = keyof typeof CSV_HEADERS;

/** One CSV field (RFC 4180 quoting). */
export const field = (v: unknown): string => {
  if (v === undefined || v === null) return '';
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const dateTime = (t?: number) => (t === undefined ? '' : new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z'));
const date = (t?: number) => (t === undefined ? '' : new Date(t).toISOString().slice(0, 10));
const RACE: Record<string, string> = { white: 'white', black: 'black', asian: 'asian', native: 'native', hawaiian: 'hawaiian', other: 'other' };

export class CsvWriter {
  private readonly files = new Map<CsvTable, number>();
  /** Rows waiting to be written: one write per 256 KiB instead of one per row. */
  private readonly pending = new Map<CsvTable, string[]>();
  private pendingBytes = 0;

  constructor(
    readonly dir: string,
    private readonly seed: number
  ) {
    mkdirSync(dir, { recursive: true });
    for (const table of Object.keys(CSV_HEADERS) as CsvTable[]) {
      const fd = openSync(path.join(dir, `${table}.csv`), 'w');
      writeSync(fd, CSV_HEADERS[table].join(',') + '\n');
      this.files.set(table, fd);
    }
  }

  private row(table: CsvTable, values: Record<string, unknown>): void {
    const line = CSV_HEADERS[table].map(h => field(values[h])).join(',') + '\n';
    let rows = this.pending.get(table);
    if (!rows) this.pending.set(table, (rows = []));
    rows.push(line);
    this.pendingBytes += line.length;
    if (this.pendingBytes > 256 * 1024) this.flush();
  }

  private flush(): void {
    for (const [table, rows] of this.pending) if (rows.length) writeSync(this.files.get(table)!, rows.join(''));
    this.pending.clear();
    this.pendingBytes = 0;
  }

  write(p: Patient): void {
    const ids = new PatientIds(this.seed, p.index);
    const patient = ids.patient();
    const d = p.demographics;
    this.row('patients', { Id: patient, BIRTHDATE: date(d.birth), DEATHDATE: date(p.deathTime), RACE: RACE[d.race] ?? d.race, ETHNICITY: d.ethnicity, GENDER: d.sex });
    for (const e of p.encounters) {
      this.row('encounters', { Id: ids.encounter(e.id), START: dateTime(e.start), STOP: dateTime(e.stop), PATIENT: patient, ENCOUNTERCLASS: e.encounterClass, CODE: e.codes[0]?.code, DESCRIPTION: e.codes[0]?.display, REASONCODE: e.reason?.code, REASONDESCRIPTION: e.reason?.display });
    }
    const encounter = (id?: number) => (id === undefined ? '' : ids.encounter(id));
    p.entries.forEach((e, i) => {
      const c: Code | undefined = e.codes[0];
      const common = { START: e.kind === 'condition' ? date(e.start) : dateTime(e.start), STOP: e.kind === 'condition' ? date(e.stop) : dateTime(e.stop), PATIENT: patient, ENCOUNTER: encounter(e.encounter), SYSTEM: c?.system, CODE: c?.code, DESCRIPTION: c?.display, REASONCODE: e.reason?.code, REASONDESCRIPTION: e.reason?.display };
      if (e.kind === 'condition') this.row('conditions', common);
      else if (e.kind === 'medication') this.row('medications', { ...common, DISPENSES: '' });
      else if (e.kind === 'procedure') this.row('procedures', common);
      else if (e.kind === 'careplan') this.row('careplans', { ...common, Id: ids.entry('careplan', i), START: date(e.start), STOP: date(e.stop) });
    });
    for (const o of p.observations) {
      const v = o.value as number | string | Code;
      this.row('observations', {
        DATE: dateTime(o.time), PATIENT: patient, ENCOUNTER: encounter(o.encounter), CATEGORY: o.category, CODE: o.codes[0]?.code, DESCRIPTION: o.codes[0]?.display,
        VALUE: typeof v === 'object' ? v.display || v.code : v, UNITS: o.unit, TYPE: typeof v === 'number' ? 'numeric' : 'text'
      });
    }
  }

  close(): string[] {
    this.flush();
    for (const fd of this.files.values()) closeSync(fd);
    return [...this.files.keys()].map(t => path.join(this.dir, `${t}.csv`));
  }
}
