export const SUPPORTED_VERSION = 1;
export function mimeTypeOf(kind) {
    return `application/vnd.genhealth.${kind}+json`;
}
export class PayloadError extends Error {
}
/** The payload of `kind` in a mime model, checked for the shared fields and a version we can read. */
export function readPayload(model, kind) {
    const data = model.data[mimeTypeOf(kind)];
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
        throw new PayloadError(`The ${kind} output is not a JSON object.`);
    }
    const payload = data;
    if (payload.kind !== kind)
        throw new PayloadError(`Expected a ${kind} payload, got kind "${String(payload.kind)}".`);
    if (payload.version !== SUPPORTED_VERSION) {
        throw new PayloadError(`This ${kind} output has payload version ${String(payload.version)}; this GenHealth extension reads version ` +
            `${SUPPORTED_VERSION}. Update the extension (or re-run the cell with the matching kernel).`);
    }
    return payload;
}
//# sourceMappingURL=payload.js.map