/**
 * A generated cohort: the patients with their records, and the views a user works with — a
 * patient table, event tables and a modelling table with one row per patient.
 */
import { Table } from '../table/model';
import type { Entry, Patient } from './patient';
export declare class CohortError extends Error {
    constructor(message: string);
}
export interface CohortInfo {
    seed: number;
    referenceDate: number;
    modules: {
        name: string;
        sha256: string;
    }[];
    /** How many patients were simulated to keep these (keep-patients). */
    simulated: number;
    seconds: number;
}
export type Feature = 'age' | 'sex' | 'race' | 'ethnicity' | 'socioeconomic' | 'deceased' | `condition:${string}` | `last:${string}` | `medication:${string}`;
export declare class Cohort {
    readonly patients: readonly Patient[];
    readonly info: CohortInfo;
    constructor(patients: readonly Patient[], info: CohortInfo);
    get size(): number;
    idOf(p: Patient): string;
    ageOf(p: Patient): number;
    /** One row per patient: demographics. */
    patientTable(): Table;
    /** One row per entry of a kind (conditions, medications, ...), with patient id, dates and code. */
    events(kind: Entry['kind']): Table;
    /** One row per observation (all, or of one code). */
    observations(code?: string): Table;
    /**
     * A modelling table, one row per patient: `age`, `sex`, `race`, `ethnicity`, `socioeconomic`,
     * `deceased`, `condition:<code>` (1 if ever diagnosed), `medication:<code>` (1 if ever ordered),
     * `last:<LOINC>` (the latest value, NaN if never measured).
     */
    table(features: readonly Feature[]): Table;
}
