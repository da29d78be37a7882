/** Jupyter wire protocol (v5.3) framing and HMAC-SHA256 signing, for our own headless client. */
import { createHmac, randomUUID } from 'node:crypto';
export const DELIMITER = Buffer.from('<IDS|MSG>');
function sign(key, parts) {
    const hmac = createHmac('sha256', key);
    for (const p of parts)
        hmac.update(p);
    return hmac.digest('hex');
}
export function newMessage(msgType, content, session) {
    return {
        header: { msg_id: randomUUID(), msg_type: msgType, session, username: 'genhealth', date: new Date().toISOString(), version: '5.3' },
        parent_header: {},
        metadata: {},
        content: content
    };
}
export function encode(key, msg) {
    const parts = [msg.header, msg.parent_header, msg.metadata, msg.content].map(p => JSON.stringify(p));
    return [DELIMITER, sign(key, parts), ...parts];
}
/** Decodes frames (any routing prefix before the delimiter is skipped) and checks the signature. */
export function decode(key, frames) {
    const at = frames.findIndex(f => f.equals(DELIMITER));
    if (at < 0)
        throw new Error('message without <IDS|MSG> delimiter');
    const signature = frames[at + 1].toString();
    const parts = frames.slice(at + 2, at + 6);
    if (key && sign(key, parts) !== signature)
        throw new Error('message with a bad HMAC signature');
    const [header, parent, metadata, content] = parts.map(p => JSON.parse(p.toString()));
    return { header, parent_header: parent, metadata, content };
}
//# sourceMappingURL=wire.js.map