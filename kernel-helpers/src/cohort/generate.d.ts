import type { Logic } from './gmf/logic';
import { Cohort } from './cohort';
import type { ModuleSet } from './modules';
import type { Patient } from './patient';
import { type Population } from './population';
export type KeepRule = {
    code: string;
} | {
    condition: Logic;
};
export interface GenerateOptions {
    n: number;
    seed: number;
    modules: ModuleSet;
    referenceDate: number;
    population?: Population;
    keep?: KeepRule;
    /** Stop after simulating this many patients (keep-patients with a rare rule). */
    maxSimulated?: number;
    batch?: number;
    onProgress?: (kept: number, simulated: number) => void;
    signal?: AbortSignal;
}
export declare function keeps(rule: KeepRule, p: Patient, reference: number): boolean;
export declare function generateCohort(o: GenerateOptions): Promise<Cohort>;
