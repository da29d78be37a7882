/**
 * MIME bundles. Our own payloads go out as JSON objects (never strings) under
 * `application/vnd.genhealth.<kind>+json`, always with `text/plain` and `text/html` fallbacks so that
 * nbconvert HTML, GitHub and plain consoles show something sensible.
 */
export const GENHEALTH_KINDS = ['cohort', 'molecules', 'images', 'fairness', 'lineage', 'table'];
export function mimeTypeOf(kind) {
    return `application/vnd.genhealth.${kind}+json`;
}
/** Builds a bundle for one of our payloads with its two fallbacks. */
export function genhealthBundle(payload, fallback) {
    return {
        [mimeTypeOf(payload.kind)]: payload,
        'text/plain': fallback.text,
        'text/html': fallback.html
    };
}
/** A plain text bundle that still has an HTML fallback (pre-formatted, escaped). */
export function textBundle(text) {
    return { 'text/plain': text, 'text/html': `<pre>${escapeHtml(text)}</pre>` };
}
const HTML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function escapeHtml(text) {
    return text.replace(/[&<>"']/g, c => HTML_ESCAPES[c]);
}
/** Formats one cell value for fallbacks: numbers trimmed, missing values as an empty cell. */
export function formatCell(value) {
    if (value === null || value === undefined || (typeof value === 'number' && Number.isNaN(value)))
        return '';
    if (typeof value === 'number')
        return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(6)));
    return String(value);
}
/** An escaped HTML table: the fallback of tabular payloads. */
export function htmlTable(columns, rows, caption) {
    const head = columns.map(c => `<th>${escapeHtml(c)}</th>`).join('');
    const body = rows.map(r => `<tr>${r.map(v => `<td>${escapeHtml(formatCell(v))}</td>`).join('')}</tr>`).join('');
    const cap = caption ? `<caption>${escapeHtml(caption)}</caption>` : '';
    return `<table>${cap}<thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}
/** A fixed-width text table: the text/plain fallback of tabular payloads. */
export function textTable(columns, rows) {
    const cells = rows.map(r => r.map(formatCell));
    const widths = columns.map((c, j) => Math.max(c.length, ...cells.map(r => (r[j] ?? '').length)));
    const line = (r) => r.map((v, j) => v.padEnd(widths[j])).join('  ').trimEnd();
    return [line(columns), line(widths.map(w => '-'.repeat(w))), ...cells.map(line)].join('\n');
}
//# sourceMappingURL=bundle.js.map