/**
 * A fairness report on a table: metrics by (intersectional) group with bootstrap intervals,
 * Fairlearn disparities with intervals and a verdict at tau, AIF360 measures with the reference
 * group as privileged, Aequitas disparities, the data's composition by group, and before/after
 * comparisons of mitigations. Pure: the magic and plain code call it alike.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { Table } from '../table/model';
import * as aif from './aif360';
import { aequitasDisparities, aequitasGroups, type Disparity, type Reference } from './aequitas';
import { bootstrap, type Interval } from './bootstrap';
import { DISPARITY_METRICS, disparitiesOf, type DisparityName } from './disparities';
import { groupLabel, metricFrame, partition, type GroupRow, type Partition } from './frame';
import { reportHtml, type ModelCard } from './html';
import { FairnessError, fairnessTable } from './input';
import { BASE_METRICS, brierScore, calibrationCurve, rocAuc, rocCurve } from './metrics';
import { compareReports, reweighingComparison, thresholdComparison, type Comparison } from './mitigation';
import type { Constraint, Objective } from './threshold';

export { FairnessError };

export type Mitigation = 'reweighing' | 'thresholds';

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
  /** Names for the columns of a 2-D tensor given as data. */
  columns?: string[];
  /** Mitigations to compare before/after inside the report. */
  mitigate?: Mitigation[];
  /** For mitigate=thresholds: the constraint and the objective (default equal_opportunity, accuracy). */
  constraint?: Constraint;
  objective?: Objective;
  /** An earlier report (the unmitigated model, say) to compare with this one. */
  before?: FairnessReport;
}

export interface Measure {
  name: string;
  family: 'fairlearn' | 'aif360';
  value: number;
  interval?: Interval;
  /** Our convention, symmetric to the four-fifths rule: ratios pass at ≥ tau, differences at |d| ≤ 1 − tau. */
  pass: boolean;
}

export interface GroupCurves {
  group: string;
  count: number;
  auc: number;
  roc: { fpr: number[]; tpr: number[] };
  calibration: { meanPredicted: number[]; fractionPositive: number[]; counts: number[] };
}

/** Who is in the data, group by group: the data-bias view before any model. */
export interface GroupComposition {
  group: string;
  count: number;
  share: number;
  prevalence: number;
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
  // pos_label names the positive value of a column that holds it, or of a text column that never does (a model
  // that never predicts 'yes'); a 0/1 column beside it stays 0/1, and scores still fail as not binary.
  const holds = (test: (v: unknown) => boolean) => Array.prototype.some.call(values, test);
  if (posLabel !== undefined && (holds(v => String(v) === String(posLabel)) || !holds(v => typeof v !== 'string'))) {
    return Float64Array.from(values as ArrayLike<number>, v => (String(v) === String(posLabel) ? 1 : 0));
  }
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

const within = (v: number, ratio: boolean, tau: number) => (ratio ? v >= tau && v <= 1 / tau : Math.abs(v) <= 1 - tau);

/**
 * The audited data, prepared once: labels, groups and the reference. `measures(yPred)` gives every
 * point measure for any predictions on these rows, so mitigations are judged by the same formulas.
 */
export class Audit {
  constructor(
    readonly yTrue: Float64Array,
    readonly sensitive: Record<string, ArrayLike<string | number | null>>,
    readonly joined: string[],
    readonly privileged: boolean[],
    readonly tau: number,
    private readonly predicted: ArrayLike<number>,
    private readonly cells: Partition
  ) {}

  frame(yPred: ArrayLike<number>, metrics = BASE_METRICS) {
    return metricFrame({ metrics, yTrue: this.yTrue, yPred, sensitive: this.sensitive, partition: this.cellsFor(yPred) });
  }

  /** A partition keeps a copy of the predictions: ours serves only the predictions it was built with. */
  private cellsFor(yPred: ArrayLike<number>): Partition {
    return yPred === this.predicted ? this.cells : partition({ metrics: {}, yTrue: this.yTrue, yPred, sensitive: this.sensitive });
  }

