/**
 * Generating a cohort: simulate patients 0, 1, 2, ... and keep those that meet the keep rule,
 * until n are kept or the simulation budget is spent. Work is done in batches so that progress
 * shows and an interrupt is honoured between batches.
 */
import { evaluate } from './gmf/evaluate';
import type { Logic } from './gmf/logic';
import { Cohort, CohortError } from './cohort';
import { patientView, Simulation } from './engine';
import type { ModuleSet } from './modules';
import type { Patient } from './patient';
import { makePatient, US_2020, type Population } from './population';
import { CohortStats } from './stats';
import { checkSubmodules } from './simulate';

export type KeepRule = { code: string } | { condition: Logic };

export interface GenerateOptions {
  n: number;
  seed: number;
  modules: ModuleSet;
  referenceDate: number;
  population?: Population;
  keep?: KeepRule;
  /** Stop after simulating this many patients (keep-patients with a rare rule). */
  maxSimulated?: number;
  /** The first patient index (shards simulate separate index ranges). */
  startIndex?: number;
  batch?: number;
  /** Where each kept patient is written as it is made (CSV, FHIR). */
  sinks?: { write(p: Patient): void }[];
  /** False: patients only go to the sinks (cohorts larger than memory). */
  keepInMemory?: boolean;
  onProgress?: (kept: number, simulated: number) => void;
  signal?: AbortSignal;
}

export function keeps(rule: KeepRule, p: Patient, reference: number): boolean {
  if ('code' in rule) return p.entries.some(e => e.codes.some(c => c.code === rule.code));
  return evaluate(rule.condition, patientView(p, Math.min(reference, p.deathTime ?? Infinity), 'keep'));
}

export async function generateCohort(o: GenerateOptions): Promise<Cohort> {
  if (!Number.isInteger(o.n) || o.n <= 0) throw new CohortError(`n must be a whole number ≥ 1, not ${o.n}`);
  checkSubmodules({ seed: o.seed, modules: o.modules.modules, submodules: o.modules.submodules, referenceDate: o.referenceDate });
  const started = Date.now();
  const population = o.population ?? US_2020;
  const budget = o.maxSimulated ?? Math.max(200_000, o.n);
  const batch = o.batch ?? 250;
  const kept: Patient[] = [];
  const stats = new CohortStats(o.referenceDate);
  const keepInMemory = o.keepInMemory !== false;
  const first = o.startIndex ?? 0;
  let index = first;
  while (stats.patients < o.n) {
    if (index - first >= budget) {
      throw new CohortError(
        `kept ${stats.patients} of ${o.n} patients after simulating ${index - first} (max_simulated=${budget}): the keep rule is rarer than that. ` +
          'Raise max_simulated, lower n, or loosen keep.'
      );
    }
    const end = Math.min(first + budget, index + batch);
    for (; index < end && stats.patients < o.n; index++) {
      const patient = new Simulation(makePatient(o.seed, index, population, o.referenceDate), o.modules.modules, { end: o.referenceDate, submodules: o.modules.submodules }).run();
      if (o.keep && !keeps(o.keep, patient, o.referenceDate)) continue;
      stats.add(patient);
      for (const sink of o.sinks ?? []) sink.write(patient);
      if (keepInMemory) kept.push(patient);
    }
    o.onProgress?.(stats.patients, index - first);
    await new Promise(resolve => setImmediate(resolve));
    if (o.signal?.aborted) throw o.signal.reason;
  }
  return new Cohort(kept, {
    streamed: !keepInMemory,
    seed: o.seed,
    referenceDate: o.referenceDate,
    modules: o.modules.modules.map(m => ({ name: m.name, sha256: m.sha256 })),
    simulated: index - first,
    seconds: (Date.now() - started) / 1000
  }, stats);
}
