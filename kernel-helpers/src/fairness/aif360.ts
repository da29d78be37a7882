/**
 * AIF360's group and individual fairness metrics (Bellamy et al. 2018; aif360.metrics), for one
 * unprivileged and one privileged group given as row masks:
 *   disparate impact = P(ŷ=1 | unprivileged) / P(ŷ=1 | privileged)
 *   statistical parity difference = P(ŷ=1 | unprivileged) − P(ŷ=1 | privileged)
 *   average odds difference = ½[(FPR_u − FPR_p) + (TPR_u − TPR_p)], and its absolute version
 *   average predictive value difference = ½[(PPV_u − PPV_p) + (FOR_u − FOR_p)], FOR = FN/(FN+TN) (AIF360's definition)
 *   generalized entropy index GE(α) of b_i = ŷ_i − y_i + 1 (Speicher et al. 2018):
 *     1/(n α(α−1)) Σ[(b_i/μ)^α − 1]; α = 1 is the Theil index 1/n Σ (b_i/μ) ln(b_i/μ); α = 0 is −1/n Σ ln(b_i/μ)
 *   between-group GE: the same with each b_i replaced by its group's mean
 *   consistency (Zemel et al. 2013) = 1 − 1/n Σ_i |ŷ_i − mean of ŷ over the k nearest neighbours of x_i|
 * Sample weights are applied as AIF360 applies instance weights to the rates.
 */
import { confusion } from './metrics';

export interface PrivilegeInput {
  yTrue: ArrayLike<number>;
  yPred: ArrayLike<number>;
  /** True for rows of the privileged group; false for unprivileged; null for neither. */
  privileged: ArrayLike<boolean | null>;
  weights?: ArrayLike<number>;
}

function split(i: PrivilegeInput, want: boolean) {
  const rows: number[] = [];
  for (let k = 0; k < i.privileged.length; k++) if (i.privileged[k] === want) rows.push(k);
  const pick = (a: ArrayLike<number>) => Float64Array.from(rows, k => a[k]);
  const c = confusion(pick(i.yTrue), pick(i.yPred), i.weights ? pick(i.weights) : undefined);
  const n = c.tp + c.fp + c.tn + c.fn;
  return {
    selection: (c.tp + c.fp) / n,
    tpr: c.tp / (c.tp + c.fn),
    fpr: c.fp / (c.fp + c.tn),
    ppv: c.tp / (c.tp + c.fp),
    falseOmission: c.fn / (c.fn + c.tn)
  };
}

export function disparateImpact(i: PrivilegeInput): number {
  return split(i, false).selection / split(i, true).selection;
}

export function statisticalParityDifference(i: PrivilegeInput): number {
  return split(i, false).selection - split(i, true).selection;
}

export function averageOddsDifference(i: PrivilegeInput): number {
  const [u, p] = [split(i, false), split(i, true)];
  return ((u.fpr - p.fpr) + (u.tpr - p.tpr)) / 2;
}

export function averageAbsOddsDifference(i: PrivilegeInput): number {
  const [u, p] = [split(i, false), split(i, true)];
  return (Math.abs(u.fpr - p.fpr) + Math.abs(u.tpr - p.tpr)) / 2;
}

export function averagePredictiveValueDifference(i: PrivilegeInput): number {
  const [u, p] = [split(i, false), split(i, true)];
  return ((u.ppv - p.ppv) + (u.falseOmission - p.falseOmission)) / 2;
}

function ge(b: ArrayLike<number>, alpha: number): number {
  const n = b.length;
  let mu = 0;
  for (let i = 0; i < n; i++) mu += b[i];
  mu /= n;
  let s = 0;
  for (let i = 0; i < n; i++) {
    const r = b[i] / mu;
    if (alpha === 1) s += r > 0 ? r * Math.log(r) : 0;
    else if (alpha === 0) s -= Math.log(r);
    else s += r ** alpha - 1;
  }
  return alpha === 1 || alpha === 0 ? s / n : s / (n * alpha * (alpha - 1));
}

/** GE(α) of the benefits b_i = ŷ_i − y_i + 1. */
export function generalizedEntropyIndex(yTrue: ArrayLike<number>, yPred: ArrayLike<number>, alpha = 2): number {
  return ge(Float64Array.from(yTrue, (y, i) => yPred[i] - y + 1), alpha);
}

export function theilIndex(yTrue: ArrayLike<number>, yPred: ArrayLike<number>): number {
  return generalizedEntropyIndex(yTrue, yPred, 1);
}

/** GE(α) after replacing each benefit by its group's mean benefit (the between-group part). */
export function betweenGroupGeneralizedEntropyIndex(yTrue: ArrayLike<number>, yPred: ArrayLike<number>, groups: ArrayLike<string>, alpha = 2): number {
  const b = Float64Array.from(yTrue, (y, i) => yPred[i] - y + 1);
  const sums = new Map<string, [number, number]>();
  for (let i = 0; i < b.length; i++) {
    const s = sums.get(groups[i]) ?? [0, 0];
    s[0] += b[i];
    s[1]++;
    sums.set(groups[i], s);
  }
  return ge(Float64Array.from(b, (_, i) => sums.get(groups[i])![0] / sums.get(groups[i])![1]), alpha);
}

export function betweenGroupTheilIndex(yTrue: ArrayLike<number>, yPred: ArrayLike<number>, groups: ArrayLike<string>): number {
  return betweenGroupGeneralizedEntropyIndex(yTrue, yPred, groups, 1);
}

/**
 * Consistency: how similar predictions are for similar individuals. `features` is row-major (one
 * array per row); neighbours by Euclidean distance, the row itself included as AIF360 does
 * (scikit-learn's NearestNeighbors on the training rows returns the point itself first).
 */
export function consistency(features: readonly ArrayLike<number>[], yPred: ArrayLike<number>, k = 5): number {
  const n = features.length;
  let total = 0;
  const dist = new Float64Array(n);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      let d = 0;
      for (let f = 0; f < features[i].length; f++) d += (features[i][f] - features[j][f]) ** 2;
      dist[j] = d;
      order[j] = j;
    }
    const nearest = Array.from(order).sort((a, b) => dist[a] - dist[b] || a - b).slice(0, k);
    total += Math.abs(yPred[i] - nearest.reduce((s, j) => s + yPred[j], 0) / k);
  }
  return 1 - total / n;
}
