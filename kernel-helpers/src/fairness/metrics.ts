/**
 * Group metrics as plain functions of (y_true, y_pred, weights) — Fairlearn's signature — over
 * typed arrays of 0/1 labels. Where a rate is undefined (no positives in a group, say), the value
 * is NaN; Fairlearn reports 0 there (scikit-learn's zero_division), which reads like a real rate.
 * Score-based metrics (ROC AUC, Brier, calibration) take scores as the second argument.
 */

export type Labels = ArrayLike<number>;
export type Metric = (yTrue: Labels, yPred: Labels, weights?: ArrayLike<number>) => number;

const w = (weights: ArrayLike<number> | undefined, i: number) => (weights ? weights[i] : 1);

/** Weighted confusion counts: tp, fp, tn, fn. */
export function confusion(yTrue: Labels, yPred: Labels, weights?: ArrayLike<number>): { tp: number; fp: number; tn: number; fn: number } {
  let tp = 0;
  let fp = 0;
  let tn = 0;
  let fn = 0;
  for (let i = 0; i < yTrue.length; i++) {
    const wi = w(weights, i);
    if (yTrue[i] === 1) yPred[i] === 1 ? (tp += wi) : (fn += wi);
    else yPred[i] === 1 ? (fp += wi) : (tn += wi);
  }
  return { tp, fp, tn, fn };
}

const ratio = (a: number, b: number) => (b === 0 ? NaN : a / b);

export const selectionRate: Metric = (_yTrue, yPred, weights) => {
  let s = 0;
  let total = 0;
  for (let i = 0; i < yPred.length; i++) {
    const wi = w(weights, i);
    total += wi;
    if (yPred[i] === 1) s += wi;
  }
  return ratio(s, total);
};

export const truePositiveRate: Metric = (t, p, wt) => {
  const c = confusion(t, p, wt);
  return ratio(c.tp, c.tp + c.fn);
};
export const trueNegativeRate: Metric = (t, p, wt) => {
  const c = confusion(t, p, wt);
  return ratio(c.tn, c.tn + c.fp);
};
export const falsePositiveRate: Metric = (t, p, wt) => {
  const c = confusion(t, p, wt);
  return ratio(c.fp, c.fp + c.tn);
};
export const falseNegativeRate: Metric = (t, p, wt) => {
  const c = confusion(t, p, wt);
  return ratio(c.fn, c.fn + c.tp);
};
export const accuracy: Metric = (t, p, wt) => {
  const c = confusion(t, p, wt);
  return ratio(c.tp + c.tn, c.tp + c.tn + c.fp + c.fn);
};
export const balancedAccuracy: Metric = (t, p, wt) => (truePositiveRate(t, p, wt) + trueNegativeRate(t, p, wt)) / 2;
export const precision: Metric = (t, p, wt) => {
  const c = confusion(t, p, wt);
  return ratio(c.tp, c.tp + c.fp);
};
/** Rows in the group (unweighted, as Fairlearn's `count`). */
export const count: Metric = t => t.length;
export const meanPrediction: Metric = (_t, p, wt) => {
  let s = 0;
  let total = 0;
  for (let i = 0; i < p.length; i++) {
    const wi = w(wt, i);
    s += wi * p[i];
    total += wi;
  }
  return ratio(s, total);
};

/**
 * ROC AUC of scores: the weighted probability that a positive outranks a negative, ties counting
 * one half — the same number as the trapezoidal area under the ROC curve (scikit-learn).
 */
export const rocAuc: Metric = (t, scores, wt) => {
  const order = Array.from({ length: t.length }, (_, i) => i).sort((a, b) => scores[a] - scores[b]);
  let negBelow = 0;
  let area = 0;
  let pos = 0;
  let neg = 0;
  for (let i = 0; i < order.length; ) {
    let j = i;
    let tiePos = 0;
    let tieNeg = 0;
    while (j < order.length && scores[order[j]] === scores[order[i]]) {
      const k = order[j];
      if (t[k] === 1) tiePos += w(wt, k);
      else tieNeg += w(wt, k);
      j++;
    }
    area += tiePos * (negBelow + tieNeg / 2);
    negBelow += tieNeg;
    pos += tiePos;
    neg += tieNeg;
    i = j;
  }
  return pos === 0 || neg === 0 ? NaN : area / (pos * neg);
};

/**
 * ROC curve: (FPR, TPR) after each distinct score, highest first, from (0, 0) to (1, 1); ties form one
 * step. Thinned to at most `maxPoints` points (ends kept), which is plenty for a chart. Empty when a class is absent.
 */
