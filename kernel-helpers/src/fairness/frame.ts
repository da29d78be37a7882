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

const label = (v: string | number | null | undefined) => (v === null || v === undefined || v === '' ? MISSING_GROUP : String(v));

function levels(column: ArrayLike<string | number | null | undefined>): string[] {
  const seen = new Set<string>();
  for (let i = 0; i < column.length; i++) seen.add(label(column[i]));
  return [...seen].sort((a, b) => (a === MISSING_GROUP ? 1 : b === MISSING_GROUP ? -1 : a.localeCompare(b, 'en', { numeric: true })));
}

function cartesian(lists: string[][]): string[][] {
  return lists.reduce<string[][]>((acc, list) => acc.flatMap(prefix => list.map(v => [...prefix, v])), [[]]);
}

function evaluate(input: FrameInput, rows: number[]): Record<string, number> {
  const pick = (a: ArrayLike<number>) => Float64Array.from(rows, i => a[i]);
  const t = pick(input.yTrue);
  const p = pick(input.yPred);
  const wt = input.weights ? pick(input.weights) : undefined;
  return Object.fromEntries(Object.entries(input.metrics).map(([name, m]) => [name, rows.length ? m(t, p, wt) : NaN]));
}

export function metricFrame(input: FrameInput): MetricFrame {
  const n = input.yTrue.length;
  const sensitive = Object.keys(input.sensitive);
  const control = Object.keys(input.control ?? {});
  const columns = [...sensitive.map(s => input.sensitive[s]), ...control.map(c => input.control![c])];
  const keyOf = (i: number) => columns.map(c => label(c[i])).join('\u0000');
  const buckets = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    const k = keyOf(i);
    const b = buckets.get(k);
    if (b) b.push(i);
    else buckets.set(k, [i]);
  }
  const groups = cartesian([...columns.map(levels)]);
  const byGroup = groups.map(key => {
    const rows = buckets.get(key.join('\u0000')) ?? [];
    return { key, count: rows.length, values: evaluate(input, rows) };
  });
  let overall: GroupRow[];
  if (control.length) {
    const controlLevels = cartesian(control.map(c => levels(input.control![c])));
    overall = controlLevels.map(key => {
      const rows: number[] = [];
      for (let i = 0; i < n; i++) if (control.every((c, j) => label(input.control![c][i]) === key[j])) rows.push(i);
      return { key, count: rows.length, values: evaluate(input, rows) };
    });
  } else {
    overall = [{ key: [], count: n, values: evaluate(input, Array.from({ length: n }, (_, i) => i)) }];
  }
  return { sensitive, control, metrics: Object.keys(input.metrics), overall, byGroup };
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
