export interface TrackOptions<A extends unknown[]> {
    /** Parameters to record (JSON-able); default: the non-data arguments. */
    params?: (...args: A) => Record<string, unknown>;
    /** Which arguments are data sets or models; default: arrays, typed arrays and objects. */
    inputs?: (...args: A) => Record<string, unknown>;
}
export declare function track<A extends unknown[], R>(name: string, fn: (...args: A) => R, options?: TrackOptions<A>): (...args: A) => R;
