/**
 * Who the synthetic patients are before any module runs: age, sex, race, ethnicity and
 * socioeconomic status, drawn from a patient's own random stream.
 *
 * Default shares, United States, 2020 Census (U.S. Census Bureau, 2020 Census Demographic and
 * Housing Characteristics, tables P12 age/sex, P8 race, P9 Hispanic origin): under 18 22.1 %,
 * 18–64 61.1 %, 65 and over 16.8 % (ages within a band uniform, 90 the oldest); female 50.8 %;
 * White 61.6 %, Black 12.4 %, Asian 6.0 %, American Indian / Alaska Native 1.1 %, Native Hawaiian /
 * Pacific Islander 0.2 %, some other race or two or more 18.7 %; Hispanic or Latino 18.7 %.
 * Socioeconomic status Low / Middle / High 30 / 50 / 20 % is our assumption (Synthea derives it
 * from income), stated here so that it can be changed.
 */
import { Patient } from './patient';
import { Random } from './random';
import { toMillis } from './gmf/evaluate';
export const US_2020 = Object.freeze({
    ageBands: [
        { min: 0, max: 18, share: 0.221 },
        { min: 18, max: 65, share: 0.611 },
        { min: 65, max: 90, share: 0.168 }
    ],
    sex: { values: ['F', 'M'], weights: [0.508, 0.492] },
    race: { values: ['white', 'black', 'asian', 'native', 'hawaiian', 'other'], weights: [0.616, 0.124, 0.06, 0.011, 0.002, 0.187] },
    hispanic: 0.187,
    socioeconomic: { values: ['Low', 'Middle', 'High'], weights: [0.3, 0.5, 0.2] }
});
const pick = (r, s) => s.values[r.pick(s.weights)];
/** Patient `index` of the cohort `seed`: depends only on (seed, index, population, reference date). */
export function makePatient(seed, index, population, referenceDate) {
    const r = Random.forPatient(seed, index);
    const band = population.ageBands[r.pick(population.ageBands.map(b => b.share))];
    const age = r.uniform(band.min, band.max);
    const demographics = {
        birth: Math.round(referenceDate - toMillis(age, 'years')),
        sex: pick(r, population.sex),
        race: pick(r, population.race),
        ethnicity: r.next() < population.hispanic ? 'hispanic' : 'nonhispanic',
        socioeconomic: pick(r, population.socioeconomic)
    };
    return new Patient(index, demographics, r);
}
//# sourceMappingURL=population.js.map