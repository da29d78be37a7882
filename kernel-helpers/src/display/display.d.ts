import { type MimeBundle } from './bundle';
/** What the kernel gives us to reach the front end: display_data or update_display_data. */
export interface DisplayChannel {
    send(content: {
        data: MimeBundle;
        metadata: Record<string, unknown>;
        transient: {
            display_id?: string;
        };
    }, update: boolean): void;
}
/** Installed by the kernel at the start of each cell. */
export declare function setDisplayChannel(channel: DisplayChannel | null): void;
/** Shows a MIME bundle (JSON payloads stay objects). */
export declare function display(bundle: MimeBundle, metadata?: Record<string, unknown>): void;
/** A display that can be replaced in place: the first `show` creates it, later ones update it. */
export interface Display {
    readonly id: string;
    show(bundle: MimeBundle): void;
}
export declare function newDisplay(): Display;
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
export declare function progressBundle(label: string, value: number, total: number, message?: string): MimeBundle;
export declare function progress(options: ProgressOptions): Progress;
