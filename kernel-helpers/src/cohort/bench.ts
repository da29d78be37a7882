/**
 * `npm run bench -- cohort`: lifetimes per second on one core and with worker threads (a) with our modules, (b) with the
 * Synthea fixture modules (when shared/fixtures is beside the repository), and peak memory of
 * 100,000 patients streamed to CSV. Goal: ≥ 1,000 lifetimes/s per core with our modules. Synthea's
 * published figure (issue #1515): about 441 patients per minute on 8 vCPU.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { emit } from '../bench/record';
import { CsvWriter } from './export/csv';
import { generateCohort } from './generate';
import { generateParallel } from './parallel';
import { loadModule } from './gmf/module';
import { loadModules, type ModuleSet } from './modules';

const REFERENCE = Date.UTC(2025, 0, 1);
const FIXTURES = path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'fixtures', 'synthea-modules');

async function rate(set: ModuleSet, n: number): Promise<number> {
  await generateCohort({ n: 200, seed: 99, modules: set, referenceDate: REFERENCE }); // warm up
  const started = process.hrtime.bigint();
  await generateCohort({ n, seed: 1, modules: set, referenceDate: REFERENCE });
  return n / (Number(process.hrtime.bigint() - started) / 1e9);
}

/** Run in a child: stream `n` patients to CSV and report the peak resident memory. */
export async function streamChild(n: number): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'genhealth-bench-stream-'));
  const writer = new CsvWriter(dir, 1);
  const started = Date.now();
  await generateCohort({ n, seed: 1, modules: loadModules(['diabetes', 'hypertension', 'cystic_fibrosis']), referenceDate: REFERENCE, sinks: [writer], keepInMemory: false, batch: 1000 });
  writer.close();
  process.stdout.write(JSON.stringify({ maxRssKiB: process.resourceUsage().maxRSS, seconds: (Date.now() - started) / 1000 }) + '\n');
}

export async function run(): Promise<void> {
  const common = { bench: 'cohort' };
  const ours = await rate(loadModules(['diabetes', 'hypertension', 'cystic_fibrosis']), 5000);
  const synthea = { value: 441 / 60 / 8, note: 'Synthea, issue #1515: ~441 patients/min on 8 vCPU' };
  emit({ ...common, metric: 'lifetimes-per-second-1-core-our-modules', value: Math.round(ours), unit: 'lifetimes/s', goal: 1000, baseline: synthea.note, ratio: Math.round(ours / synthea.value) });
  const specs = ['diabetes', 'hypertension', 'cystic_fibrosis'];
  const threads = Math.max(2, os.availableParallelism());
  const t0 = process.hrtime.bigint();
  await generateParallel({ n: 10000, seed: 1, specs, cwd: process.cwd(), modules: loadModules(specs), referenceDate: REFERENCE, threads, maxSimulated: 10000 });
  const parallel = 10000 / (Number(process.hrtime.bigint() - t0) / 1e9);
  emit({ ...common, metric: 'lifetimes-per-second-worker-threads-our-modules', value: Math.round(parallel), unit: 'lifetimes/s', threads, cores: os.availableParallelism(), baseline: 'one core, same modules', ratio: Number((parallel / ours).toFixed(2)) });
  if (existsSync(FIXTURES)) {
    const names = ['appendicitis', 'bronchitis', 'sinusitis', 'atrial_fibrillation', 'metabolic_syndrome_disease'];
    const set: ModuleSet = { modules: names.map(n => loadModule(readFileSync(path.join(FIXTURES, `${n}.json`), 'utf8'), n)), submodules: new Map() };
    const fixtures = await rate(set, 2000);
    emit({ ...common, metric: 'lifetimes-per-second-1-core-synthea-fixtures', value: Math.round(fixtures), unit: 'lifetimes/s', modules: names.join(','), baseline: synthea.note, ratio: Math.round(fixtures / synthea.value) });
  }
  const out = execFileSync(process.execPath, ['-e', `require(${JSON.stringify(__filename)}).streamChild(100000)`], { encoding: 'utf8', maxBuffer: 1 << 20 });
  const { maxRssKiB, seconds } = JSON.parse(out.trim().split('\n').pop()!);
  emit({ ...common, metric: 'peak-memory-100k-streamed-to-csv', value: Math.round(maxRssKiB / 1024), unit: 'MiB', seconds, lifetimes_per_second: Math.round(100000 / seconds) });
}
