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

/** The rates every disparity is made of; one frame of them yields all six (see `disparitiesOf`). */
export const DISPARITY_METRICS: FrameInput['metrics'] = { selection_rate: selectionRate, tpr: truePositiveRate, fpr: falsePositiveRate };

type Agg = 'worst_case' | 'mean';

/** All six disparities from one frame of DISPARITY_METRICS; equalized odds aggregates its two rates by `agg`. */
export function disparitiesOf(f: MetricFrame, method: Method = 'between_groups', agg: Agg = 'worst_case'): Record<DisparityName, number> {
  const d = (m: string) => difference(f, m, method)[0];
  const r = (m: string) => ratio(f, m, method)[0];
  return {
    demographic_parity_difference: d('selection_rate'),
    demographic_parity_ratio: r('selection_rate'),
    equalized_odds_difference: agg === 'mean' ? (d('tpr') + d('fpr')) / 2 : Math.max(d('tpr'), d('fpr')),
    equalized_odds_ratio: agg === 'mean' ? (r('tpr') + r('fpr')) / 2 : Math.min(r('tpr'), r('fpr')),
    equal_opportunity_difference: d('tpr'),
    equal_opportunity_ratio: r('tpr')
  };
}

export type DisparityName =
  | 'demographic_parity_difference' | 'demographic_parity_ratio'
  | 'equalized_odds_difference' | 'equalized_odds_ratio'
  | 'equal_opportunity_difference' | 'equal_opportunity_ratio';

const one = (name: DisparityName) => (i: DisparityInput & { agg?: Agg }): number =>
  disparitiesOf(metricFrame({ ...i, metrics: DISPARITY_METRICS }), i.method, i.agg)[name];

export const demographicParityDifference = one('demographic_parity_difference');
export const demographicParityRatio = one('demographic_parity_ratio');
export const equalizedOddsDifference = one('equalized_odds_difference');
export const equalizedOddsRatio = one('equalized_odds_ratio');
export const equalOpportunityDifference = one('equal_opportunity_difference');
export const equalOpportunityRatio = one('equal_opportunity_ratio');
