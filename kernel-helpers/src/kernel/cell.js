/**
 * How a cell runs. A `%%name` first line makes a cell magic; a cell whose lines are all `%name` lines
 * (blank lines and // comments allowed) runs them in order without TypeScript; a cell that mixes magic
 * lines and code runs as TypeScript with each magic line turned into an awaited call in place, the
 * way IPython turns `%name` into a function call.
 */
import { isMagicLine, parseMagicLine } from '../magics/invocation';
export const LINE_MAGIC_HOOK = 'genhealth.kernel.runLineMagic';
const isComment = (line) => /^\s*(\/\/.*)?$/.test(line);
export function planCell(code) {
    const lines = code.split('\n');
    const first = lines.findIndex(l => l.trim() !== '');
    if (first >= 0 && lines[first].startsWith('%%')) {
        const magic = parseMagicLine(lines[first]);
        if (!magic.help)
            return { kind: 'cell-magic', magic, body: lines.slice(first + 1).join('\n') };
    }
    const magicLines = lines.filter(isMagicLine);
    if (magicLines.length === 0)
        return { kind: 'code', code };
    if (lines.every(l => isMagicLine(l) || isComment(l)))
        return { kind: 'line-magics', lines: magicLines };
    // Not `await (expr)`: TypeScript reads that as a call of a function named await.
    const hook = `Reflect.get(globalThis, Symbol.for(${JSON.stringify(LINE_MAGIC_HOOK)}))`;
    return {
        kind: 'mixed',
        code: lines.map(l => (isMagicLine(l) ? `await ${hook}(${JSON.stringify(l)});` : l)).join('\n')
    };
}
/** The cell with magic lines blanked (same length), for TypeScript completion and inspection. */
export function blankMagicLines(code) {
    return code
        .split('\n')
        .map(l => (isMagicLine(l) ? ' '.repeat(l.length) : l))
        .join('\n');
}
//# sourceMappingURL=cell.js.map