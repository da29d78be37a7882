/**
 * The GMF state machine (SYNTHEA_GMF_NOTES §3, §6): one patient from birth to the end date in
 * 7-day steps. Each step the Encounter module may open a wellness or symptom-driven visit, then
 * every active module runs states back to back until one blocks (Delay, Guard, a busy encounter,
 * a procedure in progress, a blocked submodule) or finishes (Terminal, death). A Delay that ended
 * between steps is rewound: the states after it run at the delay's end time.
 */
import { type PatientView } from './gmf/evaluate';
import type { GmfModule } from './gmf/module';
import type { Patient } from './patient';
export declare const STEP_MS: number;
export interface SimulationOptions {
    end: number;
    /** Submodules by path (e.g. `medications/otc_antihistamine`). */
    submodules?: ReadonlyMap<string, GmfModule>;
    maxTransitionsPerStep?: number;
}
/** Wellness visit interval by age (SYNTHEA_GMF_NOTES §6, from Synthea's EncounterModule). */
export declare function wellnessInterval(ageMs: number): number;
/** What conditions see of a patient at `now` (module history for PriorState). */
export declare function patientView(p: Patient, now: number, module: string, history?: readonly {
    name: string;
    exited?: number;
}[]): PatientView;
export declare class Simulation {
    private readonly patient;
    private readonly options;
    private encounterIds;
    private nextWellness;
    private readonly runs;
    private readonly maxTransitions;
    constructor(patient: Patient, modules: readonly GmfModule[], options: SimulationOptions);
    run(): Patient;
    private encounterModule;
    private openEncounter;
    private endEncounter;
    private view;
    /** Runs one module at time `t` until it blocks or finishes. */
    private process;
    private sample;
    /** A duration in ms from exact / range / distribution with a unit; undefined when none is given. */
    private duration;
    private diagnose;
    private startEntry;
    /** Codes an *End state ends: those of a state of this module, of an attribute, or its own. */
    private endCodes;
    private observationValue;
    private execute;
    /** Records onsets that waited for the encounter named `name`. */
    private flushOnsets;
    /** A `reason`: an attribute holding an entry or code, else the codes of a ConditionOnset state. */
    private reasonOf;
}
