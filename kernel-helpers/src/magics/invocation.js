/**
 * From a magic line to a validated call: `%%name key=value --flag word` → name, typed options with
 * defaults, positional arguments. Every problem is a MagicError that points at the token.
 */
import { MagicError, didYouMean } from './errors';
import { describeSpec, parseValue } from './options';
import { getMagic, isCellMagic, isLineMagic, optionsOf, spelled } from './registry';
import { tokenize, TokenizeError } from './tokens';
const MAGIC_LINE = /^(%%?)([A-Za-z_][A-Za-z0-9_]*)?(\?{1,2})?(.*)$/;
export function isMagicLine(line) {
    return line.startsWith('%');
}
/** Splits a magic line; returns null when the line is not a magic line. */
export function parseMagicLine(line) {
    if (!isMagicLine(line))
        return null;
    const m = MAGIC_LINE.exec(line);
    if (!m)
        return null;
    const prefix = m[1];
    const name = m[2] ?? '';
    const nameStart = prefix.length;
    const nameEnd = nameStart + name.length;
    if (!name) {
        throw new MagicError(`expected a magic name after '${prefix}'.`, {
            span: { line, start: 0, end: Math.max(1, prefix.length) },
            hint: 'Run %lsmagic to list the magics.'
        });
    }
    const help = m[3] !== undefined;
    const argsStart = nameEnd + (m[3]?.length ?? 0);
    return { line, cell: prefix === '%%', name, help, nameStart, nameEnd, argsText: m[4], argsStart };
}
/** Resolves the magic of a line and checks it is used the way it is written (`%` vs `%%`). */
export function resolveMagic(ml, asCell) {
    const span = { line: ml.line, start: 0, end: ml.nameEnd };
    const spec = getMagic(ml.name, span);
    if (ml.help)
        return spec;
    if (asCell && !isCellMagic(spec)) {
        throw new MagicError(`${spelled(spec)} is a line magic; write it as %${spec.name} (one %).`, { span });
    }
    if (!asCell && !isLineMagic(spec)) {
        throw new MagicError(`%%${spec.name} is a cell magic: put it on the first line of a cell, with two %.`, { span });
    }
    return spec;
}
function optionList(spec) {
    const keys = Object.keys(optionsOf(spec));
    return keys.length ? `Allowed options: ${keys.join(', ')}.` : `${spelled(spec)} takes no options.`;
}
/** Validates the arguments of a magic line against the magic's schema. */
export function bindCall(spec, ml, body, scope, session) {
    let tokens;
    try {
        tokens = tokenize(ml.argsText, ml.argsStart);
    }
    catch (e) {
        if (e instanceof TokenizeError) {
            throw new MagicError(`${e.message} in the options of ${spelled(spec)}.`, {
                span: { line: ml.line, start: e.position, end: ml.line.length }
            });
        }
        throw e;
    }
    const schema = optionsOf(spec);
    const options = {};
    const args = {};
    const given = new Set();
    const variables = {};
    const positional = spec.positional ?? [];
    let nextPositional = 0;
    for (const token of tokens) {
        const span = { line: ml.line, start: token.start, end: token.end };
        if (token.kind === 'word') {
            const slot = positional[nextPositional++];
            if (!slot) {
                const accepted = positional.length
                    ? `${spelled(spec)} takes ${positional.map(p => `<${p.name}>`).join(' ')}.`
                    : `${spelled(spec)} takes no positional arguments; options are written key=value.`;
                throw new MagicError(`unexpected argument '${token.raw}'. ${accepted} ${optionList(spec)}`, { span });
            }
            args[slot.name] = parseValue(slot.spec, { key: slot.name, raw: token.raw, quoted: token.quoted, span }, scope);
            continue;
        }
        const key = token.kind === 'flag' ? token.name : token.key;
        const optionSpec = schema[key];
        if (!optionSpec) {
            throw new MagicError(`unknown option '${key}' for ${spelled(spec)}. ${didYouMean(key, Object.keys(schema))}${optionList(spec)}`, { span: { line: ml.line, start: token.start, end: token.kind === 'option' ? token.valueStart - 1 : token.end } });
        }
        if (given.has(key))
            throw new MagicError(`option '${key}' is given twice.`, { span });
        given.add(key);
        if (token.kind === 'flag') {
            if (optionSpec.type !== 'boolean') {
                throw new MagicError(`--${key} is not a flag; write ${key}=<value> (${describeSpec(optionSpec)}).`, { span });
            }
            options[key] = true;
        }
        else {
            const valueSpan = { line: ml.line, start: token.valueStart, end: token.end };
            options[key] = parseValue(optionSpec, { key, raw: token.raw, quoted: token.quoted, span: valueSpan }, scope);
            if (optionSpec.type === 'variable')
                variables[key] = token.raw;
        }
    }
    for (const [key, optionSpec] of Object.entries(schema)) {
        if (key in options)
            continue;
        if (key === 'seed' && session.seed !== undefined)
            options[key] = session.seed;
        else if ('default' in optionSpec && optionSpec.default !== undefined)
            options[key] = optionSpec.default;
    }
    const missing = positional.slice(nextPositional).find(p => p.required);
    if (missing) {
        throw new MagicError(`${spelled(spec)} needs <${missing.name}> (${describeSpec(missing.spec)}).`, {
            span: { line: ml.line, start: 0, end: ml.line.trimEnd().length }
        });
    }
    if (spec.body?.required && body.trim() === '') {
        throw new MagicError(`%%${spec.name} needs a cell body: ${spec.body.doc}`, {
            span: { line: ml.line, start: 0, end: ml.nameEnd }
        });
    }
    return { name: spec.name, options: options, args, body, line: ml.line, given, variables };
}
//# sourceMappingURL=invocation.js.map