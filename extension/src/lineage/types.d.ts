/** Shapes of the lineage data the panel shows (written by kernel-helpers/src/lineage). */
export interface RunSummary {
    id: string;
    kind: string;
    name: string;
    notebook?: string;
    session?: string;
    started_at: string;
    duration_ms: number;
    status: 'ok' | 'error';
    parents: string[];
    inputs: string[];
    outputs: string[];
}
export interface RunRecord extends Omit<RunSummary, 'inputs' | 'outputs'> {
    params: Record<string, unknown>;
    seeds: Record<string, number>;
    cell?: {
        source: string;
        sha256: string;
        id?: string;
    };
    ended_at: string;
    error?: {
        name: string;
        message: string;
    };
    environment: Record<string, unknown>;
    inputs: {
        name: string;
        hash: string;
        schema: unknown;
        variable?: string;
    }[];
    outputs: {
        name: string;
        hash: string;
        media_type: string;
        size: number;
        stored: boolean;
    }[];
    metrics: Record<string, number>;
}
export interface Badge {
    verdict: string;
    detail: string;
    at: string;
}
export interface RunList {
    location: string;
    runs: RunSummary[];
    badges: Record<string, Badge>;
    problems: {
        message: string;
        keptAt?: string;
    }[];
}
export interface GraphNode {
    id: string;
    type: 'run' | 'artifact';
    label: string;
    status?: string;
}
export interface LineageGraph {
    nodes: GraphNode[];
    edges: {
        from: string;
        to: string;
        kind: 'used' | 'generated';
    }[];
}
export interface Difference {
    path: string;
    a: unknown;
    b: unknown;
}
