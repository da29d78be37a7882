/**
 * A fairness report on a table: metrics by (intersectional) group with bootstrap intervals,
 * Fairlearn disparities with intervals and a verdict at tau, AIF360 measures with the reference
 * group as privileged, and Aequitas disparities. Pure: the magic and plain code call it alike.
 */
import { Table } from '../table/model';
import * as aif from './aif360';
import { aequitasDisparities, aequitasGroups, type Disparity, type Reference } from './aequitas';
import { bootstrap, type Interval } from './bootstrap';
import { DISPARITY_METRICS, disparitiesOf, type DisparityName } from './disparities';
import { metricFrame, MISSING_GROUP, partition, type GroupRow } from './frame';
import { BASE_METRICS, brierScore, calibrationCurve, rocAuc, rocCurve } from './metrics';

export class FairnessError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FairnessError';
  }
}

export interface ReportOptions {
  yTrue: string;
  yPred: string;
  score?: string;
  sensitive: string[];
  posLabel?: string | number;
  reference?: 'majority' | 'min_metric' | string;
  tau?: number;
  nBoot?: number;
  seed?: number;
}

export interface Measure {
  name: string;
  family: 'fairlearn' | 'aif360';
  value: number;
  interval?: Interval;
  /** Our convention, symmetric to the four-fifths rule: ratios pass at ≥ tau, differences at |d| ≤ 1 − tau. */
  pass: boolean;
}

export interface FairnessReport {
  rows: number;
  tau: number;
  reference: string;
  sensitive: string[];
  overall: Record<string, number>;
  byGroup: (GroupRow & { intervals: Record<string, Interval> })[];
  measures: Measure[];
  aequitas: Disparity[];
  /** With a score column: ROC and calibration curves of each group that has both outcomes. */
  curves: GroupCurves[];
  warnings: string[];
}

export interface GroupCurves {
  group: string;
  count: number;
  auc: number;
  roc: { fpr: number[]; tpr: number[] };
  calibration: { meanPredicted: number[]; fractionPositive: number[]; counts: number[] };
}

/** Curves per group of `joined` (the intersectional label of each row). */
function curvesByGroup(yTrue: Float64Array, score: ArrayLike<number>, joined: string[]): GroupCurves[] {
  const rows = new Map<string, number[]>();
  joined.forEach((g, i) => (rows.get(g) ?? rows.set(g, []).get(g)!).push(i));
  return [...rows].sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true })).flatMap(([group, idx]) => {
    const t = Float64Array.from(idx, i => yTrue[i]);
    const s = Float64Array.from(idx, i => score[i]);
    const roc = rocCurve(t, s);
    return roc.fpr.length ? [{ group, count: idx.length, auc: rocAuc(t, s), roc, calibration: calibrationCurve(t, s) }] : [];
  });
}

/** 0/1 labels from a column: numbers 0/1 or booleans, or equality with pos_label. */
function binary(table: Table, name: string, posLabel?: string | number): Float64Array {
  const values = table.column(name).values as ArrayLike<unknown>;
  if (posLabel !== undefined) return Float64Array.from(values as ArrayLike<number>, v => (String(v) === String(posLabel) ? 1 : 0));
  const out = new Float64Array(values.length);
  const distinct = new Set<string>();
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === 1 || v === true) out[i] = 1;
    else if (v === 0 || v === false) out[i] = 0;
    else distinct.add(String(v));
  }
  if (distinct.size) {
    throw new FairnessError(`column '${name}' is not binary: it holds ${[...distinct].slice(0, 5).join(', ')}${distinct.size > 5 ? ', ...' : ''} besides 0/1. Give pos_label=<the positive value>.`);
  }
  return out;
}

