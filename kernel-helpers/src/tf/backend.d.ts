export declare const BACKEND_NAMES: readonly ["tensorflow", "wasm", "cpu"];
export type BackendName = (typeof BACKEND_NAMES)[number];
export interface BackendCandidate {
    backend: BackendName;
    package: string;
    status: 'chosen' | 'unavailable' | 'not needed' | 'skipped';
    reason: string;
}
export interface BackendInfo {
    backend: BackendName;
    package: string;
    device: string;
    versions: Record<string, string>;
    /** Set when GENHEALTH_TF_BACKEND chose the backend. */
    forcedBy?: string;
    candidates: BackendCandidate[];
    /** Milliseconds spent loading and initialising the backend. */
    initMs: number;
}
export declare class BackendError extends Error {
    constructor(message: string);
}
type TfCore = typeof import('@tensorflow/tfjs-core');
/** The backend of this process, chosen on first call. */
export declare function tfBackend(): Promise<BackendInfo>;
/** The backend if one was chosen already; never starts TensorFlow.js (lineage records ask this). */
export declare function chosenBackend(): BackendInfo | undefined;
/** TensorFlow.js core with the chosen backend active. */
export declare function tfjs(): Promise<TfCore>;
export declare function packageVersion(name: string): string;
/** Tries the candidates in order (or only the forced one) and activates the first that works. */
export declare function chooseBackend(forced?: string): Promise<BackendInfo>;
export {};
