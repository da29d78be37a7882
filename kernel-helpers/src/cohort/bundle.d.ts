/**
 * `application/vnd.genhealth.cohort+json`: counts, demographics (age pyramid, sex, race,
 * ethnicity), condition prevalence next to the expected values, a few patients' trajectories of
 * one lab value (HbA1c when present) and the first rows of the patient table.
 * Summary: patients, simulated, alive, deceased, seed, reference_date, modules, mean_age.
 */
import { type GenHealthPayload, type MimeBundle } from '../display/bundle';
import type { Cohort } from './cohort';
export interface CohortPayload extends GenHealthPayload {
    kind: 'cohort';
    demographics: {
        pyramid: {
            bands: string[];
            female: number[];
            male: number[];
        };
        sex: Record<string, number>;
        race: Record<string, number>;
        ethnicity: Record<string, number>;
    };
    /** `share` is among `scope` ("all" patients, or "adults" where the expectation is about adults). */
    prevalence: {
        code: string;
        system: string;
        display: string;
        patients: number;
        share: number;
        scope: 'all' | 'adults';
        expected_share?: number;
        expected_source?: string;
    }[];
    trajectories: {
        code: string;
        display: string;
        unit: string;
        series: {
            patient: string;
            points: [number, number][];
        }[];
    } | null;
    patients: {
        columns: {
            name: string;
            type: string;
        }[];
        data: unknown[][];
        rows: number;
    };
}
export declare function cohortPayload(cohort: Cohort, runId: string): CohortPayload;
export declare function cohortBundle(cohort: Cohort, runId: string): MimeBundle;
