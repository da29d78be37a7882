/**
 * Fairness disparities as in Fairlearn (fairlearn.metrics): demographic parity (selection rate),
 * equalized odds (true and false positive rates; worst case or mean of the two) and equal
 * opportunity (true positive rate), as differences or ratios between groups or to overall.
 */
import { difference, metricFrame, ratio, type FrameInput, type Method } from './frame';
import { falsePositiveRate, selectionRate, truePositiveRate } from './metrics';

export interface DisparityInput {
  yTrue: ArrayLike<number>;
  yPred: ArrayLike<number>;
  sensitive: FrameInput['sensitive'];
  weights?: ArrayLike<number>;
  method?: Method;
}

const one = (input: DisparityInput, metrics: FrameInput['metrics']) => metricFrame({ ...input, metrics });

export function demographicParityDifference(i: DisparityInput): number {
  return difference(one(i, { selection_rate: selectionRate }), 'selection_rate', i.method)[0];
}

export function demographicParityRatio(i: DisparityInput): number {
  return ratio(one(i, { selection_rate: selectionRate }), 'selection_rate', i.method)[0];
}

export function equalizedOddsDifference(i: DisparityInput & { agg?: 'worst_case' | 'mean' }): number {
  const f = one(i, { tpr: truePositiveRate, fpr: falsePositiveRate });
  const [tpr, fpr] = [difference(f, 'tpr', i.method)[0], difference(f, 'fpr', i.method)[0]];
  return i.agg === 'mean' ? (tpr + fpr) / 2 : Math.max(tpr, fpr);
}

export function equalizedOddsRatio(i: DisparityInput & { agg?: 'worst_case' | 'mean' }): number {
  const f = one(i, { tpr: truePositiveRate, fpr: falsePositiveRate });
  const [tpr, fpr] = [ratio(f, 'tpr', i.method)[0], ratio(f, 'fpr', i.method)[0]];
  return i.agg === 'mean' ? (tpr + fpr) / 2 : Math.min(tpr, fpr);
}

export function equalOpportunityDifference(i: DisparityInput): number {
  return difference(one(i, { tpr: truePositiveRate }), 'tpr', i.method)[0];
}

export function equalOpportunityRatio(i: DisparityInput): number {
  return ratio(one(i, { tpr: truePositiveRate }), 'tpr', i.method)[0];
}
