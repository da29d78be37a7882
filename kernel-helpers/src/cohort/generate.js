/**
 * Generating a cohort: simulate patients 0, 1, 2, ... and keep those that meet the keep rule,
 * until n are kept or the simulation budget is spent. Work is done in batches so that progress
 * shows and an interrupt is honoured between batches.
 */
import { evaluate } from './gmf/evaluate';
import { Cohort, CohortError } from './cohort';
import { patientView, Simulation } from './engine';
import { makePatient, US_2020 } from './population';
import { checkSubmodules } from './simulate';
export function keeps(rule, p, reference) {
    if ('code' in rule)
        return p.entries.some(e => e.codes.some(c => c.code === rule.code));
    return evaluate(rule.condition, patientView(p, Math.min(reference, p.deathTime ?? Infinity), 'keep'));
}
export async function generateCohort(o) {
    if (!Number.isInteger(o.n) || o.n <= 0)
        throw new CohortError(`n must be a whole number ≥ 1, not ${o.n}`);
    checkSubmodules({ seed: o.seed, modules: o.modules.modules, submodules: o.modules.submodules, referenceDate: o.referenceDate });
    const started = Date.now();
    const population = o.population ?? US_2020;
    const budget = o.maxSimulated ?? Math.max(200_000, o.n);
    const batch = o.batch ?? 250;
    const kept = [];
    let index = 0;
    while (kept.length < o.n) {
        if (index >= budget) {
            throw new CohortError(`kept ${kept.length} of ${o.n} patients after simulating ${index} (max_simulated=${budget}): the keep rule is rarer than that. ` +
                'Raise max_simulated, lower n, or loosen keep.');
        }
        const end = Math.min(budget, index + batch);
        for (; index < end && kept.length < o.n; index++) {
            const patient = new Simulation(makePatient(o.seed, index, population, o.referenceDate), o.modules.modules, { end: o.referenceDate, submodules: o.modules.submodules }).run();
            if (!o.keep || keeps(o.keep, patient, o.referenceDate))
                kept.push(patient);
        }
        o.onProgress?.(kept.length, index);
        await new Promise(resolve => setImmediate(resolve));
        if (o.signal?.aborted)
            throw o.signal.reason;
    }
    return new Cohort(kept, {
        seed: o.seed,
        referenceDate: o.referenceDate,
        modules: o.modules.modules.map(m => ({ name: m.name, sha256: m.sha256 })),
        simulated: index,
        seconds: (Date.now() - started) / 1000
    });
}
//# sourceMappingURL=generate.js.map