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
export interface Shares<K extends string> {
    values: readonly K[];
    weights: readonly number[];
}
export interface Population {
    ageBands: readonly {
        min: number;
        max: number;
        share: number;
    }[];
    sex: Shares<'M' | 'F'>;
    race: Shares<string>;
    hispanic: number;
    socioeconomic: Shares<'Low' | 'Middle' | 'High'>;
}
export declare const US_2020: Population;
/** Patient `index` of the cohort `seed`: depends only on (seed, index, population, reference date). */
export declare function makePatient(seed: number, index: number, population: Population, referenceDate: number): Patient;
