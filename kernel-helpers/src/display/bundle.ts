/**
 * MIME bundles. Our own payloads go out as JSON objects (never strings) under
 * `application/vnd.genhealth.<kind>+json`, always with `text/plain` and `text/html` fallbacks so that
 * nbconvert HTML, GitHub and plain consoles show something sensible.
 */

export type MimeBundle = Record<string, unknown>;

export const GENHEALTH_KINDS = ['cohort', 'molecules', 'images', 'fairness', 'lineage', 'table'] as const;
export type GenHealthKind = (typeof GENHEALTH_KINDS)[number];

export function mimeTypeOf(kind: GenHealthKind): string {
  return `application/vnd.genhealth.${kind}+json`;
}

/** The part every GenHealth payload shares (DESIGN.md contract). */
export interface GenHealthPayload {
  version: 1;
  kind: GenHealthKind;
  run_id: string;
  /** The headline numbers of this kind, documented in its folder's README. */
  summary: Record<string, unknown>;
}

/** Builds a bundle for one of our payloads with its two fallbacks. */
export function genhealthBundle<P extends GenHealthPayload>(
  payload: P,
  fallback: { text: string; html: string }
): MimeBundle {
  return {
    [mimeTypeOf(payload.kind)]: payload,
    'text/plain': fallback.text,
    'text/html': fallback.html
  };
}

/** A plain text bundle that still has an HTML fallback (pre-formatted, escaped). */
export function textBundle(text: string): MimeBundle {
  return { 'text/plain': text, 'text/html': `<pre>${escapeHtml(text)}</pre>` };
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, c => HTML_ESCAPES[c]);
}

/** Formats one cell value for fallbacks: numbers trimmed, missing values as an empty cell. */
export function formatCell(value: unknown): string {
  if (value === null || value === undefined || (typeof value === 'number' && Number.isNaN(value))) return '';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(6)));
  return String(value);
}

/** An escaped HTML table: the fallback of tabular payloads. */
export function htmlTable(columns: readonly string[], rows: readonly (readonly unknown[])[], caption?: string): string {
  const head = columns.map(c => `<th>${escapeHtml(c)}</th>`).join('');
  const body = rows.map(r => `<tr>${r.map(v => `<td>${escapeHtml(formatCell(v))}</td>`).join('')}</tr>`).join('');
  const cap = caption ? `<caption>${escapeHtml(caption)}</caption>` : '';
  return `<table>${cap}<thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

/** A fixed-width text table: the text/plain fallback of tabular payloads. */
export function textTable(columns: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const cells = rows.map(r => r.map(formatCell));
  const widths = columns.map((c, j) => Math.max(c.length, ...cells.map(r => (r[j] ?? '').length)));
  const line = (r: readonly string[]) => r.map((v, j) => v.padEnd(widths[j])).join('  ').trimEnd();
  return [line(columns), line(widths.map(w => '-'.repeat(w))), ...cells.map(line)].join('\n');
}
