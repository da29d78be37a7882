const YEAR = 365.25 * 86_400_000;
/** Cumulative probability after yearly hazards by age band, from 18 to `age`. */
function cumulative(age, bands) {
    let survive = 1;
    for (let a = 18; a < age; a++) {
        const band = bands.find(([lo, hi]) => a >= lo && a < hi);
        if (band)
            survive *= 1 - band[2];
    }
    return 1 - survive;
}
export const EXPECTATIONS = [
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
/** Who an expectation is about: all patients or adults (18+ at the reference date). */
export function inScope(scope, p, reference) {
    return scope === 'all' || (reference - p.demographics.birth) / YEAR >= 18;
}
export function expectationFor(code) {
    return EXPECTATIONS.find(x => x.code === code);
}
/** The expected share among the patients in the expectation's scope, for their ages. */
export function expectedShare(e, patients, reference) {
    const ages = patients.filter(p => inScope(e.scope, p, reference)).map(p => (reference - p.demographics.birth) / YEAR);
    return ages.length ? ages.reduce((s, a) => s + e.probability(a), 0) / ages.length : undefined;
}
//# sourceMappingURL=expected.js.map