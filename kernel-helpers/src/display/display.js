/**
 * Sending displays from kernel code. The kernel installs an output channel for the cell that is
 * running; `display()` and updatable displays write to it. The channel lives on a global symbol so
 * that a second copy of this module (another node_modules) still reaches the running kernel.
 */
import { randomBytes } from 'node:crypto';
import { escapeHtml } from './bundle';
const CHANNEL = Symbol.for('genhealth.kernel.displayChannel');
/** Installed by the kernel at the start of each cell. */
export function setDisplayChannel(channel) {
    globalThis[CHANNEL] = channel;
}
function channel() {
    const current = globalThis[CHANNEL];
    if (!current)
        throw new Error('display() works only inside the GenHealth kernel, while a cell runs');
    return current;
}
/** Shows a MIME bundle (JSON payloads stay objects). */
export function display(bundle, metadata = {}) {
    channel().send({ data: bundle, metadata, transient: {} }, false);
}
export function newDisplay() {
    const id = randomBytes(8).toString('hex');
    let shown = false;
    return {
        id,
        show(bundle) {
            channel().send({ data: bundle, metadata: {}, transient: { display_id: id } }, shown);
            shown = true;
        }
    };
}
export function progressBundle(label, value, total, message) {
    const fraction = total > 0 ? Math.min(1, value / total) : 1;
    const width = 30;
    const filled = Math.round(fraction * width);
    const percent = Math.round(fraction * 100);
    const tail = message ?? `${value}/${total}`;
    return {
        'text/plain': `${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${percent}% ${tail}`,
        'text/html': `<div class="jp-GenHealthProgress"><span>${escapeHtml(label)}</span> ` +
            `<progress value="${value}" max="${total}"></progress> <span>${percent}% ${escapeHtml(tail)}</span></div>`
    };
}
export function progress(options) {
    const { total, label = 'Working', intervalMs = 100 } = options;
    if (!(total >= 0))
        throw new RangeError(`progress total must be ≥ 0, got ${total}`);
    const view = newDisplay();
    let value = 0;
    let last = 0;
    const render = (force, message) => {
        const now = Date.now();
        if (!force && now - last < intervalMs)
            return;
        last = now;
        view.show(progressBundle(label, value, total, message));
    };
    render(true);
    return {
        advance(by = 1) {
            value = Math.min(total, value + by);
            render(false);
        },
        set(v) {
            value = Math.max(0, Math.min(total, v));
            render(false);
        },
        done(message) {
            value = total;
            render(true, message ?? 'done');
        }
    };
}
//# sourceMappingURL=display.js.map