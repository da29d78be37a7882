/** Spans of one line (offsets within the line); empty when the line is not a magic line. */
export function scanMagicLine(line) {
    const head = /^%%?[A-Za-z_][A-Za-z0-9_]*\??/.exec(line);
    if (!head)
        return [];
    const spans = [{ from: 0, to: head[0].length, kind: 'name' }];
    const token = /"(?:[^"\\]|\\.)*"?|'(?:[^'\\]|\\.)*'?|[^\s"']+/g;
    let i = head[0].length;
    while (i < line.length) {
        while (i < line.length && /\s/.test(line[i]))
            i++;
        if (i >= line.length)
            break;
        const start = i;
        token.lastIndex = i;
        while (i < line.length && !/\s/.test(line[i])) {
            token.lastIndex = i;
            const m = token.exec(line);
            if (!m || m.index !== i)
                break;
            i += m[0].length;
        }
        if (i === start)
            i++;
        const text = line.slice(start, i);
        const eq = text.indexOf('=');
        if (text.startsWith('--'))
            spans.push({ from: start, to: i, kind: 'flag' });
        else if (eq > 0 && /^[A-Za-z_][\w-]*$/.test(text.slice(0, eq))) {
            spans.push({ from: start, to: start + eq, kind: 'key' });
            if (eq + 1 < text.length)
                spans.push({ from: start + eq + 1, to: i, kind: 'value' });
        }
        else
            spans.push({ from: start, to: i, kind: 'word' });
    }
    return spans;
}
//# sourceMappingURL=scan.js.map