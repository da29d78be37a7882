import type { MimeBundle } from './bundle';
export declare function registerValueBundler<T>(cls: abstract new (...args: never[]) => T, toBundle: (value: T) => MimeBundle): void;
export declare function valueBundle(value: unknown): MimeBundle;
