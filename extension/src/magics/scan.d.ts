/**
 * Splits a magic line into highlightable spans: the `%name` / `%%name`, option keys, values and
 * flags. Tolerant on purpose: it runs on every keystroke, on half-typed lines.
 */
export type SpanKind = 'name' | 'key' | 'value' | 'flag' | 'word';
export interface Span {
    from: number;
    to: number;
    kind: SpanKind;
}
/** Spans of one line (offsets within the line); empty when the line is not a magic line. */
export declare function scanMagicLine(line: string): Span[];
