/**
 * Run identifiers: UUIDv7 (RFC 9562) — 48 bits of Unix milliseconds then random bits — so ids sort by
 * creation time. A counter in the random part keeps ids from one process strictly increasing even
 * within one millisecond.
 */
import { randomBytes } from 'node:crypto';
let lastMs = 0;
let sequence = 0;
export function newRunId(now = Date.now()) {
    const bytes = randomBytes(16);
    if (now <= lastMs) {
        now = lastMs;
        sequence = (sequence + 1) & 0xfff;
        if (sequence === 0)
            now = ++lastMs;
    }
    else {
        sequence = bytes.readUInt16BE(6) & 0x7ff;
    }
    lastMs = now;
    bytes.writeUIntBE(now, 0, 6);
    bytes[6] = 0x70 | (sequence >> 8);
    bytes[7] = sequence & 0xff;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const hex = bytes.toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
//# sourceMappingURL=run-id.js.map