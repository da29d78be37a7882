import { EditorExtensionRegistry, IEditorExtensionRegistry } from '@jupyterlab/codemirror';
import { magicHighlighter } from './highlight';
export const magicsPlugin = {
    id: 'jupyterlab-genhealth:magics',
    description: 'Highlights GenHealth magic lines (%name, %%name) and their options in code cells.',
    autoStart: true,
    requires: [IEditorExtensionRegistry],
    activate(_app, registry) {
        registry.addExtension({
            name: 'jupyterlab-genhealth:magic-highlight',
            // Every editor gets it; the highlighter itself stays idle unless the language is TypeScript.
            factory: ({ model }) => EditorExtensionRegistry.createImmutableExtension(magicHighlighter(() => model.mimeType))
        });
    }
};
//# sourceMappingURL=plugin.js.map