  measures(yPred: ArrayLike<number>): Measure[] {
    const d = disparitiesOf(this.frame(yPred, DISPARITY_METRICS));
    const fair = (name: DisparityName, ratio: boolean): Measure => ({ name, family: 'fairlearn', value: d[name], pass: ratio ? d[name] >= this.tau : d[name] <= 1 - this.tau });
    const ai = { yTrue: this.yTrue, yPred, privileged: this.privileged };
    const aifMeasure = (name: string, value: number, ratio: boolean): Measure => ({ name, family: 'aif360', value, pass: within(value, ratio, this.tau) });
    return [
      fair('demographic_parity_difference', false),
      fair('demographic_parity_ratio', true),
      fair('equalized_odds_difference', false),
      fair('equalized_odds_ratio', true),
      fair('equal_opportunity_difference', false),
      fair('equal_opportunity_ratio', true),
      aifMeasure('disparate_impact', aif.disparateImpact(ai), true),
      aifMeasure('statistical_parity_difference', aif.statisticalParityDifference(ai), false),
      aifMeasure('average_odds_difference', aif.averageOddsDifference(ai), false),
      aifMeasure('average_abs_odds_difference', aif.averageAbsOddsDifference(ai), false),
      aifMeasure('average_predictive_value_difference', aif.averagePredictiveValueDifference(ai), false),
      { name: 'theil_index', family: 'aif360', value: aif.theilIndex(this.yTrue, yPred), pass: true },
      { name: 'between_group_theil_index', family: 'aif360', value: aif.betweenGroupTheilIndex(this.yTrue, yPred, this.joined), pass: true }
    ];
  }
}

export class FairnessReport {
  rows!: number;
  tau!: number;
  reference!: string;
  sensitive!: string[];
  overall!: Record<string, number>;
  byGroup!: (GroupRow & { intervals: Record<string, Interval> })[];
  measures!: Measure[];
  aequitas!: Disparity[];
  /** With a score column: ROC and calibration curves of each group that has both outcomes. */
  curves!: GroupCurves[];
  /** Each intersectional group's size, share of the rows and label prevalence. */
  composition!: GroupComposition[];
  /** Before/after comparisons: mitigations run inside the report, or an earlier report given as `before`. */
  mitigations!: Comparison[];
  settings!: { yTrue: string; yPred: string; score?: string; nBoot: number; seed: number; posLabel?: string | number };
  warnings!: string[];
  /** The group AIF360's measures treat as privileged: the reference group, or the largest one for min_metric. */
  privileged!: string;
  /** The lineage run that produced the report, when it came from %fairness. */
  runId?: string;

  constructor(fields: Omit<FairnessReport, 'toHtml' | 'saveHtml'>) {
    Object.assign(this, fields);
  }

  /** A standalone HTML report (no scripts, no network): verdicts, groups, charts as SVG, Model Card and TRIPOD+AI items. */
  toHtml(card: ModelCard = {}): string {
    return reportHtml(this, card);
  }

