/**
 * What the literature behind our modules expects, for the "expected" column next to the observed
 * prevalence: a share of the cohort members in scope, computed for the cohort's own ages.
 */
import type { Patient } from './patient';
export interface Expectation {
    code: string;
    /** Who counts in the denominator. */
    scope: 'all' | 'adults';
    source: string;
    /** Probability that a member of this age (years at the reference date) has the condition. */
    probability(age: number): number;
}
export declare const EXPECTATIONS: Expectation[];
/** Who an expectation is about: all patients or adults (18+ at the reference date). */
export declare function inScope(scope: Expectation['scope'], p: Patient, reference: number): boolean;
export declare function expectationFor(code: string): Expectation | undefined;
/** The expected share among the patients in the expectation's scope, for their ages. */
export declare function expectedShare(e: Expectation, patients: readonly Patient[], reference: number): number | undefined;
