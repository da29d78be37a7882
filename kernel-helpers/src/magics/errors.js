/**
 * Errors a magic reports to the user. The kernel turns them into a Jupyter `error` message whose
 * `ename` is the error's name, so front ends and nbclient can tell what failed.
 */
export class MagicError extends Error {
    span;
    hint;
    constructor(message, options = {}) {
        super(message);
        this.name = 'MagicError';
        this.span = options.span;
        this.hint = options.hint;
    }
}
/** Damerau–Levenshtein distance (optimal string alignment), small strings only. */
export function editDistance(a, b) {
    const rows = a.length + 1;
    const cols = b.length + 1;
    const d = new Uint16Array(rows * cols);
    for (let i = 0; i < rows; i++)
        d[i * cols] = i;
    for (let j = 0; j < cols; j++)
        d[j] = j;
    for (let i = 1; i < rows; i++) {
        for (let j = 1; j < cols; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let best = Math.min(d[(i - 1) * cols + j] + 1, d[i * cols + j - 1] + 1, d[(i - 1) * cols + j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                best = Math.min(best, d[(i - 2) * cols + j - 2] + 1);
            }
            d[i * cols + j] = best;
        }
    }
    return d[rows * cols - 1];
}
/**
 * The closest candidate to `word`, or undefined when nothing is close enough to be a plausible typo
 * (distance at most a third of the longer word, and at least 1; prefixes also count).
 */
export function nearest(word, candidates) {
    const lower = word.toLowerCase();
    let best;
    let bestScore = Infinity;
    for (const candidate of candidates) {
        const c = candidate.toLowerCase();
        let score = editDistance(lower, c);
        if (c.startsWith(lower) || lower.startsWith(c))
            score = Math.min(score, 1);
        if (score < bestScore) {
            bestScore = score;
            best = candidate;
        }
    }
    if (best === undefined)
        return undefined;
    const limit = Math.max(1, Math.floor(Math.max(word.length, best.length) / 3));
    return bestScore <= limit ? best : undefined;
}
/** "Did you mean 'x'? " or "" — the sentence that starts most of our error hints. */
export function didYouMean(word, candidates, quote = (s) => `'${s}'`) {
    const match = nearest(word, candidates);
    return match === undefined ? '' : `Did you mean ${quote(match)}? `;
}
/** Formats an error's traceback lines: the message, the source line and a caret under the bad token. */
export function tracebackOf(error) {
    const red = (s) => `\u001b[31m${s}\u001b[0m`;
    const lines = [`${red(error.name)}: ${error.message}`];
    if (error.span) {
        const { line, start, end } = error.span;
        lines.push(`    ${line}`, `    ${' '.repeat(start)}${red('^'.repeat(Math.max(1, end - start)))}`);
    }
    if (error.hint)
        lines.push(error.hint);
    return lines;
}
//# sourceMappingURL=errors.js.map