/** Layered layout of the lineage DAG: each node one column right of whatever it came from. */
import type { LineageGraph } from './types';
export interface Placed {
    id: string;
    column: number;
    row: number;
}
/**
 * Columns by longest path from the sources. A run whose output equals its input (a table shown as
 * read) makes a two-node cycle, cut where it says least: the first run that produced the data
 * (run ids sort by time) loses its `used` edge, so it comes before the data; any later run that
 * used and re-produced the same data loses its `generated` edge, so it comes after.
 */
export declare function layoutGraph(graph: LineageGraph): Placed[];
