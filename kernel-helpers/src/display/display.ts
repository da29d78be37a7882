/**
 * Sending displays from kernel code. The kernel installs an output channel for the cell that is
 * running; `display()` and updatable displays write to it. The channel lives on a global symbol so
 * that a second copy of this module (another node_modules) still reaches the running kernel.
 */
import { randomBytes } from 'node:crypto';
import { escapeHtml, type MimeBundle } from './bundle';

/** What the kernel gives us to reach the front end: display_data or update_display_data. */
export interface DisplayChannel {
  send(content: { data: MimeBundle; metadata: Record<string, unknown>; transient: { display_id?: string } }, update: boolean): void;
}

const CHANNEL = Symbol.for('genhealth.kernel.displayChannel');
type WithChannel = { [CHANNEL]?: DisplayChannel | null };

/** Installed by the kernel at the start of each cell. */
export function setDisplayChannel(channel: DisplayChannel | null): void {
  (globalThis as WithChannel)[CHANNEL] = channel;
}

function channel(): DisplayChannel {
  const current = (globalThis as WithChannel)[CHANNEL];
  if (!current) throw new Error('display() works only inside the GenHealth kernel, while a cell runs');
  return current;
}

/** Shows a MIME bundle (JSON payloads stay objects). */
export function display(bundle: MimeBundle, metadata: Record<string, unknown> = {}): void {
  channel().send({ data: bundle, metadata, transient: {} }, false);
}

/** A display that can be replaced in place: the first `show` creates it, later ones update it. */
export interface Display {
  readonly id: string;
  show(bundle: MimeBundle): void;
}

export function newDisplay(): Display {
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

export interface ProgressOptions {
  total: number;
  label?: string;
  /** Minimum milliseconds between two updates sent to the front end. */
  intervalMs?: number;
}

/** A progress bar: `advance()` as work goes on, `done()` at the end. Updates are throttled. */
export interface Progress {
  advance(by?: number): void;
  set(value: number): void;
  done(message?: string): void;
}

export function progressBundle(label: string, value: number, total: number, message?: string): MimeBundle {
  const fraction = total > 0 ? Math.min(1, value / total) : 1;
  const width = 30;
  const filled = Math.round(fraction * width);
  const percent = Math.round(fraction * 100);
  const tail = message ?? `${value}/${total}`;
  return {
    'text/plain': `${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${percent}% ${tail}`,
    'text/html':
      `<div class="jp-GenHealthProgress"><span>${escapeHtml(label)}</span> ` +
      `<progress value="${value}" max="${total}"></progress> <span>${percent}% ${escapeHtml(tail)}</span></div>`
  };
}

export function progress(options: ProgressOptions): Progress {
  const { total, label = 'Working', intervalMs = 100 } = options;
  if (!(total >= 0)) throw new RangeError(`progress total must be ≥ 0, got ${total}`);
  const view = newDisplay();
  let value = 0;
  let last = 0;
  const render = (force: boolean, message?: string) => {
    const now = Date.now();
    if (!force && now - last < intervalMs) return;
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
