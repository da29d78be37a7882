import { type MagicSpec } from './registry';
/** The full help of one magic. */
export declare function formatHelp(spec: MagicSpec): string;
/** The %lsmagic listing: line magics then cell magics, one line each. */
export declare function formatMagicList(): {
    columns: string[];
    rows: string[][];
};