export function fairnessReport(data: unknown, o: ReportOptions): FairnessReport {
  const table = Table.from(data);
  if (table.rowCount === 0) throw new FairnessError('the data has no rows');
  if (!o.sensitive.length) throw new FairnessError('give at least one sensitive feature (sensitive=sex,race)');
  const tau = o.tau ?? 0.8;
  if (!(tau > 0 && tau <= 1)) throw new FairnessError(`tau must be in (0, 1], not ${tau}`);
  const yTrue = binary(table, o.yTrue, o.posLabel);
  const yPred = binary(table, o.yPred, o.posLabel);
  const score = o.score ? (table.column(o.score).values as ArrayLike<number>) : undefined;
  if (o.score && table.column(o.score).type !== 'number') throw new FairnessError(`score column '${o.score}' must hold numbers`);
  const sensitive = Object.fromEntries(o.sensitive.map(s => [s, table.column(s).values as ArrayLike<string | number | null>]));
  const joined = Array.from({ length: table.rowCount }, (_, i) => o.sensitive.map(s => (sensitive[s][i] ?? MISSING_GROUP) || MISSING_GROUP).join(' × '));

  const frameInput = { metrics: BASE_METRICS, yTrue, yPred, sensitive };
  const cells = partition(frameInput);
  const frame = metricFrame({ ...frameInput, partition: cells });
  // One set of resamples serves the group intervals and all six disparities: each replicate is a
  // frame of the three rates they are made of, over groups computed once.
  const replicates = bootstrap(table.rowCount, weights => {
    const f = metricFrame({ metrics: DISPARITY_METRICS, yTrue, yPred, sensitive, weights, partition: cells });
    return { f, d: disparitiesOf(f) };
  }, { nBoot: o.nBoot ?? 200, seed: o.seed ?? 0 });
  const groupInterval = (gi: number, m: string) => replicates.interval(r => r.f.byGroup[gi].values[m]);
  const intervals = frame.byGroup.map((_, gi) => ({
    selection_rate: groupInterval(gi, 'selection_rate'), true_positive_rate: groupInterval(gi, 'tpr'), false_positive_rate: groupInterval(gi, 'fpr')
  }));
  const warnings: string[] = [];
  for (const g of frame.byGroup) {
    if (g.count === 0) continue;
    if (Number.isNaN(g.values.true_positive_rate) || Number.isNaN(g.values.false_positive_rate)) {
      warnings.push(`group ${g.key.join(' × ')} has only one outcome class (${g.count} rows): its true/false positive rates are undefined (NaN)`);
    }
  }

  const pointDisparities = disparitiesOf(metricFrame({ metrics: DISPARITY_METRICS, yTrue, yPred, sensitive, partition: cells }));
  const fair = (name: DisparityName, ratio: boolean): Measure => {
    const value = pointDisparities[name];
    return { name, family: 'fairlearn', value, interval: replicates.interval(r => r.d[name]), pass: ratio ? value >= tau : value <= 1 - tau };
  };
  const measures: Measure[] = [
    fair('demographic_parity_difference', false),
    fair('demographic_parity_ratio', true),
    fair('equalized_odds_difference', false),
    fair('equalized_odds_ratio', true),
    fair('equal_opportunity_difference', false),
    fair('equal_opportunity_ratio', true)
  ];

  const groups = aequitasGroups(yTrue, yPred, joined);
  let reference: Reference = 'majority';
  if (o.reference && o.reference !== 'majority') {
    reference = o.reference === 'min_metric' ? 'min_metric' : { group: o.reference };
    if (typeof reference === 'object' && !groups.some(g => g.group === o.reference)) {
      throw new FairnessError(`reference=${o.reference} is not a group; groups: ${groups.map(g => g.group).join(', ')} (or majority, min_metric)`);
    }
  }
  const aequitas = aequitasDisparities(groups, reference, tau);
  const privilegedName = typeof reference === 'object' ? reference.group : [...groups].sort((a, b) => b.size - a.size)[0].group;
  const privileged = joined.map(g => g === privilegedName);
  const ai = { yTrue, yPred, privileged };
  const within = (v: number, ratio: boolean) => (ratio ? v >= tau && v <= 1 / tau : Math.abs(v) <= 1 - tau);
  const aifMeasure = (name: string, value: number, ratio: boolean): Measure => ({ name, family: 'aif360', value, pass: within(value, ratio) });
  measures.push(
    aifMeasure('disparate_impact', aif.disparateImpact(ai), true),
    aifMeasure('statistical_parity_difference', aif.statisticalParityDifference(ai), false),
    aifMeasure('average_odds_difference', aif.averageOddsDifference(ai), false),
    aifMeasure('average_abs_odds_difference', aif.averageAbsOddsDifference(ai), false),
    aifMeasure('average_predictive_value_difference', aif.averagePredictiveValueDifference(ai), false),
    { name: 'theil_index', family: 'aif360', value: aif.theilIndex(yTrue, yPred), pass: true },
    { name: 'between_group_theil_index', family: 'aif360', value: aif.betweenGroupTheilIndex(yTrue, yPred, joined), pass: true }
  );

  const overall: Record<string, number> = { ...frame.overall[0].values };
  if (score) {
    overall.roc_auc = rocAuc(yTrue, score);
    overall.brier_score = brierScore(yTrue, score);
  }
  return {
    rows: table.rowCount,
    tau,
    reference: typeof reference === 'object' ? reference.group : reference,
    sensitive: o.sensitive,
    overall,
    byGroup: frame.byGroup.map((g, i) => ({ ...g, intervals: intervals[i] })),
    measures,
    aequitas,
    curves: score ? curvesByGroup(yTrue, score, joined) : [],
    warnings
  };
}

