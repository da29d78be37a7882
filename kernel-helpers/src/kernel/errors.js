/** Turns whatever a cell threw into the fields of a Jupyter `error` message. */
import { format } from 'node:util';
import { MagicError, tracebackOf } from '../magics/errors';
/** TypeScript diagnostics of a cell that did not compile. */
export class CompileError extends Error {
    diagnostics;
    constructor(diagnostics) {
        super(diagnostics[0] ?? 'the cell did not compile');
        this.diagnostics = diagnostics;
        this.name = 'CompileError';
    }
}
/** Formats tslab's `console.error("%s%d:%d - %s", ...)` diagnostic calls. */
export function formatConsoleArgs(args) {
    return format(...args);
}
export function toJupyterError(thrown) {
    if (thrown instanceof MagicError) {
        return { ename: thrown.name, evalue: thrown.message, traceback: tracebackOf(thrown) };
    }
    if (thrown instanceof CompileError) {
        return { ename: thrown.name, evalue: thrown.message, traceback: [`\u001b[31mCompileError\u001b[0m: the cell did not compile`, ...thrown.diagnostics] };
    }
    if (thrown instanceof Error) {
        const stack = thrown.stack ?? `${thrown.name}: ${thrown.message}`;
        // Kernel frames after the user's code say nothing to the user.
        const lines = stack.split('\n').filter(l => !/node_modules[\\/]tslab[\\/]|kernel-helpers[\\/]dist[\\/]kernel[\\/]|\(node:/.test(l));
        return { ename: thrown.name || 'Error', evalue: thrown.message, traceback: lines };
    }
    const text = typeof thrown === 'string' ? thrown : format('%o', thrown);
    return { ename: 'Error', evalue: text, traceback: [`Error: ${text}`] };
}
//# sourceMappingURL=errors.js.map