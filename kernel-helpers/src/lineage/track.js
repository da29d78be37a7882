/**
 * `track(name, fn)`: the same function, recording a lineage run on every call. Inputs are the
 * arguments that are data (hashed, never stored); the result is the output.
 */
import { currentCell, lineage } from './session';
const isData = (v) => typeof v === 'object' && v !== null;
export function track(name, fn, options = {}) {
    const tracked = (...args) => {
        const startedAt = new Date();
        const inputs = options.inputs
            ? Object.entries(options.inputs(...args)).map(([n, value]) => ({ name: n, value }))
            : args.flatMap((value, i) => (isData(value) ? [{ name: `arg${i}`, value }] : []));
        const params = options.params ? options.params(...args) : Object.fromEntries(args.flatMap((v, i) => (isData(v) ? [] : [[`arg${i}`, v]])));
        const cell = currentCell();
        const finish = (result) => {
            void lineage().record({
                kind: 'function',
                name,
                params,
                startedAt,
                endedAt: new Date(),
                cell,
                inputs,
                outputs: 'value' in result && result.value !== undefined ? [{ name: 'value', value: result.value }] : [],
                error: result.error
            });
        };
        let result;
        try {
            result = fn(...args);
        }
        catch (error) {
            finish({ error });
            throw error;
        }
        if (result instanceof Promise) {
            return result.then(value => (finish({ value }), value), error => {
                finish({ error });
                throw error;
            });
        }
        finish({ value: result });
        return result;
    };
    Object.defineProperty(tracked, 'name', { value: fn.name || name });
    return tracked;
}
//# sourceMappingURL=track.js.map