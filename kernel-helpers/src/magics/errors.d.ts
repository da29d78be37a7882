/**
 * Errors a magic reports to the user. The kernel turns them into a Jupyter `error` message whose
 * `ename` is the error's name, so front ends and nbclient can tell what failed.
 */
/** Where in the magic's line the offending token sits, so the traceback can point at it. */
export interface TokenSpan {
    line: string;
    start: number;
    end: number;
}
export declare class MagicError extends Error {
    readonly span?: TokenSpan;
    readonly hint?: string;
    constructor(message: string, options?: {
        span?: TokenSpan;
        hint?: string;
    });
}
/** Damerau–Levenshtein distance (optimal string alignment), small strings only. */
export declare function editDistance(a: string, b: string): number;
/**
 * The closest candidate to `word`, or undefined when nothing is close enough to be a plausible typo
 * (distance at most a third of the longer word, and at least 1; prefixes also count).
 */
export declare function nearest(word: string, candidates: Iterable<string>): string | undefined;
/** "Did you mean 'x'? " or "" — the sentence that starts most of our error hints. */
export declare function didYouMean(word: string, candidates: Iterable<string>, quote?: (s: string) => string): string;
/** Formats an error's traceback lines: the message, the source line and a caret under the bad token. */
export declare function tracebackOf(error: MagicError): string[];
