/**
 * Content hashes of data for lineage: SHA-256 over a canonical serialisation of the whole value
 * (not a sample), and the value's schema. Rows never leave this module.
 *
 * Canonical serialisation v1 (each starts with a tag line so different kinds never collide):
 * - registered classes (e.g. Table) serialise themselves through a describer (see registerDataDescriber);
 * - typed arrays: `genhealth:array:v1\n<dtype>\n<length>\n` then the elements' little-endian bytes,
 *   every NaN written as the one quiet NaN 0x7ff8000000000000;
 * - Uint8Array / Buffer: `genhealth:bytes:v1\n` then the bytes;
 * - strings: `genhealth:text:v1\n` then UTF-8;
 * - tensors (dtype, shape, dataSync): `genhealth:tensor:v1\n<dtype>\n<shape json>\n` then the data bytes;
 * - anything else JSON-like: `genhealth:json:v1\n` then JSON with object keys sorted, typed arrays as
 *   arrays, and non-finite numbers as the strings "NaN", "Infinity", "-Infinity".
 */
import { createHash } from 'node:crypto';
export class LineageError extends Error {
    constructor(message) {
        super(message);
        this.name = 'LineageError';
    }
}
const describers = [];
export function registerDataDescriber(cls, describe) {
    describers.push({ matches: v => v instanceof cls, describe: describe });
}
export function sha256(data) {
    return createHash('sha256').update(data).digest('hex');
}
const QUIET_NAN = Buffer.from([0, 0, 0, 0, 0, 0, 0xf8, 0x7f]);
/** The bytes of a typed array, NaNs canonicalised, for hashing. */
export function typedArrayBytes(values) {
    const bytes = new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
    if (!(values instanceof Float64Array || values instanceof Float32Array))
        return bytes;
    let copy = null;
    const width = values.BYTES_PER_ELEMENT;
    for (let i = 0; i < values.length; i++) {
        if (Number.isNaN(values[i])) {
            copy ??= Uint8Array.from(bytes);
            if (width === 8)
                copy.set(QUIET_NAN, i * 8);
            else
                copy.set([0, 0, 0xc0, 0x7f], i * 4);
        }
    }
    return copy ?? bytes;
}
function dtypeOf(values) {
    return values.constructor.name.replace('Array', '').toLowerCase();
}
function canonicalJson(value, seen) {
    if (value === null || value === undefined)
        return 'null';
    if (typeof value === 'number')
        return Number.isFinite(value) ? JSON.stringify(value) : JSON.stringify(String(value));
    if (typeof value === 'string' || typeof value === 'boolean')
        return JSON.stringify(value);
    if (typeof value === 'bigint')
        return JSON.stringify(value.toString());
    if (typeof value !== 'object')
        throw new LineageError(`cannot hash a ${typeof value} for lineage`);
    if (seen.has(value))
        throw new LineageError('cannot hash a value that contains itself (a cycle)');
    seen.add(value);
    try {
        if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
            return canonicalJson(Array.from(value), seen);
        }
        if (Array.isArray(value))
            return `[${value.map(v => canonicalJson(v, seen)).join(',')}]`;
        if (value instanceof Date)
            return JSON.stringify(value.toISOString());
        const keys = Object.keys(value).sort();
        return `{${keys.map(k => `${JSON.stringify(k)}:${canonicalJson(value[k], seen)}`).join(',')}}`;
    }
    finally {
        seen.delete(value);
    }
}
function typeName(v) {
    if (v === null || v === undefined)
        return 'null';
    if (Array.isArray(v))
        return 'array';
    return typeof v;
}
function recordsSchema(rows) {
    const types = new Map();
    for (const row of rows) {
        for (const [k, v] of Object.entries(row)) {
            if (!types.has(k))
                types.set(k, new Set());
            if (v !== null && v !== undefined)
                types.get(k).add(typeName(v));
        }
    }
    return {
        kind: 'records',
        rows: rows.length,
        columns: [...types].map(([name, t]) => ({ name, type: t.size === 1 ? [...t][0] : t.size === 0 ? 'null' : 'mixed' }))
    };
}
const isTensor = (v) => typeof v === 'object' && v !== null && typeof v.dataSync === 'function' && Array.isArray(v.shape);
/** Hash and schema of a value, or a LineageError naming why it cannot be hashed. */
export function describeData(value) {
    const hash = createHash('sha256');
    let bytes = 0;
    const update = (chunk) => {
        const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
        bytes += buf.byteLength;
        hash.update(buf);
    };
    let schema;
    const registered = describers.find(d => d.matches(value));
    if (registered)
        schema = registered.describe(value, update);
    else if (typeof value === 'string') {
        update('genhealth:text:v1\n');
        update(value);
        schema = { kind: 'text', length: value.length };
    }
    else if (value instanceof Uint8Array) {
        update('genhealth:bytes:v1\n');
        update(value);
        schema = { kind: 'bytes', length: value.byteLength };
    }
    else if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
        const dtype = dtypeOf(value);
        const length = value.length;
        update(`genhealth:array:v1\n${dtype}\n${length}\n`);
        update(typedArrayBytes(value));
        schema = { kind: 'array', dtype, length };
    }
    else if (isTensor(value)) {
        update(`genhealth:tensor:v1\n${value.dtype}\n${JSON.stringify(value.shape)}\n`);
        update(typedArrayBytes(value.dataSync()));
        schema = { kind: 'tensor', dtype: value.dtype, shape: [...value.shape] };
    }
    else {
        update('genhealth:json:v1\n');
        update(canonicalJson(value, new Set()));
        const isRecords = Array.isArray(value) && value.length > 0 && value.every(v => v !== null && typeof v === 'object' && !Array.isArray(v));
        schema = isRecords ? recordsSchema(value) : { kind: 'json', type: typeName(value) };
    }
    return { hash: hash.digest('hex'), schema, bytes };
}
//# sourceMappingURL=hash.js.map