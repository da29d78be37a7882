/**
 * Completion and inspection on magic lines: magic names after % or %%, option keys, enumerated
 * values after `key=`, kernel variable names for `variable` options.
 */
import { formatHelp } from './help';
import { hasMagic, getMagic, isCellMagic, isLineMagic, listMagics, optionsOf } from './registry';
function lineAt(code, cursor) {
    const lineStart = code.lastIndexOf('\n', cursor - 1) + 1;
    const nl = code.indexOf('\n', cursor);
    const line = code.slice(lineStart, nl < 0 ? code.length : nl);
    return { line, lineStart, col: cursor - lineStart };
}
function valueCandidates(spec, variables) {
    switch (spec.type) {
        case 'enum':
            return [...spec.values];
        case 'list':
            return spec.values ? [...spec.values] : [];
        case 'boolean':
            return ['true', 'false'];
        case 'variable':
            return variables();
        default:
            return [];
    }
}
/** Completes the magic line under the cursor, or returns null when the cursor is not on one. */
export function completeMagic(code, cursor, variables = () => []) {
    const { line, lineStart, col } = lineAt(code, cursor);
    const head = /^(%%?)([A-Za-z0-9_]*)/.exec(line);
    if (!head)
        return null;
    const [, prefix, name] = head;
    if (col <= prefix.length + name.length) {
        const typed = line.slice(prefix.length, col);
        const fits = prefix === '%%' ? isCellMagic : isLineMagic;
        const matches = listMagics()
            .filter(m => fits(m) && m.name.startsWith(typed))
            .map(m => prefix + m.name);
        return { start: lineStart, end: lineStart + prefix.length + name.length, matches };
    }
    if (!hasMagic(name))
        return { start: cursor, end: cursor, matches: [] };
    const spec = getMagic(name);
    const options = optionsOf(spec);
    let tokenStart = col;
    while (tokenStart > 0 && !/\s/.test(line[tokenStart - 1]))
        tokenStart--;
    const partial = line.slice(tokenStart, col);
    const eq = partial.indexOf('=');
    if (eq > 0) {
        const optionSpec = options[partial.slice(0, eq)];
        if (!optionSpec)
            return { start: cursor, end: cursor, matches: [] };
        const value = partial.slice(eq + 1);
        const itemStart = optionSpec.type === 'list' ? value.lastIndexOf(',') + 1 : 0;
        const typed = value.slice(itemStart);
        const matches = valueCandidates(optionSpec, variables).filter(v => v.startsWith(typed));
        return { start: lineStart + tokenStart + eq + 1 + itemStart, end: cursor, matches };
    }
    const candidates = [];
    for (const [key, o] of Object.entries(options))
        candidates.push(o.type === 'boolean' ? `--${key}` : `${key}=`);
    for (const p of spec.positional ?? []) {
        candidates.push(...(p.complete ? p.complete() : valueCandidates(p.spec, variables)));
    }
    return {
        start: lineStart + tokenStart,
        end: cursor,
        matches: candidates.filter(c => c.startsWith(partial))
    };
}
/** The help of the magic on the cursor's line, or null when the line is not a known magic. */
export function inspectMagic(code, cursor) {
    const { line } = lineAt(code, cursor);
    const head = /^%%?([A-Za-z0-9_]+)/.exec(line);
    if (!head || !hasMagic(head[1]))
        return null;
    return formatHelp(getMagic(head[1]));
}
//# sourceMappingURL=complete.js.map