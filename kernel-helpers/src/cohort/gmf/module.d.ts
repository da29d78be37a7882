import { type Logic } from './logic';
export declare const STATE_TYPES: readonly ["Initial", "Terminal", "Simple", "Guard", "Delay", "SetAttribute", "Counter", "CallSubmodule", "Physiology", "Encounter", "EncounterEnd", "ConditionOnset", "ConditionEnd", "AllergyOnset", "AllergyEnd", "MedicationOrder", "MedicationEnd", "CarePlanStart", "CarePlanEnd", "Procedure", "ImagingStudy", "Device", "DeviceEnd", "SupplyList", "Vaccine", "VitalSign", "Observation", "MultiObservation", "DiagnosticReport", "Symptom", "Death"];
export type StateType = (typeof STATE_TYPES)[number];
export interface Code {
    system: string;
    code: string;
    display: string;
}
/** A probability: a number, or read from a person attribute with a default. */
export type Probability = number | {
    attribute: string;
    default: number;
};
export interface Branch {
    probability: Probability;
    to: string;
}
export type Transition = {
    kind: 'direct';
    to: string;
} | {
    kind: 'distributed';
    branches: readonly Branch[];
} | {
    kind: 'conditional';
    options: readonly {
        condition?: Logic;
        to: string;
    }[];
} | {
    kind: 'complex';
    options: readonly {
        condition?: Logic;
        to?: string;
        branches: readonly Branch[];
    }[];
} | {
    kind: 'lookup_table';
    options: readonly {
        to: string;
        defaultProbability: number;
        table: string;
    }[];
} | {
    kind: 'type_of_care';
    ambulatory: string;
    emergency: string;
    telemedicine: string;
};
export interface GmfState {
    name: string;
    type: StateType;
    /** The state's fields as written (frozen); codes are normalised to strings. */
    fields: Readonly<Record<string, unknown>>;
    transition?: Transition;
    /** Conditions of Guard (`allow`) states, parsed. */
    allow?: Logic;
}
export interface GmfModule {
    name: string;
    /** Where it came from: a built-in name, a file path. */
    source: string;
    gmfVersion: number;
    specialty?: string;
    states: ReadonlyMap<string, GmfState>;
    /** Submodule paths this module calls. */
    submodules: readonly string[];
    /** SHA-256 of the module's canonical JSON: part of every cohort's lineage. */
    sha256: string;
}
/** Every state name a transition can lead to. */
export declare function targetsOf(t: Transition): string[];
/** Loads and checks a module from parsed JSON or JSON text. */
export declare function loadModule(input: unknown, source: string): GmfModule;
