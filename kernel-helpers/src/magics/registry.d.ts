/**
 * The magic registry. Each capability registers its own magics from its own folder with
 * `registerMagic({ name, doc, options, run })`; the kernel only knows this registry.
 */
import type { MimeBundle } from '../display/bundle';
import type { Display } from '../display/display';
import type { DataValue, OutputValue } from '../lineage/recorder';
import type { OptionSpec, ValueOf, VariableScope } from './options';
export type MagicKind = 'line' | 'cell' | 'line+cell';
export type OptionSchema = Record<string, OptionSpec>;
export interface PositionalSpec {
    name: string;
    spec: OptionSpec;
    required?: boolean;
    /** Candidates offered by completion, when they are not in the spec (e.g. magic names). */
    complete?: () => string[];
}
/** Everything a magic's `run` receives about how it was called. */
export interface MagicCall<O extends OptionSchema = OptionSchema> {
    name: string;
    /** Options after defaults, typed by the schema. Absent options without default are undefined. */
    options: {
        [K in keyof O]: ValueOf<O[K]> | undefined;
    };
    /** Positional arguments by name. */
    args: Record<string, unknown>;
    /** The cell body of a cell magic (everything after the first line); '' for line magics. */
    body: string;
    /** The line that invoked the magic. */
    line: string;
    /** Whether the user passed an option explicitly (as opposed to a default). */
    given: ReadonlySet<string>;
    /** For `variable` options: the name of the kernel variable each one read. */
    variables: Record<string, string>;
}
/** What the kernel lends a magic while it runs. */
export interface MagicContext {
    /** Identifier of this run (time ordered); also the `run_id` of every bundle it displays. */
    runId: string;
    /** The default seed set by `%seed`, if any. */
    defaultSeed?: number;
    /** Kernel variables, read by `variable` options and by magics that look up names. */
    variables: VariableScope;
    /** Sends a MIME bundle to the cell's output now. */
    display(bundle: MimeBundle): void;
    /** A display that can be replaced in place later (progress bars). */
    newDisplay(): Display;
    /** Aborted when the user interrupts the kernel; long work should check it. */
    signal: AbortSignal;
    /** Kernel-level state shared by the built-in magics. */
    session: KernelSession;
}
/** State of one kernel that magics may read or change (the default seed, for now). */
export interface KernelSession {
    seed?: number;
}
/** What `run` may return: a value to bind with `out=` and/or a bundle to show, and what lineage records. */
export interface MagicOutput {
    value?: unknown;
    bundle?: MimeBundle;
    /** TypeScript type of `value` for `out=` bindings, e.g. `import("genhealth").Table`. */
    valueType?: string;
    /** Data read other than through `variable` options (e.g. parsed from the cell body). */
    inputs?: DataValue[];
    /** Outputs besides `value` (which is recorded as output "value"), with bytes to keep if any. */
    outputs?: OutputValue[];
    metrics?: Record<string, number>;
}
export interface MagicSpec<O extends OptionSchema = OptionSchema> {
    name: string;
    kind: MagicKind;
    /** One line, shown by %lsmagic and in completions. */
    summary: string;
    /** Longer documentation, shown by %%help and `%name?`. */
    doc: string;
    options?: O;
    positional?: PositionalSpec[];
    /** What the cell body holds, for cell magics. `isData`: lineage keeps only its hash, never the text. */
    body?: {
        doc: string;
        required: boolean;
        isData?: boolean;
    };
    /** False for magics that only inform (%lsmagic, %backend): no lineage record. Default true. */
    records?: boolean;
    examples?: string[];
    /** False for magics that produce nothing to bind; then `out=` is refused. */
    binds?: boolean;
    run(call: MagicCall<O>, ctx: MagicContext): MagicOutput | void | Promise<MagicOutput | void>;
}
/** The option every binding magic accepts. */
export declare const OUT_OPTION: OptionSpec;
/** Registers a magic; returns a function that unregisters it. Names are unique. */
export declare function registerMagic<O extends OptionSchema>(spec: MagicSpec<O>): () => void;
export declare function listMagics(): MagicSpec[];
export declare function hasMagic(name: string): boolean;
export declare function isCellMagic(spec: MagicSpec): boolean;
export declare function isLineMagic(spec: MagicSpec): boolean;
/** How a magic is written: `%%name` for cell magics, `%name` for line magics. */
export declare function spelled(spec: MagicSpec): string;
/** The options a magic accepts, with the framework's `out` added when it binds a value. */
export declare function optionsOf(spec: MagicSpec): OptionSchema;
/** Finds a magic or throws a MagicError that suggests the nearest name. */
export declare function getMagic(name: string, span?: {
    line: string;
    start: number;
    end: number;
}): MagicSpec;
