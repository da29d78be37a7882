/**
 * Seeded random numbers for cohorts. A patient's stream depends only on (seed, patient index), so
 * one thread, many workers or many shards produce the same patients. xoshiro128** seeded through
 * splitmix32; doubles have 53 random bits.
 */
export declare class Random {
    private a;
    private b;
    private c;
    private d;
    private spareGaussian;
    /** A stream for one patient: mixes the cohort seed and the patient index. */
    static forPatient(seed: number, index: number): Random;
    constructor(seed: number, mix?: () => number);
    /** Next 32 random bits (xoshiro128**). */
    nextUint32(): number;
    /** Uniform in [0, 1) with 53 random bits. */
    next(): number;
    uniform(low: number, high: number): number;
    /** Integer in [low, high], both included. */
    int(low: number, high: number): number;
    /** Standard normal (Marsaglia polar method; one spare kept). */
    gaussian(mean?: number, sd?: number): number;
    exponential(mean: number): number;
    triangular(min: number, mode: number, max: number): number;
    /** Picks an index by weights; a remainder below 1 goes to the last option (as in Synthea). */
    pick(weights: readonly number[]): number;
}
