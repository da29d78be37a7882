/** Reading `application/vnd.genhealth.<kind>+json` payloads (contract in DESIGN.md). */
import type { IRenderMime } from '@jupyterlab/rendermime-interfaces';
export declare const SUPPORTED_VERSION = 1;
export type GenHealthKind = 'cohort' | 'molecules' | 'images' | 'fairness' | 'lineage' | 'table';
export declare function mimeTypeOf(kind: GenHealthKind): string;
export interface GenHealthPayload {
    version: number;
    kind: GenHealthKind;
    run_id: string;
    summary: Record<string, unknown>;
}
export declare class PayloadError extends Error {
}
/** The payload of `kind` in a mime model, checked for the shared fields and a version we can read. */
export declare function readPayload<P extends GenHealthPayload>(model: IRenderMime.IMimeModel, kind: GenHealthKind): P;
