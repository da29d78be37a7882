/** Renderer of `application/vnd.genhealth.lineage+json` (%lineage output): list, run, diff or graph. */
import type { IRenderMime } from '@jupyterlab/rendermime-interfaces';
import { type GenHealthPayload } from '../rendering/payload';
import { GenHealthRenderer } from '../rendering/renderer';
import type { Difference, LineageGraph, RunRecord, RunSummary } from './types';
export declare const MIME_TYPE: string;
type LineagePayload = GenHealthPayload & ({
    view: 'list';
    runs: RunSummary[];
} | {
    view: 'run';
    run: RunRecord;
} | {
    view: 'diff';
    a: string;
    b: string;
    differences: Difference[];
} | {
    view: 'graph';
    graph: LineageGraph;
});
export declare class LineageRenderer extends GenHealthRenderer<LineagePayload> {
    protected readonly kind: "lineage";
    protected render(p: LineagePayload): void;
}
export declare const lineageExtension: IRenderMime.IExtension;
export {};
