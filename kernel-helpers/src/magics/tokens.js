/**
 * Splits a magic's argument text into tokens: `key=value`, `--flag` and positional words. Quotes
 * ("..." or '...', backslash escapes) keep spaces inside one token. Offsets point into the line so
 * errors and completions can refer to exact columns.
 */
const KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;
export class TokenizeError extends Error {
    position;
    constructor(message, position) {
        super(message);
        this.position = position;
    }
}
/** Tokenizes `text`, whose first character is at column `offset` of the line. */
export function tokenize(text, offset = 0) {
    const tokens = [];
    let i = 0;
    while (i < text.length) {
        while (i < text.length && /\s/.test(text[i]))
            i++;
        if (i >= text.length)
            break;
        const start = i;
        let raw = '';
        let quoted = false;
        let equals = -1;
        let quoteStart = -1;
        while (i < text.length && !/\s/.test(text[i])) {
            const ch = text[i];
            if (ch === '"' || ch === "'") {
                quoted = true;
                quoteStart = i;
                i++;
                let closed = false;
                while (i < text.length) {
                    if (text[i] === '\\' && i + 1 < text.length) {
                        raw += text[i + 1];
                        i += 2;
                        continue;
                    }
                    if (text[i] === ch) {
                        closed = true;
                        i++;
                        break;
                    }
                    raw += text[i++];
                }
                if (!closed)
                    throw new TokenizeError(`unclosed quote ${ch}`, offset + quoteStart);
                continue;
            }
            if (ch === '=' && equals < 0 && !quoted)
                equals = raw.length;
            raw += ch;
            i++;
        }
        const end = i;
        if (raw.startsWith('--') && !quoted && KEY.test(raw.slice(2))) {
            tokens.push({ kind: 'flag', name: raw.slice(2), start: offset + start, end: offset + end });
        }
        else if (equals > 0 && KEY.test(raw.slice(0, equals))) {
            tokens.push({
                kind: 'option',
                key: raw.slice(0, equals),
                raw: raw.slice(equals + 1),
                quoted: quoteStart > start + equals,
                start: offset + start,
                end: offset + end,
                valueStart: offset + start + equals + 1
            });
        }
        else {
            tokens.push({ kind: 'word', raw, quoted, start: offset + start, end: offset + end });
        }
    }
    return tokens;
}
//# sourceMappingURL=tokens.js.map