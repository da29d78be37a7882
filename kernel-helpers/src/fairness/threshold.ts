/**
 * Post-processing by group-specific, randomised thresholds (Hardt, Price & Srebro 2016; the method
 * of Fairlearn's ThresholdOptimizer): for each group, choose how to turn scores into predictions so
 * that a constraint holds across groups — equal selection rates (demographic parity), equal true
 * positive rates (equal opportunity) or equal true and false positive rates (equalized odds) — while
 * the expected accuracy or balanced accuracy is as high as possible.
 *
 * A group's rule is "predict 1 above `threshold`, and with probability `p` at the boundary score".
 * For equalized odds a group may also mix its rule with a coin of bias `fpr` (Hardt et al. §4).
 * Targets are searched on a grid; every number is an expected value, so the search is exact and
 * reproducible; only `predict` draws random numbers, from a seed.
 */
import { Random } from '../cohort/random';
import { groupLabel as label } from './frame';

export type Constraint = 'demographic_parity' | 'equal_opportunity' | 'equalized_odds';
export type Objective = 'accuracy' | 'balanced_accuracy';

export interface GroupRule {
  group: string;
  threshold: number;
  /** Probability of predicting 1 for a score equal to the threshold. */
  p: number;
  /** Equalized odds: probability of using the threshold rule; otherwise predict 1 with probability `coin`. */
  mix: number;
  coin: number;
  expected: { selectionRate: number; tpr: number; fpr: number };
}

export interface ThresholdModel {
  constraint: Constraint;
  objective: Objective;
  target: number;
  rules: GroupRule[];
  expectedObjective: number;
}

interface Sorted {
  scores: Float64Array;
  labels: Float64Array;
  pos: number;
  neg: number;
}


/** The rule that makes `fraction` of the rows with `weightOf` weight predicted positive, taking the highest scores. */
function ruleFor(g: Sorted, fraction: number, weightOf: (y: number) => number): { threshold: number; p: number; tp: number; fp: number } {
  const total = weightOf(1) * g.pos + weightOf(0) * g.neg;
  let want = fraction * total;
  let tp = 0;
  let fp = 0;
  let i = 0;
  while (i < g.scores.length) {
    let j = i;
    let tieWeight = 0;
    let tiePos = 0;
    let tieNeg = 0;
    while (j < g.scores.length && g.scores[j] === g.scores[i]) {
      tieWeight += weightOf(g.labels[j]);
      if (g.labels[j] === 1) tiePos++;
      else tieNeg++;
      j++;
    }
    if (tieWeight >= want - 1e-12) {
      const p = tieWeight === 0 ? 0 : Math.min(1, Math.max(0, want / tieWeight));
      return { threshold: g.scores[i], p, tp: tp + p * tiePos, fp: fp + p * tieNeg };
    }
    want -= tieWeight;
    tp += tiePos;
    fp += tieNeg;
    i = j;
  }
  return { threshold: -Infinity, p: 1, tp, fp };
}

export function fitThresholds(yTrue: ArrayLike<number>, scores: ArrayLike<number>, groups: ArrayLike<unknown>, constraint: Constraint, objective: Objective = 'accuracy', gridSize = 1000): ThresholdModel {
  const byGroup = new Map<string, number[]>();
  for (let i = 0; i < yTrue.length; i++) {
    const g = label(groups[i]);
    const rows = byGroup.get(g);
    if (rows) rows.push(i);
    else byGroup.set(g, [i]);
  }
  const sorted = new Map<string, Sorted>();
  for (const [g, rows] of byGroup) {
    const order = [...rows].sort((a, b) => scores[b] - scores[a]);
    const labels = Float64Array.from(order, i => yTrue[i]);
    const pos = labels.reduce((s, y) => s + y, 0);
    sorted.set(g, { scores: Float64Array.from(order, i => scores[i]), labels, pos, neg: labels.length - pos });
  }
  const P = [...sorted.values()].reduce((s, g) => s + g.pos, 0);
  const N = [...sorted.values()].reduce((s, g) => s + g.neg, 0);
  const score = (tp: number, fp: number) => (objective === 'accuracy' ? (tp + (N - fp)) / (P + N) : (tp / P + (N - fp) / N) / 2);

  let best: ThresholdModel | undefined;
  for (let k = 0; k <= gridSize; k++) {
    const target = k / gridSize;
    const rules: GroupRule[] = [];
    let tp = 0;
    let fp = 0;
    let feasible = true;
    for (const [group, g] of sorted) {
      if (constraint === 'demographic_parity') {
        const r = ruleFor(g, target, () => 1);
        rules.push({ group, threshold: r.threshold, p: r.p, mix: 1, coin: 0, expected: { selectionRate: target, tpr: g.pos ? r.tp / g.pos : NaN, fpr: g.neg ? r.fp / g.neg : NaN } });
        tp += r.tp;
        fp += r.fp;
      } else if (constraint === 'equal_opportunity') {
        const r = ruleFor(g, target, y => y);
        rules.push({ group, threshold: r.threshold, p: r.p, mix: 1, coin: 0, expected: { selectionRate: (r.tp + r.fp) / (g.pos + g.neg), tpr: target, fpr: g.neg ? r.fp / g.neg : NaN } });
        tp += r.tp;
        fp += r.fp;
      } else {
        rules.push({ group, threshold: 0, p: 0, mix: 1, coin: 0, expected: { selectionRate: 0, tpr: 0, fpr: target } });
      }
    }
    if (constraint === 'equalized_odds') {
      // At false positive rate `target`, each group's best TPR is on its ROC curve; all groups can lower theirs
      // to the smallest by mixing with a coin of bias `target` (which has TPR = FPR = target).
      const points = [...sorted].map(([group, g]) => ({ group, g, r: ruleFor(g, target, y => 1 - y) }));
      const tprs = points.map(({ g, r }) => (g.pos ? r.tp / g.pos : NaN));
      if (tprs.some(Number.isNaN)) feasible = false;
      const common = Math.min(...tprs);
      rules.length = 0;
      points.forEach(({ group, g, r }, j) => {
        const mix = tprs[j] - target <= 1e-12 ? 1 : Math.max(0, Math.min(1, (common - target) / (tprs[j] - target)));
        rules.push({ group, threshold: r.threshold, p: r.p, mix, coin: target, expected: { selectionRate: (common * g.pos + target * g.neg) / (g.pos + g.neg), tpr: common, fpr: target } });
        tp += common * g.pos;
        fp += target * g.neg;
      });
    }
    if (!feasible) continue;
    const value = score(tp, fp);
    if (!best || value > best.expectedObjective + 1e-15) best = { constraint, objective, target, rules, expectedObjective: value };
  }
  if (!best) throw new RangeError(`no ${constraint} solution: some group lacks positives or negatives`);
  return best;
}

/** Predictions of a fitted model, randomised where a rule says so, from a seed. */
export function predictThresholds(model: ThresholdModel, scores: ArrayLike<number>, groups: ArrayLike<unknown>, seed: number): Float64Array {
  const rules = new Map(model.rules.map(r => [r.group, r]));
  const random = new Random(seed);
  return Float64Array.from({ length: scores.length }, (_, i) => {
    const r = rules.get(label(groups[i]));
    if (!r) throw new RangeError(`group '${label(groups[i])}' was not seen when fitting`);
    const u = random.next();
    const v = random.next();
    const byRule = scores[i] > r.threshold ? 1 : scores[i] === r.threshold ? (u < r.p ? 1 : 0) : 0;
    return v < r.mix ? byRule : random.next() < r.coin ? 1 : 0;
  });
}
