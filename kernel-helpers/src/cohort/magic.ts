/** %%cohort: generate synthetic patients with GMF modules, show the summary, bind a Cohort. */
import { progressBundle } from '../display/display';
import { registerValueBundler } from '../display/values';
import { registerDataDescriber } from '../lineage/hash';
import { newRunId } from '../lineage/run-id';
import path from 'node:path';
import { MagicError } from '../magics/errors';
import { registerMagic } from '../magics/registry';
import { cohortBundle, cohortPayload } from './bundle';
import { CsvWriter } from './export/csv';
import { FhirWriter } from './export/fhir';
import { Cohort } from './cohort';
import { generateCohort, type KeepRule } from './generate';
import { generateParallel } from './parallel';
import { parseJson } from './gmf/errors';
import { parseLogic } from './gmf/logic';
import { builtinModuleNames, loadModules, unsetInputs } from './modules';
import { populationFrom, US_2020 } from './population';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Above this many patients a cohort must stream to disk (csv= or fhir=); GENHEALTH_COHORT_IN_MEMORY_MAX changes it. */
const inMemoryMax = () => Number(process.env.GENHEALTH_COHORT_IN_MEMORY_MAX || 200_000);
/** A generous estimate of one patient's record in memory, for the message. */
const BYTES_PER_PATIENT = 40 * 1024;
export const DEFAULT_REFERENCE_DATE = '2025-01-01';

/** The canonical serialisation of a cohort for lineage: every patient's whole record, in order. */
function describeCohort(cohort: Cohort, update: (chunk: string) => void) {
  update(`genhealth:cohort:v1\n${JSON.stringify(cohort.info.modules)}\n${cohort.info.seed}\n${cohort.info.referenceDate}\n`);
  for (const p of cohort.patients) {
    update(JSON.stringify([p.index, p.demographics, p.deathTime ?? null, p.encounters, p.entries, p.observations]) + '\n');
  }
  // A streamed cohort is identified by its statistics (its files are hashed by whoever reads them).
  if (cohort.info.streamed) update(JSON.stringify(cohortPayloadFor(cohort)));
  return { kind: 'cohort', patients: cohort.size, modules: cohort.info.modules.map(m => m.name) };
}

function cohortPayloadFor(cohort: Cohort) {
  const { run_id: _ignored, ...rest } = cohortPayload(cohort.stats, cohort.info, '');
  void _ignored;
  return rest;
}

