/**
 * Bootstrap confidence intervals for group metrics and disparities: resample the rows with
 * replacement `nBoot` times (as multiplicities, so weighted metrics apply unchanged), recompute,
 * and take quantiles with linear interpolation (NumPy's default). Seeded, so intervals reproduce.
 */
import { Random } from '../cohort/random';
import type { FrameInput, MetricFrame } from './frame';
import { metricFrame, partition } from './frame';

export interface BootstrapOptions {
  nBoot: number;
  seed: number;
  /** Lower and upper quantile; default 0.025 and 0.975 (a 95 % interval). */
  quantiles?: [number, number];
}

export interface Interval {
  lower: number;
  upper: number;
}

/** Linear-interpolation quantile of the finite values (NumPy's "linear" method); NaN when none. */
export function quantile(values: ArrayLike<number>, q: number): number {
  const v = Array.from(values).filter(x => !Number.isNaN(x)).sort((a, b) => a - b);
  if (!v.length) return NaN;
  const pos = (v.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return v[lo] + (v[hi] - v[lo]) * (pos - lo);
}

/** Multiplicities of one bootstrap resample of n rows. */
export function resampleCounts(n: number, random: Random): Float64Array {
  const counts = new Float64Array(n);
  for (let i = 0; i < n; i++) counts[Math.floor(random.next() * n)]++;
  return counts;
}

export interface BootstrapResult<T> {
  replicates: T[];
  interval(read: (replicate: T) => number): Interval;
}

/** Runs `statistic` on `nBoot` resamples; `statistic` receives the resample's row weights. */
export function bootstrap<T>(n: number, statistic: (weights: Float64Array) => T, options: BootstrapOptions): BootstrapResult<T> {
  if (!Number.isInteger(options.nBoot) || options.nBoot < 1) throw new RangeError(`n_boot must be a whole number ≥ 1, not ${options.nBoot}`);
  const [qLow, qHigh] = options.quantiles ?? [0.025, 0.975];
  if (!(qLow >= 0 && qLow < qHigh && qHigh <= 1)) throw new RangeError(`quantiles must satisfy 0 ≤ low < high ≤ 1, not ${qLow}, ${qHigh}`);
  const random = new Random(options.seed);
  const replicates = Array.from({ length: options.nBoot }, () => statistic(resampleCounts(n, random)));
  return {
    replicates,
    interval: read => {
      const values = replicates.map(read);
      return { lower: quantile(values, qLow), upper: quantile(values, qHigh) };
    }
  };
}

/** Intervals of every metric of every group (and overall) of a metric frame. */
export function frameIntervals(input: FrameInput, options: BootstrapOptions): { overall: Record<string, Interval>; byGroup: { key: string[]; intervals: Record<string, Interval> }[] } {
  const n = input.yTrue.length;
  const base = input.weights;
  const cells = input.partition ?? partition(input);
  const result = bootstrap<MetricFrame>(n, counts => metricFrame({ ...input, partition: cells, weights: base ? Float64Array.from(counts, (c, i) => c * base[i]) : counts }), options);
  const first = result.replicates[0];
  const metrics = first.metrics;
  return {
    overall: Object.fromEntries(metrics.map(m => [m, result.interval(f => f.overall[0].values[m])])),
    byGroup: first.byGroup.map((g, gi) => ({ key: g.key, intervals: Object.fromEntries(metrics.map(m => [m, result.interval(f => f.byGroup[gi].values[m])])) }))
  };
}
