/**
 * Option schemas of magics and the conversion of raw option text into typed, validated values.
 * Value syntax (DESIGN.md): number, boolean, quoted string, comma list, range `a..b`, `..b`, `a..`.
 */
import { type TokenSpan } from './errors';
export interface NumericRange {
    min?: number;
    max?: number;
}
interface Documented {
    /** One sentence for help and completions. */
    doc: string;
}
export type OptionSpec = Documented & ({
    type: 'integer' | 'number';
    min?: number;
    max?: number;
    default?: number;
} | {
    type: 'boolean';
    default?: boolean;
} | {
    type: 'string';
    default?: string;
} | {
    type: 'enum';
    values: readonly string[];
    default?: string;
} | {
    type: 'list';
    of: 'string' | 'number';
    values?: readonly string[];
    default?: readonly (string | number)[];
} | {
    type: 'range';
    min?: number;
    max?: number;
    default?: NumericRange;
}
/** A name to bind a kernel variable to (`out=`). */
 | {
    type: 'identifier';
    default?: string;
}
/** The name of an existing kernel variable, resolved to its value. */
 | {
    type: 'variable';
});
export type OptionType = OptionSpec['type'];
/** The TypeScript type a spec produces, so `run` sees typed options. */
export type ValueOf<S extends OptionSpec> = S extends {
    type: 'integer' | 'number';
} ? number : S extends {
    type: 'boolean';
} ? boolean : S extends {
    type: 'range';
} ? NumericRange : S extends {
    type: 'list';
    of: 'number';
} ? number[] : S extends {
    type: 'list';
} ? string[] : S extends {
    type: 'variable';
} ? unknown : string;
/** A short phrase for what a spec accepts, used in help and in error messages. */
export declare function describeSpec(spec: OptionSpec): string;
/** The placeholder shown in usage lines, e.g. `page_size=<integer>`. */
export declare function placeholderOf(spec: OptionSpec): string;
export interface RawValue {
    /** The option's key (or positional name) for messages. */
    key: string;
    raw: string;
    quoted: boolean;
    span: TokenSpan;
}
/** Looks up kernel variables for `variable` options. */
export interface VariableScope {
    has(name: string): boolean;
    get(name: string): unknown;
    names(): string[];
}
/** Converts one raw value to the type its spec asks for, or throws a MagicError naming the token. */
export declare function parseValue(spec: OptionSpec, value: RawValue, scope?: VariableScope): unknown;
export {};
