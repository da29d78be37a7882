/**
 * The disaggregation engine (Fairlearn's MetricFrame, as data): metrics overall and for every
 * combination of the sensitive features' values — empty combinations included, as NaN with count 0
 * — optionally within each value of control features; then named aggregates: group minimum and
 * maximum, difference and ratio between groups or to the overall value.
 */
import type { Metric } from './metrics';

export const MISSING_GROUP = '(missing)';

export interface FrameInput {
  metrics: Record<string, Metric>;
  yTrue: ArrayLike<number>;
  yPred: ArrayLike<number>;
  /** Feature name → one value per row; null/undefined/'' form the group "(missing)". */
  sensitive: Record<string, ArrayLike<string | number | null | undefined>>;
  control?: Record<string, ArrayLike<string | number | null | undefined>>;
  weights?: ArrayLike<number>;
  /** The rows of each group, computed once by `partition` and reused (bootstrap replicates differ only in weights). */
  partition?: Partition;
}

interface Cell {
  key: string[];
  rows: Int32Array;
  yTrue: Float64Array;
  yPred: Float64Array;
}

export interface Partition {
  groups: Cell[];
  overall: Cell[];
}

export interface GroupRow {
  /** Value of each sensitive (then control) feature, in feature order. */
  key: string[];
  count: number;
  values: Record<string, number>;
}

export interface MetricFrame {
  sensitive: string[];
  control: string[];
  metrics: string[];
  /** Overall values; with control features, one row per control combination. */
  overall: GroupRow[];
  byGroup: GroupRow[];
}

/** A row's group name: missing values (null, undefined, '', NaN) form "(missing)"; numbers keep their value, 0 included. */
export const groupLabel = (v: unknown) =>
  v === null || v === undefined || v === '' || (typeof v === 'number' && Number.isNaN(v)) ? MISSING_GROUP : String(v);

function levels(column: ArrayLike<string | number | null | undefined>): string[] {
  const seen = new Set<string>();
  for (let i = 0; i < column.length; i++) seen.add(groupLabel(column[i]));
  return [...seen].sort((a, b) => (a === MISSING_GROUP ? 1 : b === MISSING_GROUP ? -1 : a.localeCompare(b, 'en', { numeric: true })));
}

function cartesian(lists: string[][]): string[][] {
  return lists.reduce<string[][]>((acc, list) => acc.flatMap(prefix => list.map(v => [...prefix, v])), [[]]);
}

function cell(input: FrameInput, key: string[], rows: ArrayLike<number>): Cell {
  const idx = Int32Array.from(rows);
  return { key, rows: idx, yTrue: Float64Array.from(idx, i => input.yTrue[i]), yPred: Float64Array.from(idx, i => input.yPred[i]) };
}

function evaluate(input: FrameInput, c: Cell): Record<string, number> {
  const w = input.weights;
  let wt: Float64Array | undefined;
  if (w) {
    // A plain loop: Float64Array.from with a map callback is several times slower, and this runs per replicate.
    wt = new Float64Array(c.rows.length);
    for (let j = 0; j < wt.length; j++) wt[j] = w[c.rows[j]];
  }
  return Object.fromEntries(Object.entries(input.metrics).map(([name, m]) => [name, c.rows.length ? m(c.yTrue, c.yPred, wt) : NaN]));
}

/** Every (sensitive × control) combination with its rows, and the rows of each control stratum. */
export function partition(input: FrameInput): Partition {
  const n = input.yTrue.length;
  const control = Object.keys(input.control ?? {});
  const columns = [...Object.values(input.sensitive), ...control.map(c => input.control![c])];
  const keyOf = (i: number) => columns.map(c => groupLabel(c[i])).join('\u0000');
  const buckets = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    const k = keyOf(i);
    const b = buckets.get(k);
    if (b) b.push(i);
    else buckets.set(k, [i]);
  }
  const groups = cartesian(columns.map(levels)).map(key => cell(input, key, buckets.get(key.join('\u0000')) ?? []));
  if (!control.length) return { groups, overall: [cell(input, [], Array.from({ length: n }, (_, i) => i))] };
  const overall = cartesian(control.map(c => levels(input.control![c]))).map(key => {
    const rows: number[] = [];
    for (let i = 0; i < n; i++) if (control.every((c, j) => groupLabel(input.control![c][i]) === key[j])) rows.push(i);
    return cell(input, key, rows);
  });
  return { groups, overall };
}

export function metricFrame(input: FrameInput): MetricFrame {
  const { groups, overall } = input.partition ?? partition(input);
  const row = (c: Cell): GroupRow => ({ key: c.key, count: c.rows.length, values: evaluate(input, c) });
  return {
    sensitive: Object.keys(input.sensitive),
    control: Object.keys(input.control ?? {}),
    metrics: Object.keys(input.metrics),
    overall: overall.map(row),
    byGroup: groups.map(row)
  };
}

export type Method = 'between_groups' | 'to_overall';

/** Rows of byGroup that share one control combination (all rows when there are no controls). */
function strata(frame: MetricFrame): { overall: GroupRow; groups: GroupRow[] }[] {
  const s = frame.sensitive.length;
  return frame.overall.map(o => ({ overall: o, groups: frame.byGroup.filter(g => g.key.slice(s).join('\u0000') === o.key.join('\u0000')) }));
}

const finite = (xs: number[]) => xs.filter(x => !Number.isNaN(x));

/** Per control stratum (one value without controls). NaN groups are skipped, as pandas does. */
export function groupMin(frame: MetricFrame, metric: string): number[] {
  return strata(frame).map(({ groups }) => Math.min(...finite(groups.map(g => g.values[metric]))));
}

export function groupMax(frame: MetricFrame, metric: string): number[] {
  return strata(frame).map(({ groups }) => Math.max(...finite(groups.map(g => g.values[metric]))));
}

export function difference(frame: MetricFrame, metric: string, method: Method = 'between_groups'): number[] {
  return strata(frame).map(({ overall, groups }) => {
    const v = finite(groups.map(g => g.values[metric]));
    if (!v.length) return NaN;
    return method === 'between_groups' ? Math.max(...v) - Math.min(...v) : Math.max(...v.map(x => Math.abs(x - overall.values[metric])));
  });
}

export function ratio(frame: MetricFrame, metric: string, method: Method = 'between_groups'): number[] {
  return strata(frame).map(({ overall, groups }) => {
    const v = finite(groups.map(g => g.values[metric]));
    if (!v.length) return NaN;
    if (method === 'between_groups') {
      const max = Math.max(...v);
      return max === 0 ? (Math.min(...v) === 0 ? 1 : NaN) : Math.min(...v) / max;
    }
    const o = overall.values[metric];
    return Math.min(...v.map(x => (x === 0 && o === 0 ? 1 : Math.min(x / o, o / x))));
  });
}
