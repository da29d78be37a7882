/**
 * Before/after comparisons, judged by the same formulas as the report itself:
 * - thresholds: group-specific thresholds (threshold.ts) fitted on the rows, predictions redrawn;
 * - reweighing: Kamiran & Calders weights, compared on the label (a model trained with the weights is
 *   compared with `before=`, since retraining is the user's model, not ours);
 * - an earlier report against this one (`before=`).
 */
import { reweighing } from './bias';
import { DISPARITY_METRICS } from './disparities';
import { FairnessError } from './input';
import * as aif from './aif360';
import type { Audit, FairnessReport, Measure } from './report';
import { fitThresholds, predictThresholds, type Constraint, type Objective } from './threshold';
import { accuracy, balancedAccuracy, selectionRate } from './metrics';

export interface ComparisonRow {
  measure: string;
  before: number;
  after: number;
  /** Verdicts at tau, where the measure has one. */
  passBefore?: boolean;
  passAfter?: boolean;
}

export interface GroupChange {
  group: string;
  metric: string;
  before: number;
  after: number;
}

export interface Comparison {
  method: 'thresholds' | 'reweighing' | 'report';
  title: string;
  note: string;
  rows: ComparisonRow[];
  groups: GroupChange[];
  /** What the mitigation chose: threshold rules, or weights per group and label. */
  details: { columns: string[]; rows: (string | number)[][] };
}

const measureRows = (before: Measure[], after: Measure[]): ComparisonRow[] =>
  before.flatMap(b => {
    const a = after.find(m => m.name === b.name);
    return a ? [{ measure: b.name, before: b.value, after: a.value, passBefore: b.pass, passAfter: a.pass }] : [];
  });

/** Selection rate, TPR and FPR of each non-empty group under predictions `yPred`. */
function groupRates(audit: Audit, yPred: ArrayLike<number>): Map<string, Record<string, number>> {
  const f = audit.frame(yPred, DISPARITY_METRICS);
  return new Map(f.byGroup.filter(g => g.count > 0).map(g => [g.key.join(' × '), { selection_rate: g.values.selection_rate, true_positive_rate: g.values.tpr, false_positive_rate: g.values.fpr }]));
}

function changes(before: Map<string, Record<string, number>>, after: Map<string, Record<string, number>>): GroupChange[] {
  return [...before].flatMap(([group, b]) => Object.keys(b).flatMap(metric => {
    const a = after.get(group)?.[metric];
    return a === undefined ? [] : [{ group, metric, before: b[metric], after: a }];
  }));
}

export function thresholdComparison(audit: Audit, yPred: ArrayLike<number>, score: ArrayLike<number>, constraint: Constraint, objective: Objective, seed: number): Comparison {
  let model;
  try {
    model = fitThresholds(audit.yTrue, score, audit.joined, constraint, objective);
  } catch (e) {
    throw new FairnessError(`mitigate=thresholds: ${(e as Error).message}`);
  }
  const after = predictThresholds(model, score, audit.joined, seed);
  const overall = (name: string, metric: (t: ArrayLike<number>, p: ArrayLike<number>) => number): ComparisonRow =>
    ({ measure: name, before: metric(audit.yTrue, yPred), after: metric(audit.yTrue, after) });
  return {
    method: 'thresholds',
    title: `Group thresholds for ${constraint.replace(/_/g, ' ')} (objective: ${objective.replace(/_/g, ' ')})`,
    note: 'Thresholds chosen per group on these rows (Hardt, Price & Srebro 2016), predictions redrawn with the report\'s seed. ' +
      'They need the group at decision time; in practice fit them on held-out data.',
    rows: [...measureRows(audit.measures(yPred), audit.measures(after)), overall('accuracy', accuracy), overall('balanced_accuracy', balancedAccuracy), overall('selection_rate', selectionRate)],
    groups: changes(groupRates(audit, yPred), groupRates(audit, after)),
    details: {
      columns: ['group', 'threshold', 'p at threshold', 'share by rule', 'coin', 'expected selection rate', 'expected TPR', 'expected FPR'],
      rows: [...model.rules].sort((a, b) => a.group.localeCompare(b.group, 'en', { numeric: true })).map(r => [r.group, r.threshold, r.p, r.mix, r.coin, r.expected.selectionRate, r.expected.tpr, r.expected.fpr])
    }
  };
}

