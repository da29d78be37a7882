/**
 * The lineage DAG: runs and the artifacts (output hashes) between them. An edge artifact → run
 * means the run used it; run → artifact means the run generated it.
 */
import type { RunSummary } from './record';
export interface GraphNode {
    id: string;
    type: 'run' | 'artifact';
    label: string;
    status?: string;
}
export interface GraphEdge {
    from: string;
    to: string;
    kind: 'used' | 'generated';
}
export interface LineageGraph {
    nodes: GraphNode[];
    edges: GraphEdge[];
}
/** The graph of `runs`; with `focus`, only that run's ancestors and descendants. */
export declare function lineageGraph(runs: RunSummary[], focus?: string): LineageGraph;
