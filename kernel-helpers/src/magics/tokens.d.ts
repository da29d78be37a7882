/**
 * Splits a magic's argument text into tokens: `key=value`, `--flag` and positional words. Quotes
 * ("..." or '...', backslash escapes) keep spaces inside one token. Offsets point into the line so
 * errors and completions can refer to exact columns.
 */
export type Token = {
    kind: 'option';
    key: string;
    raw: string;
    quoted: boolean;
    start: number;
    end: number;
    valueStart: number;
} | {
    kind: 'flag';
    name: string;
    start: number;
    end: number;
} | {
    kind: 'word';
    raw: string;
    quoted: boolean;
    start: number;
    end: number;
};
export declare class TokenizeError extends Error {
    readonly position: number;
    constructor(message: string, position: number);
}
/** Tokenizes `text`, whose first character is at column `offset` of the line. */
export declare function tokenize(text: string, offset?: number): Token[];
