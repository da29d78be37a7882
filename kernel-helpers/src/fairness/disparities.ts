/**
 * Fairness disparities as in Fairlearn (fairlearn.metrics): demographic parity (selection rate),
 * equalized odds (true and false positive rates; worst case or mean of the two) and equal
 * opportunity (true positive rate), as differences or ratios between groups or to overall.
 */
import { difference, metricFrame, ratio, type FrameInput, type MetricFrame, type Method } from './frame';
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

/** The rates every disparity above is made of; one frame of them yields all six (see `disparitiesOf`). */
export const DISPARITY_METRICS: FrameInput['metrics'] = { selection_rate: selectionRate, tpr: truePositiveRate, fpr: falsePositiveRate };

/** All six disparities (worst-case equalized odds) from one frame of DISPARITY_METRICS. */
export function disparitiesOf(f: MetricFrame, method: Method = 'between_groups'): Record<string, number> {
  const d = (m: string) => difference(f, m, method)[0];
  const r = (m: string) => ratio(f, m, method)[0];
  return {
    demographic_parity_difference: d('selection_rate'),
    demographic_parity_ratio: r('selection_rate'),
    equalized_odds_difference: Math.max(d('tpr'), d('fpr')),
    equalized_odds_ratio: Math.min(r('tpr'), r('fpr')),
    equal_opportunity_difference: d('tpr'),
    equal_opportunity_ratio: r('tpr')
  };
}
