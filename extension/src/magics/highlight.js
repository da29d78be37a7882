/**
 * A CodeMirror 6 view plugin that marks magic lines (`%name`, and `%%name` on a cell's first line)
 * and their parts, in code cells whose language is TypeScript (GenHealth notebooks).
 */
import { RangeSetBuilder } from '@codemirror/state';
import { Decoration, ViewPlugin } from '@codemirror/view';
import { scanMagicLine } from './scan';
const TYPESCRIPT_MIMES = new Set(['application/typescript', 'text/typescript', 'text/x-typescript']);
const lineMark = Decoration.line({ class: 'jp-GenHealthMagic-line' });
const partMarks = {
    name: Decoration.mark({ class: 'jp-GenHealthMagic-name' }),
    key: Decoration.mark({ class: 'jp-GenHealthMagic-key' }),
    value: Decoration.mark({ class: 'jp-GenHealthMagic-value' }),
    flag: Decoration.mark({ class: 'jp-GenHealthMagic-flag' }),
    word: Decoration.mark({ class: 'jp-GenHealthMagic-word' })
};
function decorate(view) {
    const builder = new RangeSetBuilder();
    const doc = view.state.doc;
    for (const { from, to } of view.visibleRanges) {
        let pos = from;
        while (pos <= to) {
            const line = doc.lineAt(pos);
            // %% counts only on the first line: elsewhere it is not a cell magic.
            const text = line.number === 1 || !line.text.startsWith('%%') ? line.text : '';
            const spans = scanMagicLine(text);
            if (spans.length) {
                builder.add(line.from, line.from, lineMark);
                for (const s of spans)
                    builder.add(line.from + s.from, line.from + s.to, partMarks[s.kind]);
            }
            pos = line.to + 1;
        }
    }
    return builder.finish();
}
/** `mimeType` is read on every update, so the marks follow the notebook's kernel language. */
export function magicHighlighter(mimeType) {
    return ViewPlugin.fromClass(class {
        decorations;
        constructor(view) {
            this.decorations = TYPESCRIPT_MIMES.has(mimeType()) ? decorate(view) : Decoration.none;
        }
        update(update) {
            this.decorations = TYPESCRIPT_MIMES.has(mimeType()) ? decorate(update.view) : Decoration.none;
        }
    }, { decorations: v => v.decorations });
}
//# sourceMappingURL=highlight.js.map