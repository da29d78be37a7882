/** Simulating patients through modules (the pure part of a cohort; no I/O). */
import { Simulation } from './engine';
import { GmfError } from './gmf/errors';
import { makePatient, US_2020 } from './population';
/** Fails before simulating when a module calls a submodule that was not given. */
export function checkSubmodules(spec) {
    const known = spec.submodules ?? new Map();
    const queue = [...spec.modules];
    const seen = new Set();
    while (queue.length) {
        const m = queue.pop();
        for (const path of m.submodules) {
            const sub = known.get(path);
            if (!sub)
                throw new GmfError(m.name, `calls submodule '${path}', which was not loaded: pass it with the module's folder or as a file`);
            if (!seen.has(path))
                seen.add(path), queue.push(sub);
        }
    }
}
/** Patients [from, to) of the cohort: each depends only on (seed, index, modules, population, reference date). */
export function simulatePatients(spec, from, to) {
    checkSubmodules(spec);
    const patients = [];
    for (let i = from; i < to; i++) {
        const patient = makePatient(spec.seed, i, spec.population ?? US_2020, spec.referenceDate);
        patients.push(new Simulation(patient, spec.modules, { end: spec.referenceDate, submodules: spec.submodules }).run());
    }
    return patients;
}
//# sourceMappingURL=simulate.js.map