import { type VariableScope } from './options';
import { type KernelSession, type MagicCall, type MagicSpec } from './registry';
/** A line that starts with `%` or `%%`, split into its parts. */
export interface MagicLine {
    line: string;
    /** True for `%%name` (cell magic). */
    cell: boolean;
    name: string;
    /** `%name?` asks for help instead of running. */
    help: boolean;
    nameStart: number;
    nameEnd: number;
    argsText: string;
    argsStart: number;
}
export declare function isMagicLine(line: string): boolean;
/** Splits a magic line; returns null when the line is not a magic line. */
export declare function parseMagicLine(line: string): MagicLine | null;
/** Resolves the magic of a line and checks it is used the way it is written (`%` vs `%%`). */
export declare function resolveMagic(ml: MagicLine, asCell: boolean): MagicSpec;
/** Validates the arguments of a magic line against the magic's schema. */
export declare function bindCall(spec: MagicSpec, ml: MagicLine, body: string, scope: VariableScope, session: KernelSession): MagicCall;