  /** Writes `toHtml(card)` to `file`; returns where, how many bytes and their SHA-256. */
  saveHtml(file: string, card: ModelCard = {}): { path: string; bytes: number; sha256: string } {
    if (typeof file !== 'string' || !file.trim()) throw new FairnessError('saveHtml needs a file path, e.g. report.saveHtml("audit.html")');
    const html = this.toHtml(card);
    const target = path.resolve(file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, html);
    return { path: target, bytes: Buffer.byteLength(html), sha256: createHash('sha256').update(html).digest('hex') };
  }
}

export function fairnessReport(data: unknown, o: ReportOptions): FairnessReport {
  const table = fairnessTable(data, o.columns);
  if (table.rowCount === 0) throw new FairnessError('the data has no rows');
  if (!o.sensitive.length) throw new FairnessError('give at least one sensitive feature (sensitive=sex,race)');
  const tau = o.tau ?? 0.8;
  if (!(tau > 0 && tau <= 1)) throw new FairnessError(`tau must be in (0, 1], not ${tau}`);
  const nBoot = o.nBoot ?? 200;
  const seed = o.seed ?? 0;
  const yTrue = binary(table, o.yTrue, o.posLabel);
  const yPred = binary(table, o.yPred, o.posLabel);
  if (o.score && table.column(o.score).type !== 'number') throw new FairnessError(`score column '${o.score}' must hold numbers`);
  const score = o.score ? (table.column(o.score).values as ArrayLike<number>) : undefined;
  const sensitive = Object.fromEntries(o.sensitive.map(s => [s, table.column(s).values as ArrayLike<string | number | null>]));
  const joined = Array.from({ length: table.rowCount }, (_, i) => o.sensitive.map(s => groupLabel(sensitive[s][i])).join(' × '));

  const frameInput = { metrics: BASE_METRICS, yTrue, yPred, sensitive };
  const cells = partition(frameInput);
  const frame = metricFrame({ ...frameInput, partition: cells });
  // One set of resamples serves the group intervals and all six disparities: each replicate is a
  // frame of the three rates they are made of, over groups computed once.
  const replicates = bootstrap(table.rowCount, weights => {
    const f = metricFrame({ metrics: DISPARITY_METRICS, yTrue, yPred, sensitive, weights, partition: cells });
    return { f, d: disparitiesOf(f) };
  }, { nBoot, seed });
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
  const audit = new Audit(yTrue, sensitive, joined, joined.map(g => g === privilegedName), tau, yPred, cells);

  // Fairlearn disparities get intervals from the bootstrap; the AIF360 measures are point values.
  const measures = audit.measures(yPred).map(m =>
    m.family === 'fairlearn' ? { ...m, interval: replicates.interval(r => r.d[m.name as DisparityName]) } : m);

  const overall: Record<string, number> = { ...frame.overall[0].values };
  if (score) {
    overall.roc_auc = rocAuc(yTrue, score);
    overall.brier_score = brierScore(yTrue, score);
  }
  const composition = groups.map(g => ({ group: g.group, count: g.size, share: g.size / table.rowCount, prevalence: g.values.prevalence }));
  const smallest = composition.filter(g => g.count < 30);
  if (smallest.length) warnings.push(`${smallest.length} group(s) have fewer than 30 rows (${smallest.map(g => `${g.group}: ${g.count}`).join(', ')}): their intervals are wide and their rates unstable`);

  const report = new FairnessReport({
    rows: table.rowCount,
    tau,
    reference: typeof reference === 'object' ? reference.group : reference,
    privileged: privilegedName,
    sensitive: o.sensitive,
    overall,
    byGroup: frame.byGroup.map((g, i) => ({ ...g, intervals: intervals[i] })),
    measures,
    aequitas,
    curves: score ? curvesByGroup(yTrue, score, joined) : [],
    composition,
    mitigations: [],
    settings: { yTrue: o.yTrue, yPred: o.yPred, ...(o.score ? { score: o.score } : {}), nBoot, seed, ...(o.posLabel !== undefined ? { posLabel: o.posLabel } : {}) },
    warnings
  });

  for (const method of new Set(o.mitigate ?? [])) {
    if (method === 'reweighing') report.mitigations.push(reweighingComparison(audit, privilegedName));
    else if (method === 'thresholds') {
      if (!score) throw new FairnessError('mitigate=thresholds needs score=<column of predicted probabilities>: thresholds are chosen on scores');
      report.mitigations.push(thresholdComparison(audit, yPred, score, o.constraint ?? 'equal_opportunity', o.objective ?? 'accuracy', seed));
    } else throw new FairnessError(`mitigate=${String(method)} is not a mitigation; allowed: reweighing, thresholds`);
  }
  if (o.before) report.mitigations.push(compareReports(o.before, report));
  return report;
}
