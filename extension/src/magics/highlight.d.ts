/** `mimeType` is read on every update, so the marks follow the notebook's kernel language. */
export declare function magicHighlighter(mimeType: () => string): any;