export function reweighingComparison(audit: Audit, privilegedName: string): Comparison {
  const { yTrue, joined, privileged, tau } = audit;
  const weights = reweighing(yTrue, joined);
  // On the label: "selection" is the label itself, so AIF360's dataset metrics are the classifier ones with ŷ = y.
  const onLabel = (w?: Float64Array) => ({ yTrue, yPred: yTrue, privileged, weights: w });
  const row = (measure: string, f: (i: aif.PrivilegeInput) => number, ratio: boolean): ComparisonRow => {
    const before = f(onLabel());
    const after = f(onLabel(weights));
    const pass = (v: number) => (ratio ? v >= tau && v <= 1 / tau : Math.abs(v) <= 1 - tau);
    return { measure, before, after, passBefore: pass(before), passAfter: pass(after) };
  };
  const cells = new Map<string, { group: string; label: number; count: number; weight: number }>();
  const baseRates = new Map<string, [number, number, number, number]>();
  for (let i = 0; i < yTrue.length; i++) {
    const key = `${joined[i]}\u0000${yTrue[i]}`;
    const c = cells.get(key) ?? cells.set(key, { group: joined[i], label: yTrue[i], count: 0, weight: weights[i] }).get(key)!;
    c.count++;
    const b = baseRates.get(joined[i]) ?? baseRates.set(joined[i], [0, 0, 0, 0]).get(joined[i])!;
    b[0] += yTrue[i];
    b[1] += 1;
    b[2] += weights[i] * yTrue[i];
    b[3] += weights[i];
  }
  return {
    method: 'reweighing',
    title: 'Reweighing (Kamiran & Calders 2012), on the label',
    note: `Weights w(group, label) = P(group)·P(label) / P(group, label) make the label independent of the group (reference: ${privilegedName}). ` +
      'Train the model with them — reweighing(yTrue, groups) gives one weight per row — and audit the new model with before=<this report> to see the effect on predictions.',
    rows: [
      row('label statistical_parity_difference', aif.statisticalParityDifference, false),
      row('label disparate_impact', aif.disparateImpact, true)
    ],
    groups: [...baseRates].sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
      .map(([group, [pos, n, wPos, w]]) => ({ group, metric: 'label base rate', before: pos / n, after: wPos / w })),
    details: {
      columns: ['group', 'label', 'rows', 'weight'],
      rows: [...cells.values()].sort((a, b) => a.group.localeCompare(b.group, 'en', { numeric: true }) || a.label - b.label).map(c => [c.group, c.label, c.count, c.weight])
    }
  };
}

export function compareReports(before: FairnessReport, after: FairnessReport): Comparison {
  if (!before || !Array.isArray(before.measures) || !Array.isArray(before.byGroup)) {
    throw new FairnessError('before= must be a fairness report: the out= of an earlier %fairness');
  }
  const rates = (r: FairnessReport) => new Map(r.byGroup.filter(g => g.count > 0).map(g => [g.key.join(' × '), {
    selection_rate: g.values.selection_rate, true_positive_rate: g.values.true_positive_rate, false_positive_rate: g.values.false_positive_rate
  }]));
  const same = before.sensitive.join() === after.sensitive.join();
  const overall = ['accuracy', 'balanced_accuracy', 'selection_rate', 'roc_auc'].flatMap(m =>
    before.overall[m] !== undefined && after.overall[m] !== undefined ? [{ measure: m, before: before.overall[m], after: after.overall[m] }] : []);
  return {
    method: 'report',
    title: `Earlier report${before.runId ? ` (run ${before.runId})` : ''} against this one`,
    note: `Before: ${before.rows} rows, prediction '${before.settings?.yPred ?? '?'}'; after: ${after.rows} rows, prediction '${after.settings.yPred}'.` +
      (same ? '' : ` The reports group by different features (${before.sensitive.join(' × ')} vs ${after.sensitive.join(' × ')}): only shared groups are compared.`),
    rows: [...measureRows(before.measures, after.measures), ...overall],
    groups: changes(rates(before), rates(after)),
    details: { columns: [], rows: [] }
  };
}
