/**
 * Aequitas's group metrics and disparities (Saleiro et al. 2018; aequitas.group.Group,
 * aequitas.bias.Bias). Per group g, with PP = predicted positives and LP = label positives:
 *   ppr = PP_g / PP_all (share of all predicted positives), pprev = PP_g / n_g, precision = TP/PP,
 *   fdr = FP/PP, for = FN/PN, fpr = FP/LN, fnr = FN/LP, tpr = TP/LP, tnr = TN/LN, npv = TN/PN,
 *   prevalence = LP / n_g.
 * Disparity of a metric = value_g / value_reference; the reference group is the largest
 * ("majority"), the one with the smallest value ("min_metric") or a given one. A disparity passes
 * when it lies within [tau, 1/tau] (tau = 0.8 by default: the four-fifths rule).
 */
import { confusion } from './metrics';

export const AEQUITAS_METRICS = ['ppr', 'pprev', 'precision', 'fdr', 'for', 'fpr', 'fnr', 'tpr', 'tnr', 'npv', 'prevalence'] as const;
export type AequitasMetric = (typeof AEQUITAS_METRICS)[number];

export interface AequitasGroup {
  group: string;
  size: number;
  values: Record<AequitasMetric, number>;
}

const div = (a: number, b: number) => (b === 0 ? NaN : a / b);

export function aequitasGroups(yTrue: ArrayLike<number>, yPred: ArrayLike<number>, groups: ArrayLike<string>): AequitasGroup[] {
  const names = [...new Set(Array.from(groups))].sort();
  let allPredictedPositive = 0;
  for (let i = 0; i < yPred.length; i++) allPredictedPositive += yPred[i] === 1 ? 1 : 0;
  return names.map(group => {
    const rows = Array.from(groups).flatMap((g, i) => (g === group ? [i] : []));
    const c = confusion(Float64Array.from(rows, i => yTrue[i]), Float64Array.from(rows, i => yPred[i]));
    const pp = c.tp + c.fp;
    const pn = c.tn + c.fn;
    const lp = c.tp + c.fn;
    const ln = c.tn + c.fp;
    return {
      group,
      size: rows.length,
      values: {
        ppr: div(pp, allPredictedPositive),
        pprev: div(pp, rows.length),
        precision: div(c.tp, pp),
        fdr: div(c.fp, pp),
        for: div(c.fn, pn),
        fpr: div(c.fp, ln),
        fnr: div(c.fn, lp),
        tpr: div(c.tp, lp),
        tnr: div(c.tn, ln),
        npv: div(c.tn, pn),
        prevalence: div(lp, rows.length)
      }
    };
  });
}

export type Reference = 'majority' | 'min_metric' | { group: string };

export interface Disparity {
  group: string;
  metric: AequitasMetric;
  reference: string;
  disparity: number;
  pass: boolean;
}

/** Disparities of each group's metrics against the reference group, with pass/fail at tau. */
export function aequitasDisparities(groups: AequitasGroup[], reference: Reference = 'majority', tau = 0.8): Disparity[] {
  if (!(tau > 0 && tau <= 1)) throw new RangeError(`tau must be in (0, 1], not ${tau}`);
  const out: Disparity[] = [];
  for (const metric of AEQUITAS_METRICS) {
    let ref: AequitasGroup | undefined;
    if (reference === 'majority') ref = [...groups].sort((a, b) => b.size - a.size || a.group.localeCompare(b.group))[0];
    else if (reference === 'min_metric') ref = [...groups].filter(g => !Number.isNaN(g.values[metric])).sort((a, b) => a.values[metric] - b.values[metric] || a.group.localeCompare(b.group))[0];
    else {
      ref = groups.find(g => g.group === reference.group);
      if (!ref) throw new RangeError(`no group '${reference.group}'; groups: ${groups.map(g => g.group).join(', ')}`);
    }
    for (const g of groups) {
      const disparity = ref ? div(g.values[metric], ref.values[metric]) : NaN;
      out.push({ group: g.group, metric, reference: ref?.group ?? '', disparity, pass: disparity >= tau && disparity <= 1 / tau });
    }
  }
  return out;
}
