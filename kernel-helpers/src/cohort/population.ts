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
import { Patient, type Demographics } from './patient';
import { Random } from './random';
import { toMillis } from './gmf/evaluate';

export interface Shares<K extends string> {
  values: readonly K[];
  weights: readonly number[];
}

export interface Population {
  ageBands: readonly { min: number; max: number; share: number }[];
  sex: Shares<'M' | 'F'>;
  race: Shares<string>;
  hispanic: number;
  socioeconomic: Shares<'Low' | 'Middle' | 'High'>;
}

export const US_2020: Population = Object.freeze<Population>({
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

const pick = <K extends string>(r: Random, s: Shares<K>) => s.values[r.pick(s.weights)];

/** Patient `index` of the cohort `seed`: depends only on (seed, index, population, reference date). */
export function makePatient(seed: number, index: number, population: Population, referenceDate: number): Patient {
  const r = Random.forPatient(seed, index);
  const band = population.ageBands[r.pick(population.ageBands.map(b => b.share))];
  const age = r.uniform(band.min, band.max);
  const demographics: Demographics = {
    birth: Math.round(referenceDate - toMillis(age, 'years')),
    sex: pick(r, population.sex),
    race: pick(r, population.race),
    ethnicity: r.next() < population.hispanic ? 'hispanic' : 'nonhispanic',
    socioeconomic: pick(r, population.socioeconomic)
  };
  return new Patient(index, demographics, r);
}

/**
 * A population given by the user, over the defaults: checks that shares are numbers ≥ 0 summing to
 * 1 and that age bands are ordered, and names what is wrong.
 */
export function populationFrom(given: unknown): Population {
  if (given === null || typeof given !== 'object' || Array.isArray(given)) {
    throw new PopulationError('population must be an object with any of ageBands, sex, race, hispanic, socioeconomic');
  }
  const known = ['ageBands', 'sex', 'race', 'hispanic', 'socioeconomic'];
  const extra = Object.keys(given).filter(k => !known.includes(k));
  if (extra.length) throw new PopulationError(`unknown population field ${extra.map(e => `'${e}'`).join(', ')}; allowed: ${known.join(', ')}`);
  const p = { ...US_2020, ...(given as Partial<Population>) };
  const sums = (what: string, weights: readonly number[]) => {
    if (!weights.length || weights.some(w => typeof w !== 'number' || !(w >= 0))) throw new PopulationError(`${what}: shares must be numbers ≥ 0`);
    const total = weights.reduce((a, b) => a + b, 0);
    if (Math.abs(total - 1) > 1e-6) throw new PopulationError(`${what}: shares sum to ${Number(total.toFixed(6))}, not 1`);
  };
  sums('ageBands', p.ageBands.map(b => b.share));
  p.ageBands.forEach((b, i) => {
    if (!(b.min >= 0 && b.max > b.min && b.max <= 120)) throw new PopulationError(`ageBands[${i}]: need 0 ≤ min < max ≤ 120, got ${b.min}..${b.max}`);
  });
  for (const key of ['sex', 'race', 'socioeconomic'] as const) {
    const s = p[key] as Shares<string>;
    if (!s || s.values?.length !== s.weights?.length) throw new PopulationError(`${key}: values and weights must have the same length`);
    sums(key, s.weights);
  }
  if (!(p.hispanic >= 0 && p.hispanic <= 1)) throw new PopulationError(`hispanic must be a share between 0 and 1, not ${p.hispanic}`);
  if (!p.sex.values.every(v => v === 'F' || v === 'M')) throw new PopulationError("sex values must be 'F' and 'M'");
  return p;
}

export class PopulationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PopulationError';
  }
}
