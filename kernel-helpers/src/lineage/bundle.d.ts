/**
 * `application/vnd.genhealth.lineage+json` payloads for %%lineage: a run list, one run, a diff or a
 * graph. Summary: `runs` (how many runs the view covers) and, per view, `differences`, `nodes`, `edges`.
 */
import { type MimeBundle } from '../display/bundle';
import type { Difference } from './diff';
import type { LineageGraph } from './graph';
import type { RunRecord, RunSummary } from './record';
export type LineageView = {
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
};
export declare function lineageBundle(view: LineageView, runId: string): MimeBundle;