export function rocCurve(t: Labels, scores: Labels, maxPoints = 200): { fpr: number[]; tpr: number[] } {
  const order = Array.from({ length: t.length }, (_, i) => i).sort((a, b) => scores[b] - scores[a]);
  let positives = 0;
  for (let i = 0; i < t.length; i++) positives += t[i] === 1 ? 1 : 0;
  const negatives = t.length - positives;
  if (!positives || !negatives) return { fpr: [], tpr: [] };
  const fpr = [0];
  const tpr = [0];
  let tp = 0;
  let fp = 0;
  for (let i = 0; i < order.length; ) {
    const s = scores[order[i]];
    while (i < order.length && scores[order[i]] === s) t[order[i++]] === 1 ? tp++ : fp++;
    fpr.push(fp / negatives);
    tpr.push(tp / positives);
  }
  if (fpr.length <= maxPoints) return { fpr, tpr };
  const keep = Array.from({ length: maxPoints }, (_, k) => Math.round((k * (fpr.length - 1)) / (maxPoints - 1)));
  return { fpr: keep.map(k => fpr[k]), tpr: keep.map(k => tpr[k]) };
}

export const brierScore: Metric = (t, scores, wt) => {
  let s = 0;
  let total = 0;
  for (let i = 0; i < t.length; i++) {
    const wi = w(wt, i);
    s += wi * (scores[i] - t[i]) ** 2;
    total += wi;
  }
  return ratio(s, total);
};

/** Reliability curve with `bins` equal-width bins (scikit-learn's calibration_curve, strategy "uniform"). */
export function calibrationCurve(t: Labels, scores: Labels, bins = 10): { meanPredicted: number[]; fractionPositive: number[]; counts: number[] } {
  const sums = new Float64Array(bins);
  const positives = new Float64Array(bins);
  const counts = new Float64Array(bins);
  for (let i = 0; i < t.length; i++) {
    // scikit-learn: bin edges linspace(0, 1, bins + 1), digitize against the inner edges.
    let b = 0;
    while (b < bins - 1 && scores[i] >= (b + 1) / bins) b++;
    sums[b] += scores[i];
    positives[b] += t[i];
    counts[b]++;
  }
  const keep = [...counts.keys()].filter(b => counts[b] > 0);
  return { meanPredicted: keep.map(b => sums[b] / counts[b]), fractionPositive: keep.map(b => positives[b] / counts[b]), counts: keep.map(b => counts[b]) };
}

/**
 * Calibration slope and intercept: the logistic regression of the outcome on logit(score)
 * (Cox 1958), fitted by Newton–Raphson. A well-calibrated model has slope 1 and intercept 0.
 */
export function calibrationSlopeIntercept(t: Labels, scores: Labels, weights?: ArrayLike<number>): { slope: number; intercept: number } {
  const eps = 1e-12;
  const x = Float64Array.from(scores, s => Math.log(Math.min(1 - eps, Math.max(eps, s)) / (1 - Math.min(1 - eps, Math.max(eps, s)))));
  let a = 0;
  let b = 1;
  for (let iter = 0; iter < 100; iter++) {
    let g0 = 0, g1 = 0, h00 = 0, h01 = 0, h11 = 0;
    for (let i = 0; i < t.length; i++) {
      const wi = w(weights, i);
      const p = 1 / (1 + Math.exp(-(a + b * x[i])));
      const r = t[i] - p;
      const v = p * (1 - p) * wi;
      g0 += wi * r;
      g1 += wi * r * x[i];
      h00 += v;
      h01 += v * x[i];
      h11 += v * x[i] * x[i];
    }
    const det = h00 * h11 - h01 * h01;
    if (!(Math.abs(det) > 1e-300)) return { slope: NaN, intercept: NaN };
    const da = (h11 * g0 - h01 * g1) / det;
    const db = (h00 * g1 - h01 * g0) / det;
    a += da;
    b += db;
    if (Math.abs(da) + Math.abs(db) < 1e-12) break;
  }
  return { slope: b, intercept: a };
}

/** The base metrics by their Fairlearn names. */
export const BASE_METRICS: Record<string, Metric> = {
  selection_rate: selectionRate,
  true_positive_rate: truePositiveRate,
  true_negative_rate: trueNegativeRate,
  false_positive_rate: falsePositiveRate,
  false_negative_rate: falseNegativeRate,
  accuracy,
  balanced_accuracy: balancedAccuracy,
  precision,
  count,
  mean_prediction: meanPrediction
};
