/** Documentation of magics as text: `%%help name`, `%name?`, inspect requests and %lsmagic. */
import { describeSpec, placeholderOf } from './options';
import { listMagics, optionsOf, spelled } from './registry';
function usage(spec) {
    const parts = [spelled(spec)];
    for (const p of spec.positional ?? [])
        parts.push(p.required ? `<${p.name}>` : `[${p.name}]`);
    if (Object.keys(optionsOf(spec)).length)
        parts.push('[options]');
    return parts.join(' ');
}
/** The full help of one magic. */
export function formatHelp(spec) {
    const lines = [`${spelled(spec)} — ${spec.summary}`, '', `Usage: ${usage(spec)}`];
    if (spec.kind === 'line+cell')
        lines.push(`       %%${spec.name} ... (also as a cell magic)`);
    if (spec.body)
        lines.push(`       <cell body: ${spec.body.doc}>`);
    lines.push('', spec.doc.trim());
    const positional = spec.positional ?? [];
    if (positional.length) {
        lines.push('', 'Arguments:');
        for (const p of positional)
            lines.push(`  <${p.name}>  ${p.spec.doc} (${describeSpec(p.spec)}${p.required ? '' : ', optional'})`);
    }
    const options = Object.entries(optionsOf(spec));
    if (options.length) {
        lines.push('', 'Options:');
        const heads = options.map(([key, o]) => (o.type === 'boolean' ? `--${key}` : `${key}=<${placeholderOf(o)}>`));
        const width = Math.max(...heads.map(h => h.length));
        options.forEach(([key, o], i) => {
            const dflt = 'default' in o && o.default !== undefined ? ` Default: ${JSON.stringify(o.default)}.` : '';
            const seed = key === 'seed' ? ' Falls back to %seed when set.' : '';
            lines.push(`  ${heads[i].padEnd(width)}  ${o.doc} (${describeSpec(o)}.)${dflt}${seed}`);
        });
    }
    if (spec.examples?.length) {
        lines.push('', 'Examples:');
        for (const ex of spec.examples)
            lines.push(...ex.split('\n').map(l => `  ${l}`));
    }
    return lines.join('\n');
}
/** The %lsmagic listing: line magics then cell magics, one line each. */
export function formatMagicList() {
    const rows = [];
    for (const spec of listMagics()) {
        if (spec.kind !== 'cell')
            rows.push([`%${spec.name}`, 'line', spec.summary]);
    }
    for (const spec of listMagics()) {
        if (spec.kind !== 'line')
            rows.push([`%%${spec.name}`, 'cell', spec.summary]);
    }
    return { columns: ['magic', 'kind', 'what it does'], rows };
}
//# sourceMappingURL=help.js.map