import type { GmfModule } from './gmf/module';
import type { Patient } from './patient';
import { type Population } from './population';
export interface CohortSpec {
    seed: number;
    modules: readonly GmfModule[];
    submodules?: ReadonlyMap<string, GmfModule>;
    population?: Population;
    /** The simulation ends here (ms since epoch, UTC). */
    referenceDate: number;
}
/** Fails before simulating when a module calls a submodule that was not given. */
export declare function checkSubmodules(spec: CohortSpec): void;
/** Patients [from, to) of the cohort: each depends only on (seed, index, modules, population, reference date). */
export declare function simulatePatients(spec: CohortSpec, from: number, to: number): Patient[];
