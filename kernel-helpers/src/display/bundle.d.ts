/**
 * MIME bundles. Our own payloads go out as JSON objects (never strings) under
 * `application/vnd.genhealth.<kind>+json`, always with `text/plain` and `text/html` fallbacks so that
 * nbconvert HTML, GitHub and plain consoles show something sensible.
 */
export type MimeBundle = Record<string, unknown>;
export declare const GENHEALTH_KINDS: readonly ["cohort", "molecules", "images", "fairness", "lineage", "table"];
export type GenHealthKind = (typeof GENHEALTH_KINDS)[number];
export declare function mimeTypeOf(kind: GenHealthKind): string;
/** The part every GenHealth payload shares (DESIGN.md contract). */
export interface GenHealthPayload {
    version: 1;
    kind: GenHealthKind;
    run_id: string;
    /** The headline numbers of this kind, documented in its folder's README. */
    summary: Record<string, unknown>;
}
/** Builds a bundle for one of our payloads with its two fallbacks. */
export declare function genhealthBundle<P extends GenHealthPayload>(payload: P, fallback: {
    text: string;
    html: string;
}): MimeBundle;
/** A plain text bundle that still has an HTML fallback (pre-formatted, escaped). */
export declare function textBundle(text: string): MimeBundle;
export declare function escapeHtml(text: string): string;
/** Formats one cell value for fallbacks: numbers trimmed, missing values as an empty cell. */
export declare function formatCell(value: unknown): string;
/** An escaped HTML table: the fallback of tabular payloads. */
export declare function htmlTable(columns: readonly string[], rows: readonly (readonly unknown[])[], caption?: string): string;
/** A fixed-width text table: the text/plain fallback of tabular payloads. */
export declare function textTable(columns: readonly string[], rows: readonly (readonly unknown[])[]): string;
