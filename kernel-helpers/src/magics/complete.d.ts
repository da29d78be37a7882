export interface Completion {
    start: number;
    end: number;
    matches: string[];
}
/** Completes the magic line under the cursor, or returns null when the cursor is not on one. */
export declare function completeMagic(code: string, cursor: number, variables?: () => string[]): Completion | null;
/** The help of the magic on the cursor's line, or null when the line is not a known magic. */
export declare function inspectMagic(code: string, cursor: number): string | null;
