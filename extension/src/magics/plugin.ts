/** Registers the magic-line highlighter with JupyterLab's editor extension registry. */
import type { JupyterFrontEnd, JupyterFrontEndPlugin } from '@jupyterlab/application';
import { EditorExtensionRegistry, IEditorExtensionRegistry } from '@jupyterlab/codemirror';
import { magicHighlighter } from './highlight';

export const magicsPlugin: JupyterFrontEndPlugin<void> = {
  id: 'jupyterlab-genhealth:magics',
  description: 'Highlights GenHealth magic lines (%name, %%name) and their options in code cells.',
  autoStart: true,
  requires: [IEditorExtensionRegistry],
  activate(_app: JupyterFrontEnd, registry: IEditorExtensionRegistry) {
    registry.addExtension({
      name: 'jupyterlab-genhealth:magic-highlight',
      // Every editor gets it; the highlighter itself stays idle unless the language is TypeScript.
      factory: ({ model }) => EditorExtensionRegistry.createImmutableExtension(magicHighlighter(() => model.mimeType))
    });
  }
};
