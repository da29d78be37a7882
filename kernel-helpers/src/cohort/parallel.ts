/**
 * Generating with worker threads. Patient indices are cut into chunks that workers simulate; the
 * kept patients are merged in index order, so the result is the same as on one thread — the first
 * n patients that meet the keep rule — byte for byte.
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { Cohort, CohortError } from './cohort';
import { Patient, type Demographics, type Encounter, type Entry, type Observation } from './patient';
import { Random } from './random';
import { CohortStats } from './stats';
import type { ModuleSet } from './modules';
import { US_2020, type Population } from './population';

export interface WorkRange {
  from: number;
  to: number;
}

/** A patient as plain data (structured clone drops class prototypes). */
export interface PatientRecord {
  index: number;
  demographics: Demographics;
  attributes: [string, unknown][];
  encounters: Encounter[];
  entries: Entry[];
  observations: Observation[];
  deathTime?: number;
}

export function toRecord(p: Patient): PatientRecord {
  return { index: p.index, demographics: p.demographics, attributes: [...p.attributes].filter(([, v]) => typeof v !== 'object' || v === null), encounters: p.encounters, entries: p.entries, observations: p.observations, deathTime: p.deathTime };
}

/** Rebuilds a Patient (with its look-up indices) from a record. */
export function fromRecord(r: PatientRecord): Patient {
  const p = new Patient(r.index, r.demographics, new Random(0));
  for (const [k, v] of r.attributes) p.attributes.set(k, v);
  p.encounters.push(...r.encounters);
  for (const e of r.entries) {
    const stop = e.stop;
    p.startEntry({ ...e, stop: undefined });
    if (stop !== undefined) p.endEntries(e.kind, e.codes, stop);
  }
  for (const o of r.observations) p.record(o);
  p.deathTime = r.deathTime;
  return p;
}

export interface ParallelOptions {
  n: number;
  seed: number;
  specs: string[];
  cwd: string;
  modules: ModuleSet;
  referenceDate: number;
  threads: number;
  population?: Population;
  keep?: { code: string } | { condition: unknown };
  maxSimulated: number;
  chunk?: number;
  /** The first patient index (shards). */
  startIndex?: number;
  sinks?: { write(p: Patient): void }[];
  keepInMemory?: boolean;
  onProgress?: (kept: number, simulated: number) => void;
  signal?: AbortSignal;
}

export async function generateParallel(o: ParallelOptions): Promise<Cohort> {
  const started = Date.now();
  const chunk = o.chunk ?? 200;
  const workers = Array.from({ length: o.threads }, () => new Worker(path.join(__dirname, 'worker.js'), { workerData: { specs: o.specs, cwd: o.cwd, seed: o.seed, referenceDate: o.referenceDate, keep: o.keep, population: o.population ?? US_2020 } }));
  const results = new Map<number, PatientRecord[]>();
  const kept: Patient[] = [];
  const stats = new CohortStats(o.referenceDate);
  const first = o.startIndex ?? 0;
  let next = first;
  let merged = first;
  let failure: unknown;
  let last = -1;
  try {
    await new Promise<void>((resolve, reject) => {
      let busy = 0;
      const limit = first + o.maxSimulated;
      const done = () => stats.patients >= o.n || merged >= limit;
      const merge = () => {
        while (results.has(merged) && !done()) {
          for (const record of results.get(merged)!) {
            if (stats.patients >= o.n) break;
            const p = fromRecord(record);
            stats.add(p);
            for (const sink of o.sinks ?? []) sink.write(p);
            last = p.index;
            if (o.keepInMemory !== false) kept.push(p);
          }
          const size = Math.min(chunk, limit - merged);
          results.delete(merged);
          merged += size;
        }
        o.onProgress?.(stats.patients, merged);
      };
      const feed = (w: Worker) => {
        if (done() || next >= limit || o.signal?.aborted) {
          if (busy === 0) resolve();
          return;
        }
        const range = { from: next, to: Math.min(limit, next + chunk) };
        next = range.to;
        busy++;
        w.postMessage(range);
      };
      for (const w of workers) {
        w.on('message', (m: { from: number; kept: PatientRecord[] }) => {
          busy--;
          results.set(m.from, m.kept);
          merge();
          feed(w);
          if (done() && busy === 0) resolve();
        });
        w.on('error', e => reject(e));
        feed(w);
      }
    });
  } catch (e) {
    failure = e;
  } finally {
    await Promise.all(workers.map(w => w.terminate()));
  }
  if (failure) throw failure;
  if (o.signal?.aborted) throw o.signal.reason;
  if (stats.patients < o.n) {
    throw new CohortError(`kept ${stats.patients} of ${o.n} patients after simulating ${merged - first} (max_simulated=${o.maxSimulated}): the keep rule is rarer than that. Raise max_simulated, lower n, or loosen keep.`);
  }
  // The simulated count is where the n-th kept patient was found, as on one thread.
  const simulated = (last >= 0 ? last + 1 : merged) - first;
  return new Cohort(kept, { streamed: o.keepInMemory === false, seed: o.seed, referenceDate: o.referenceDate, modules: o.modules.modules.map(m => ({ name: m.name, sha256: m.sha256 })), simulated, seconds: (Date.now() - started) / 1000 }, stats);
}
