/**
 * Stable identifiers for exported records: name-based UUIDs (RFC 9562 version 5 layout over
 * SHA-1) of (cohort seed, patient index, record kind, position), so a patient's exported files are
 * identical in every run, thread and shard.
 */
import { createHash } from 'node:crypto';
export function stableUuid(...parts) {
    const bytes = createHash('sha1').update(parts.join('\u001f')).digest().subarray(0, 16);
    bytes[6] = (bytes[6] & 0x0f) | 0x50;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const hex = bytes.toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
/** Ids of one patient's records, in the order they appear in the record. */
export class PatientIds {
    seed;
    index;
    constructor(seed, index) {
        this.seed = seed;
        this.index = index;
    }
    patient = () => stableUuid(this.seed, this.index, 'Patient');
    encounter(id) {
        return stableUuid(this.seed, this.index, 'Encounter', id);
    }
    entry(kind, position) {
        return stableUuid(this.seed, this.index, kind, position);
    }
}
//# sourceMappingURL=ids.js.map