/**
 * One synthetic patient: demographics, attributes, symptoms, vital signs and the health record the
 * modules write (encounters, conditions, allergies, medications, care plans, procedures,
 * observations, immunizations, devices, supplies). Per-patient state only; module definitions are
 * shared and never written.
 */
import type { Code } from './gmf/module';
import type { Random } from './random';
export type Sex = 'M' | 'F';
export interface Demographics {
    sex: Sex;
    race: string;
    ethnicity: 'hispanic' | 'nonhispanic';
    socioeconomic: 'High' | 'Middle' | 'Low';
    birth: number;
}
export interface Encounter {
    id: number;
    /** The Encounter state's name (or "Wellness"): target_encounter refers to it. */
    name: string;
    encounterClass: string;
    codes: Code[];
    start: number;
    stop?: number;
    /** The module that owns it ("Encounter" for scheduled wellness visits). */
    owner: string;
    reason?: Code;
}
export interface Entry {
    kind: 'condition' | 'allergy' | 'medication' | 'careplan' | 'procedure' | 'immunization' | 'device' | 'supply';
    codes: Code[];
    start: number;
    stop?: number;
    encounter?: number;
    reason?: Code;
    /** Medication: renewed at wellness visits. Supply: quantity. */
    chronic?: boolean;
    quantity?: number;
}
export interface Observation {
    codes: Code[];
    value: number | string | Code;
    unit: string;
    category: string;
    time: number;
    encounter?: number;
}
export declare class Patient {
    readonly index: number;
    readonly demographics: Demographics;
    readonly random: Random;
    readonly attributes: Map<string, unknown>;
    /** symptom → module → severity; a patient's symptom is the largest. */
    readonly symptoms: Map<string, Map<string, number>>;
    readonly vitals: Map<string, number>;
    readonly encounters: Encounter[];
    readonly entries: Entry[];
    readonly observations: Observation[];
    /** Open entries by kind and code, for Active* conditions and *End states. */
    private readonly open;
    private readonly latestObservation;
    deathTime?: number;
    deathCause?: Code[];
    /** The encounter in progress, if any. */
    current?: Encounter;
    constructor(index: number, demographics: Demographics, random: Random);
    alive(time: number): boolean;
    startEntry(entry: Entry): Entry;
    /** Ends the open entries of this kind with any of these codes. */
    endEntries(kind: Entry['kind'], codes: readonly Code[], time: number): void;
    isActive(kind: Entry['kind'], codes: readonly Code[]): boolean;
    record(observation: Observation): void;
    latest(codes: readonly Code[]): Observation | undefined;
    symptom(name: string): number;
    totalSymptoms(): number;
}
