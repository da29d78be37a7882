import type { DataSchema } from './record';
export interface DataDescription {
    hash: string;
    schema: DataSchema;
    /** Bytes hashed: the size of the canonical serialisation. */
    bytes: number;
}
export declare class LineageError extends Error {
    constructor(message: string);
}
/** Feeds a value's canonical bytes to `update` and returns its schema. */
export type Describer<T> = (value: T, update: (chunk: string | Uint8Array) => void) => DataSchema;
export declare function registerDataDescriber<T>(cls: abstract new (...args: never[]) => T, describe: Describer<T>): void;
export declare function sha256(data: string | Uint8Array): string;
/** The bytes of a typed array, NaNs canonicalised, for hashing. */
export declare function typedArrayBytes(values: ArrayBufferView): Uint8Array;
/** Hash and schema of a value, or a LineageError naming why it cannot be hashed. */
export declare function describeData(value: unknown): DataDescription;
