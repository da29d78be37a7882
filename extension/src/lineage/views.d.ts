import type { Difference, LineageGraph, RunRecord, RunSummary } from './types';
export declare const json: (v: unknown) => string;
/** A run's details; `action` is an optional button row (the panel's Reproduce). */
export declare function runDetails(run: RunRecord, action?: HTMLElement): HTMLElement;
export declare function diffTable(a: string, b: string, differences: Difference[]): HTMLElement;
export declare function runsTable(runs: RunSummary[]): HTMLElement;
/** The DAG as SVG: runs as boxes, artifacts as ellipses, arrows from what was used to what was made. */
export declare function graphSvg(graph: LineageGraph, focus?: string): HTMLElement;
