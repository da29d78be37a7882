/**
 * What the literature behind our modules expects, for the "expected" column next to the observed
 * prevalence: a share of the cohort members in scope, computed for the cohort's own ages.
 */
export interface Expectation {
  code: string;
  /** Who counts in the denominator. */
  scope: 'all' | 'adults';
  source: string;
  /** Probability that a member of this age (years at the reference date) has the condition. */
  probability(age: number): number;
}

/** Cumulative probability after yearly hazards by age band, from 18 to `age`. */
function cumulative(age: number, bands: [number, number, number][]): number {
  let survive = 1;
  for (let a = 18; a < age; a++) {
    const band = bands.find(([lo, hi]) => a >= lo && a < hi);
    if (band) survive *= 1 - band[2];
  }
  return 1 - survive;
}

export const EXPECTATIONS: Expectation[] = [
  {
    code: '44054006',
    scope: 'adults',
    source: 'CDC National Diabetes Statistics Report 2021: incidence of diagnosed diabetes by age, accumulated from 18',
    probability: age => cumulative(age, [[18, 45, 0.0027], [45, 65, 0.0101], [65, 200, 0.0091]])
  },
  {
    code: '59621000',
    scope: 'adults',
    source: 'NCHS Data Brief 289 (2017): hypertension prevalence 7.5 % (18–39), 33.2 % (40–59), 63.1 % (60+)',
    probability: age => (age < 40 ? 0.075 : age < 60 ? 0.332 : 0.631)
  },
  {
    code: '190905008',
    scope: 'all',
    source: 'Cystic Fibrosis Foundation; Scotet et al. 2020: 1 in 3,500 births',
    probability: () => 1 / 3500
  }
];

export function expectationFor(code: string): Expectation | undefined {
  return EXPECTATIONS.find(x => x.code === code);
}