export function registerCohortMagic(): void {
  registerValueBundler(Cohort, c => cohortBundle(c, newRunId()));
  registerDataDescriber(Cohort, describeCohort);
  registerMagic({
    name: 'cohort',
    kind: 'line+cell',
    summary: 'Generate synthetic patients with Synthea-format disease modules.',
    doc:
      'Simulates n patients from birth to the reference date in 7-day steps through GMF modules (Synthea\'s JSON ' +
      `format): built-in ones (${builtinModuleNames().join(', ')}) or your own files and folders. A patient depends ` +
      'only on (seed, patient index, modules, population, reference date). keep=<code> keeps only patients who ever ' +
      'had that condition (a GMF condition object in the cell body does the same for any condition); the output ' +
      'says how many were simulated. Binds a Cohort: .patientTable(), .events(kind), .observations(code), ' +
      '.table(features).',
    options: {
      n: { type: 'integer', min: 1, max: 10_000_000, default: 100, doc: 'Patients to keep.' },
      seed: { type: 'integer', min: 0, max: 4294967295, default: 0, doc: 'Seed of the cohort.' },
      modules: { type: 'list', of: 'string', default: ['diabetes', 'hypertension'], doc: 'Built-in module names, GMF JSON files or folders.' },
      keep: { type: 'string', doc: 'Keep only patients who ever had this condition code (e.g. 44054006).' },
      reference: { type: 'string', default: DEFAULT_REFERENCE_DATE, doc: 'The simulation ends on this date (YYYY-MM-DD); fixed by default so runs reproduce.' },
      max_simulated: { type: 'integer', min: 1, default: 200_000, doc: 'Give up keep-patients after simulating this many.' },
      population: { type: 'variable', doc: 'A kernel variable with population shares (ageBands, sex, race, hispanic, socioeconomic) over the US 2020 defaults.' },
      threads: { type: 'integer', min: 1, max: 64, default: 1, doc: 'Worker threads; the patients are the same for any number.' },
      shard: { type: 'string', doc: 'k/N: only the k-th of N equal ranges of patient indices (1-based), for runs on several machines.' },
      csv: { type: 'string', doc: 'Folder for Synthea-style CSV tables, written patient by patient.' },
      fhir: { type: 'string', doc: 'Folder for FHIR R4 transaction bundles (one per patient) and bulk ndjson.' }
    },
    body: { doc: 'optional: a GMF condition (JSON) that kept patients must meet at the reference date.', required: false },
    examples: ['%%cohort n=1000 seed=42 modules=diabetes,hypertension out=cohort', '%%cohort n=5 keep=190905008 modules=cystic_fibrosis', '%%cohort n=100\n{"condition_type": "Age", "operator": ">=", "quantity": 65, "unit": "years"}'],
    async run(call, ctx) {
      const { n, seed, modules, keep, reference, max_simulated, csv, fhir, threads, shard } = call.options;
      const population = call.given.has('population') ? populationFrom(call.options.population) : US_2020;
      let range = { from: 0, count: n! };
      if (shard !== undefined) {
        const m = /^(\d+)\/(\d+)$/.exec(shard);
        if (!m || Number(m[1]) < 1 || Number(m[1]) > Number(m[2])) throw new MagicError(`shard=${shard} is not k/N with 1 ≤ k ≤ N (e.g. shard=2/4).`);
        if (keep || call.body.trim()) throw new MagicError('shard= splits patient indices and cannot be combined with a keep rule.');
        const [k, total] = [Number(m[1]) - 1, Number(m[2])];
        const from = Math.floor((k * n!) / total);
        range = { from, count: Math.floor(((k + 1) * n!) / total) - from };
      }
      const limit = inMemoryMax();
      const keepInMemory = n! <= limit;
      if (!keepInMemory && !csv && !fhir) {
        throw new MagicError(
          `n=${n} is more patients than GenHealth keeps in memory (${limit.toLocaleString('en')}, about ${Math.max(1, Math.round((limit * BYTES_PER_PATIENT) / 2 ** 30))} GiB): ` +
            'give csv=<folder> or fhir=<folder> to stream them to disk; the summary is computed on the way.'
        );
      }
      if (!DATE.test(reference!) || Number.isNaN(Date.parse(`${reference}T00:00:00Z`))) {
        throw new MagicError(`reference=${reference} is not a date; write it as YYYY-MM-DD.`);
      }
      const referenceDate = Date.parse(`${reference}T00:00:00Z`);
      const set = loadModules(modules!);
      const unset = unsetInputs(set);
      if (unset.attributes.length || unset.vitalSigns.length) {
        process.stderr.write(
          `Note: the modules read ${[...unset.attributes.map(a => `attribute ${a}`), ...unset.vitalSigns.map(v => `vital sign ${v}`)].join(', ')}, ` +
            'which none of them sets (Synthea sets such values in its own Java modules). Those paths will not fire; ' +
            'add modules=synthea_shim,... for documented defaults.\n'
        );
      }
      let rule: KeepRule | undefined = keep ? { code: keep } : undefined;
      if (call.body.trim()) {
        if (rule) throw new MagicError('give the keep rule either as keep=<code> or as a condition in the cell body, not both.');
        rule = { condition: parseLogic(parseJson(call.body, 'the cell body'), { module: 'the cell body', state: 'keep', field: 'condition' }) };
      }
      const writers: (CsvWriter | FhirWriter)[] = [];
      if (csv) writers.push(new CsvWriter(path.resolve(csv), seed!));
      if (fhir) writers.push(new FhirWriter(path.resolve(fhir), seed!));
      const bar = ctx.newDisplay();
      let last = 0;
      const onProgress = (kept: number, simulated: number) => {
        const now = Date.now();
        if (now - last < 100 && kept < range.count) return;
        last = now;
        bar.show(progressBundle('Simulating', kept, range.count, `${kept}/${range.count} kept, ${simulated} simulated`));
      };
      const cohort =
        threads! > 1
          ? await generateParallel({
              n: range.count, seed: seed!, specs: modules!, cwd: process.cwd(), modules: set, referenceDate, threads: threads!, population,
              keep: keep ? { code: keep } : call.body.trim() ? { condition: JSON.parse(call.body) } : undefined,
              maxSimulated: max_simulated!, sinks: writers, keepInMemory, signal: ctx.signal, onProgress, startIndex: range.from
            })
          : await generateCohort({
              n: range.count, seed: seed!, modules: set, referenceDate, population, keep: rule, maxSimulated: max_simulated, sinks: writers,
              keepInMemory, signal: ctx.signal, onProgress, startIndex: range.from
            });
      for (const w of writers) w.close();
      if (writers.length) cohort.info.files = [...(csv ? [path.resolve(csv)] : []), ...(fhir ? [path.resolve(fhir)] : [])];
      bar.show(progressBundle('Simulating', range.count, range.count, `${cohort.size} patients (${cohort.info.simulated} simulated) in ${cohort.info.seconds.toFixed(1)} s`));
      const conditions = [...cohort.stats.conditions].map(([code, c]) => [code, c.all] as const);
      return {
        value: cohort,
        valueType: 'import("genhealth").Cohort',
        bundle: cohortBundle(cohort, ctx.runId),
        inputs: [
          ...set.modules.map(m => ({ name: `module:${m.name}`, value: { gmf_module: m.name, sha256: m.sha256 } })),
          ...[...set.submodules.entries()].map(([path, m]) => ({ name: `submodule:${path}`, value: { gmf_module: path, sha256: m.sha256 } })),
          { name: 'population', value: population }
        ],
        metrics: {
          patients: cohort.size,
          simulated: cohort.info.simulated,
          ...Object.fromEntries([...conditions].map(([code, k]) => [`prevalence.${code}`, k / cohort.size]))
        }
      };
    }
  });
}
