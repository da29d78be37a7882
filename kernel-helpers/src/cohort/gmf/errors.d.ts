export declare class GmfError extends Error {
    readonly module: string;
    readonly state?: string | undefined;
    readonly field?: string | undefined;
    constructor(module: string, message: string, state?: string | undefined, field?: string | undefined);
}
export declare const suggest: (word: string, candidates: Iterable<string>) => string;
/** JSON.parse with the position of a syntax error as line and column. */
export declare function parseJson(text: string, source: string): unknown;
