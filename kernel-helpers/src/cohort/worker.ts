/**
 * A worker thread of a cohort: simulates a range of patient indices and sends back the kept
 * patients' records as plain data. Module definitions are loaded in the worker from the same
 * specs, so every thread runs identical definitions.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Simulation } from './engine';
import { keeps, type KeepRule } from './generate';
import { parseLogic } from './gmf/logic';
import { loadModules } from './modules';
import { makePatient, type Population } from './population';
import { toRecord, type WorkRange } from './parallel';

if (parentPort) {
  const data = workerData as { specs: string[]; cwd: string; seed: number; referenceDate: number; population: Population; keep?: { code: string } | { condition: unknown } };
  const set = loadModules(data.specs, data.cwd);
  const keep: KeepRule | undefined = data.keep && ('code' in data.keep ? data.keep : { condition: parseLogic(data.keep.condition, { module: 'keep', state: 'keep', field: 'condition' }) });
  parentPort.on('message', (range: WorkRange) => {
    const kept = [];
    for (let i = range.from; i < range.to; i++) {
      const patient = new Simulation(makePatient(data.seed, i, data.population, data.referenceDate), set.modules, { end: data.referenceDate, submodules: set.submodules }).run();
      if (!keep || keeps(keep, patient, data.referenceDate)) kept.push(toRecord(patient));
    }
    parentPort!.postMessage({ from: range.from, kept });
  });
}
