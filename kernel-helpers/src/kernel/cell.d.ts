/**
 * How a cell runs. A `%%name` first line makes a cell magic; a cell whose lines are all `%name` lines
 * (blank lines and // comments allowed) runs them in order without TypeScript; a cell that mixes magic
 * lines and code runs as TypeScript with each magic line turned into an awaited call in place, the
 * way IPython turns `%name` into a function call.
 */
import { type MagicLine } from '../magics/invocation';
export declare const LINE_MAGIC_HOOK = "genhealth.kernel.runLineMagic";
export type CellPlan = {
    kind: 'code';
    code: string;
} | {
    kind: 'cell-magic';
    magic: MagicLine;
    body: string;
} | {
    kind: 'line-magics';
    lines: string[];
} | {
    kind: 'mixed';
    code: string;
};
export declare function planCell(code: string): CellPlan;
/** The cell with magic lines blanked (same length), for TypeScript completion and inspection. */
export declare function blankMagicLines(code: string): string;
