/**
 * One synthetic patient: demographics, attributes, symptoms, vital signs and the health record the
 * modules write (encounters, conditions, allergies, medications, care plans, procedures,
 * observations, immunizations, devices, supplies). Per-patient state only; module definitions are
 * shared and never written.
 */
import type { Code } from './gmf/module';
import type { Random } from './random';

export type Sex = 'M' | 'F';

export interface Demographics {
  sex: Sex;
  race: string;
  ethnicity: 'hispanic' | 'nonhispanic';
  socioeconomic: 'High' | 'Middle' | 'Low';
  birth: number;
}

export interface Encounter {
  id: number;
  /** The Encounter state's name (or "Wellness"): target_encounter refers to it. */
  name: string;
  encounterClass: string;
  codes: Code[];
  start: number;
  stop?: number;
  /** The module that owns it ("Encounter" for scheduled wellness visits). */
  owner: string;
  reason?: Code;
}

export interface Entry {
  kind: 'condition' | 'allergy' | 'medication' | 'careplan' | 'procedure' | 'immunization' | 'device' | 'supply';
  codes: Code[];
  start: number;
  stop?: number;
  encounter?: number;
  reason?: Code;
  /** Medication: renewed at wellness visits. Supply: quantity. */
  chronic?: boolean;
  quantity?: number;
}

export interface Observation {
  codes: Code[];
  value: number | string | Code;
  unit: string;
  category: string;
  time: number;
  encounter?: number;
}

export class Patient {
  readonly attributes = new Map<string, unknown>();
  /** symptom → module → severity; a patient's symptom is the largest. */
  readonly symptoms = new Map<string, Map<string, number>>();
  readonly vitals = new Map<string, number>();
  readonly encounters: Encounter[] = [];
  readonly entries: Entry[] = [];
  readonly observations: Observation[] = [];
  /** Open entries by kind and code, for Active* conditions and *End states. */
  private readonly open = new Map<string, Entry>();
  private readonly latestObservation = new Map<string, Observation>();
  deathTime?: number;
  deathCause?: Code[];
  /** The encounter in progress, if any. */
  current?: Encounter;

  constructor(
    readonly index: number,
    readonly demographics: Demographics,
    readonly random: Random
  ) {}

  alive(time: number): boolean {
    return this.deathTime === undefined || time < this.deathTime;
  }

  startEntry(entry: Entry): Entry {
    this.entries.push(entry);
    for (const c of entry.codes) this.open.set(`${entry.kind}:${c.code}`, entry);
    return entry;
  }

  /** Ends the open entries of this kind with any of these codes. */
  endEntries(kind: Entry['kind'], codes: readonly Code[], time: number): void {
    for (const c of codes) {
      const entry = this.open.get(`${kind}:${c.code}`);
      if (!entry) continue;
      entry.stop = time;
      for (const code of entry.codes) this.open.delete(`${kind}:${code.code}`);
    }
  }

  isActive(kind: Entry['kind'], codes: readonly Code[]): boolean {
    return codes.some(c => this.open.has(`${kind}:${c.code}`));
  }

  record(observation: Observation): void {
    this.observations.push(observation);
    for (const c of observation.codes) this.latestObservation.set(c.code, observation);
  }

  latest(codes: readonly Code[]): Observation | undefined {
    let best: Observation | undefined;
    for (const c of codes) {
      const o = this.latestObservation.get(c.code);
      if (o && (!best || o.time >= best.time)) best = o;
    }
    return best;
  }

  symptom(name: string): number {
    const sources = this.symptoms.get(name);
    return sources ? Math.max(0, ...sources.values()) : 0;
  }

  totalSymptoms(): number {
    let total = 0;
    for (const name of this.symptoms.keys()) total += this.symptom(name);
    return total;
  }
}
