/**
 * Evaluating conditions and choosing transitions, as pure functions of what a patient's record
 * shows at one instant (the `PatientView`). Semantics follow SYNTHEA_GMF_NOTES §4 and §7, including
 * Synthea's comparison quirks (booleans only compare for equality; a missing attribute fails every
 * operator but `is nil`).
 */
import type { Random } from '../random';
import type { Logic } from './logic';
import type { Code, Transition } from './module';
export declare function toMillis(quantity: number, unit: string, module?: string): number;
/** What conditions may ask about a patient at time `now` (ms since epoch, UTC). */
export interface PatientView {
    now: number;
    module: string;
    gender: 'M' | 'F';
    race: string;
    socioeconomic: 'High' | 'Middle' | 'Low';
    birth: number;
    attribute(name: string): unknown;
    symptom(name: string): number;
    vitalSign(name: string): number | undefined;
    /** The latest observation's value for any of these codes, or undefined. */
    observation(codes: readonly Code[]): unknown;
    active(kind: 'condition' | 'medication' | 'careplan' | 'allergy', codes: readonly Code[]): boolean;
    /** Codes held by an attribute (an entry stored with assign_to_attribute, or a Code). */
    codesOfAttribute(name: string): Code[];
    /** This module's history, newest first: state name and when it was exited (undefined: current). */
    history(): readonly {
        name: string;
        exited?: number;
    }[];
}
export declare function compare(left: unknown, operator: string, right: unknown, where: string): boolean;
export declare function evaluate(logic: Logic, p: PatientView): boolean;
/**
 * The next state. Distributed choices draw one number; a remainder below 1 goes to the last option;
 * conditional and complex take the first option whose condition holds, else the last. Lookup tables
 * and type of care need data the caller supplies (`lookup`), or they fail loudly.
 */
export declare function chooseTransition(t: Transition, p: PatientView, random: Random, lookup?: (table: string, options: readonly {
    to: string;
    defaultProbability: number;
}[]) => number[]): string;
