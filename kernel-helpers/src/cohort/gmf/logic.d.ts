export declare const CONDITION_TYPES: readonly ["Gender", "Age", "Date", "SocioeconomicStatus", "Race", "Attribute", "Symptom", "Observation", "VitalSign", "ActiveCondition", "ActiveMedication", "ActiveCarePlan", "ActiveAllergy", "PriorState", "And", "Or", "Not", "AtLeast", "AtMost", "True", "False"];
export type ConditionType = (typeof CONDITION_TYPES)[number];
export declare const OPERATORS: readonly ["<", "<=", "==", ">=", ">", "!=", "is nil", "is not nil"];
export interface Logic {
    type: ConditionType;
    /** The condition's own fields as written (frozen). */
    fields: Readonly<Record<string, unknown>>;
    children: readonly Logic[];
}
type Where = {
    module: string;
    state: string;
    field: string;
};
export declare function parseLogic(raw: unknown, where: Where): Logic;
export {};
