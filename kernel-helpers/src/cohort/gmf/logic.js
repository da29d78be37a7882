/**
 * GMF conditions (`condition_type`), parsed once into a closed vocabulary and checked at load.
 * Whitespace in the type is ignored ("Active Condition" = "ActiveCondition"), case is not.
 */
import { GmfError, suggest } from './errors';
export const CONDITION_TYPES = [
    'Gender', 'Age', 'Date', 'SocioeconomicStatus', 'Race', 'Attribute', 'Symptom', 'Observation', 'VitalSign',
    'ActiveCondition', 'ActiveMedication', 'ActiveCarePlan', 'ActiveAllergy', 'PriorState',
    'And', 'Or', 'Not', 'AtLeast', 'AtMost', 'True', 'False'
];
export const OPERATORS = ['<', '<=', '==', '>=', '>', '!=', 'is nil', 'is not nil'];
const need = (raw, key, where, what) => {
    if (raw[key] === undefined)
        throw new GmfError(where.module, `a ${what} condition needs '${key}'`, where.state, where.field);
};
export function parseLogic(raw, where) {
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
        throw new GmfError(where.module, 'a condition must be an object with condition_type', where.state, where.field);
    }
    const r = raw;
    const written = String(r.condition_type ?? '');
    const type = written.replace(/\s+/g, '');
    if (!CONDITION_TYPES.includes(type)) {
        throw new GmfError(where.module, `unknown condition_type '${written}'. ${suggest(type, CONDITION_TYPES)}Known: ${CONDITION_TYPES.join(', ')}.`, where.state, where.field);
    }
    let children = [];
    switch (type) {
        case 'And':
        case 'Or':
        case 'AtLeast':
        case 'AtMost':
            if (!Array.isArray(r.conditions))
                throw new GmfError(where.module, `a ${written} condition needs a 'conditions' list`, where.state, where.field);
            if (type === 'AtLeast')
                need(r, 'minimum', where, written);
            if (type === 'AtMost')
                need(r, 'maximum', where, written);
            children = r.conditions.map(c => parseLogic(c, where));
            break;
        case 'Not':
            need(r, 'condition', where, written);
            children = [parseLogic(r.condition, where)];
            break;
        case 'Gender':
            need(r, 'gender', where, written);
            break;
        case 'Age':
            need(r, 'quantity', where, written);
            if (!['years', 'months'].includes(String(r.unit))) {
                throw new GmfError(where.module, `an Age condition's unit must be years or months, not '${String(r.unit)}'`, where.state, where.field);
            }
            break;
        case 'Attribute':
            need(r, 'attribute', where, written);
            break;
        case 'Symptom':
            need(r, 'symptom', where, written);
            break;
        case 'VitalSign':
            need(r, 'vital_sign', where, written);
            break;
        case 'PriorState':
            need(r, 'name', where, written);
            break;
        case 'ActiveCondition':
        case 'ActiveMedication':
        case 'ActiveCarePlan':
        case 'ActiveAllergy':
        case 'Observation':
            if (r.codes === undefined && r.referenced_by_attribute === undefined) {
                throw new GmfError(where.module, `a ${written} condition needs 'codes' or 'referenced_by_attribute'`, where.state, where.field);
            }
            break;
    }
    if (r.operator !== undefined && !OPERATORS.includes(String(r.operator))) {
        throw new GmfError(where.module, `unknown operator '${String(r.operator)}'; allowed: ${OPERATORS.join(', ')}`, where.state, where.field);
    }
    return Object.freeze({ type, fields: Object.freeze({ ...r }), children: Object.freeze(children) });
}
//# sourceMappingURL=logic.js.map