/**
 * Option schemas of magics and the conversion of raw option text into typed, validated values.
 * Value syntax (DESIGN.md): number, boolean, quoted string, comma list, range `a..b`, `..b`, `a..`.
 */
import { MagicError, didYouMean } from './errors';
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
/** Words a user may not bind with `out=` because TypeScript reserves them. */
const RESERVED = new Set(('break case catch class const continue debugger default delete do else enum export extends false finally for ' +
    'function if import in instanceof new null return super switch this throw true try typeof var void while with ' +
    'let static yield await implements interface package private protected public').split(' '));
/** A short phrase for what a spec accepts, used in help and in error messages. */
export function describeSpec(spec) {
    const bounds = (min, max) => min !== undefined && max !== undefined
        ? ` between ${min} and ${max}`
        : min !== undefined
            ? ` ≥ ${min}`
            : max !== undefined
                ? ` ≤ ${max}`
                : '';
    switch (spec.type) {
        case 'integer':
            return `an integer${bounds(spec.min, spec.max)}`;
        case 'number':
            return `a number${bounds(spec.min, spec.max)}`;
        case 'boolean':
            return 'true or false';
        case 'string':
            return 'a string (quote it if it contains spaces)';
        case 'enum':
            return `one of ${spec.values.join(', ')}`;
        case 'list':
            return spec.values
                ? `a comma list of ${spec.values.join(', ')}`
                : `a comma list of ${spec.of === 'number' ? 'numbers' : 'names'}`;
        case 'range':
            return `a range a..b (either end may be left open)${bounds(spec.min, spec.max) ? ' within' + bounds(spec.min, spec.max) : ''}`;
        case 'identifier':
            return 'a variable name';
        case 'variable':
            return 'the name of a kernel variable';
    }
}
/** The placeholder shown in usage lines, e.g. `page_size=<integer>`. */
export function placeholderOf(spec) {
    switch (spec.type) {
        case 'enum':
            return spec.values.join('|');
        case 'range':
            return 'a..b';
        case 'list':
            return spec.of === 'number' ? 'x,y,...' : 'a,b,...';
        case 'identifier':
        case 'variable':
            return 'name';
        default:
            return spec.type;
    }
}
function fail(value, spec, problem) {
    throw new MagicError(`${value.key}=${value.raw}: ${problem}; expected ${describeSpec(spec)}.`, { span: value.span });
}
function parseNumber(value, spec, text, integer) {
    if (!NUMBER.test(text))
        fail(value, spec, `'${text}' is not a number`);
    const n = Number(text);
    if (integer && !Number.isInteger(n))
        fail(value, spec, `${text} is not an integer`);
    return n;
}
function checkBounds(value, spec, n, min, max) {
    if ((min !== undefined && n < min) || (max !== undefined && n > max))
        fail(value, spec, `${n} is out of range`);
}
/** Converts one raw value to the type its spec asks for, or throws a MagicError naming the token. */
export function parseValue(spec, value, scope) {
    const text = value.raw;
    switch (spec.type) {
        case 'integer':
        case 'number': {
            const n = parseNumber(value, spec, text, spec.type === 'integer');
            checkBounds(value, spec, n, spec.min, spec.max);
            return n;
        }
        case 'boolean':
            if (text === 'true')
                return true;
            if (text === 'false')
                return false;
            return fail(value, spec, `'${text}' is not a boolean`);
        case 'string':
            return text;
        case 'enum':
            if (!spec.values.includes(text)) {
                throw new MagicError(`${value.key}=${text} is not allowed. ${didYouMean(text, spec.values)}Allowed values: ${spec.values.join(', ')}.`, { span: value.span });
            }
            return text;
        case 'list': {
            const items = value.quoted ? [text] : text.split(',').map(s => s.trim());
            if (items.some(s => s === ''))
                fail(value, spec, 'empty item in list');
            if (spec.of === 'number')
                return items.map(s => parseNumber(value, spec, s, false));
            if (spec.values) {
                for (const item of items) {
                    if (!spec.values.includes(item)) {
                        throw new MagicError(`${value.key}: '${item}' is not allowed. ${didYouMean(item, spec.values)}Allowed values: ${spec.values.join(', ')}.`, { span: value.span });
                    }
                }
            }
            return items;
        }
        case 'range': {
            const dots = text.indexOf('..');
            if (dots < 0)
                fail(value, spec, `'${text}' is not a range`);
            const lo = text.slice(0, dots);
            const hi = text.slice(dots + 2);
            if (lo === '' && hi === '')
                fail(value, spec, 'a range needs at least one end');
            const range = {};
            if (lo !== '')
                range.min = parseNumber(value, spec, lo, false);
            if (hi !== '')
                range.max = parseNumber(value, spec, hi, false);
            if (range.min !== undefined && range.max !== undefined && range.min > range.max) {
                fail(value, spec, `the lower end ${range.min} is above the upper end ${range.max}`);
            }
            for (const end of [range.min, range.max]) {
                if (end !== undefined)
                    checkBounds(value, spec, end, spec.min, spec.max);
            }
            return range;
        }
        case 'identifier':
            if (!IDENTIFIER.test(text) || RESERVED.has(text)) {
                fail(value, spec, `'${text}' cannot be a TypeScript variable name`);
            }
            return text;
        case 'variable': {
            if (!scope || !scope.has(text)) {
                const names = scope ? scope.names() : [];
                throw new MagicError(`${value.key}=${text}: there is no kernel variable named '${text}'. ${didYouMean(text, names)}` +
                    (names.length ? `Variables defined so far: ${names.slice(0, 20).join(', ')}.` : 'No variables are defined yet.'), { span: value.span });
            }
            return scope.get(text);
        }
    }
}
//# sourceMappingURL=options.js.map