/** The kernel's own magics: %lsmagic, %seed and %%help. %backend lives with the tf runtime. */
import { escapeHtml, htmlTable, textTable } from '../display/bundle';
import { formatHelp, formatMagicList } from './help';
import { getMagic, listMagics, registerMagic } from './registry';
export function registerBuiltinMagics() {
    registerMagic({
        name: 'lsmagic',
        kind: 'line',
        summary: 'List the available magics.',
        doc: 'Lists every registered line magic (%name) and cell magic (%%name) with a one-line summary. ' +
            'Use %%help name or %name? for the details of one magic.',
        binds: false,
        records: false,
        run() {
            const { columns, rows } = formatMagicList();
            const text = `Available magics (${rows.length}):\n\n${textTable(columns, rows)}\n\nDetails: %%help <name> or %<name>?`;
            const html = `${htmlTable(columns, rows, 'Available magics')}<p>Details: <code>%%help name</code> or <code>%name?</code></p>`;
            return { bundle: { 'text/plain': text, 'text/html': html } };
        }
    });
    registerMagic({
        name: 'seed',
        kind: 'line',
        summary: 'Set the default seed of the magics that run after it.',
        doc: 'Every magic with a seed= option uses this seed when the option is not given, so a notebook that ' +
            'starts with %seed 42 is reproducible cell by cell. Without an argument, shows the current default seed.',
        positional: [{ name: 'seed', spec: { type: 'integer', min: 0, max: 4294967295, doc: 'The default seed.' } }],
        examples: ['%seed 42', '%seed'],
        records: false,
        run(call, ctx) {
            const seed = call.args.seed;
            if (seed !== undefined)
                ctx.session.seed = seed;
            const now = ctx.session.seed;
            const text = now === undefined ? 'No default seed is set; magics use their own defaults.' : `Default seed: ${now}`;
            return { value: now, bundle: { 'text/plain': text, 'text/html': `<p>${escapeHtml(text)}</p>` } };
        }
    });
    registerMagic({
        name: 'help',
        kind: 'line+cell',
        summary: 'Show the documentation of a magic and its options.',
        doc: 'Shows what a magic does, its arguments and options with their allowed values and defaults, and ' +
            'examples. %name? does the same.',
        positional: [
            {
                name: 'magic',
                required: true,
                spec: { type: 'string', doc: 'Name of the magic, with or without %.' },
                complete: () => listMagics().map(m => m.name)
            }
        ],
        binds: false,
        records: false,
        examples: ['%%help table', '%table?'],
        run(call) {
            const name = String(call.args.magic).replace(/^%+/, '').replace(/\?+$/, '');
            const text = formatHelp(getMagic(name));
            return { bundle: { 'text/plain': text, 'text/html': `<pre>${escapeHtml(text)}</pre>` } };
        }
    });
}
//# sourceMappingURL=builtins.js.map