/**
 * How a cell's last value is shown (its execute_result). Capabilities register a bundler for their
 * result classes, so a `Table` as the last expression renders as a table, not as inspected text.
 */
import { inspect } from 'node:util';
const bundlers = [];
export function registerValueBundler(cls, toBundle) {
    bundlers.push({ matches: v => v instanceof cls, toBundle: toBundle });
}
export function valueBundle(value) {
    const bundler = bundlers.find(b => b.matches(value));
    if (bundler)
        return bundler.toBundle(value);
    return { 'text/plain': inspect(value, { depth: 4, maxArrayLength: 50, breakLength: 100 }) };
}
//# sourceMappingURL=values.js.map