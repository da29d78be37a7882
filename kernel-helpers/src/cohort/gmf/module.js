/**
 * Loading a Synthea Generic Module Framework module: JSON → a frozen, checked definition. Every
 * state type and transition kind in SYNTHEA_GMF_NOTES is known; problems are errors naming the
 * module, the state and the field (Synthea itself finds some only at run time, e.g. an unknown
 * transition target). Definitions are shared by all patients; per-patient state lives elsewhere.
 */
import { createHash } from 'node:crypto';
import { GmfError, parseJson, suggest } from './errors';
import { parseLogic } from './logic';
export const STATE_TYPES = [
    'Initial', 'Terminal', 'Simple', 'Guard', 'Delay', 'SetAttribute', 'Counter', 'CallSubmodule', 'Physiology',
    'Encounter', 'EncounterEnd', 'ConditionOnset', 'ConditionEnd', 'AllergyOnset', 'AllergyEnd',
    'MedicationOrder', 'MedicationEnd', 'CarePlanStart', 'CarePlanEnd', 'Procedure', 'ImagingStudy',
    'Device', 'DeviceEnd', 'SupplyList', 'Vaccine', 'VitalSign', 'Observation', 'MultiObservation',
    'DiagnosticReport', 'Symptom', 'Death'
];
const TRANSITION_KEYS = ['direct_transition', 'distributed_transition', 'conditional_transition', 'complex_transition', 'lookup_table_transition', 'type_of_care_transition'];
/** Codes may be written as numbers in old modules; ids beyond 2^53 only survive as strings, so keep strings. */
function parseCodes(value, where) {
    if (!Array.isArray(value))
        throw new GmfError(where.module, `'${where.field}' must be a list of codes`, where.state, where.field);
    return value.map(c => parseCode(c, where));
}
function parseCode(c, where) {
    const o = c;
    if (!o || typeof o !== 'object' || o.system === undefined || o.code === undefined) {
        throw new GmfError(where.module, 'a code needs system and code', where.state, where.field);
    }
    return { system: String(o.system), code: String(o.code), display: String(o.display ?? '') };
}
function parseProbability(p, where) {
    if (typeof p === 'number' && p >= 0)
        return p;
    if (p && typeof p === 'object' && typeof p.attribute === 'string') {
        return { attribute: p.attribute, default: Number(p.default ?? 0) };
    }
    throw new GmfError(where.module, `a distribution must be a number ≥ 0 or {attribute, default}, not ${JSON.stringify(p)}`, where.state, where.field);
}
function parseBranches(list, where) {
    if (!Array.isArray(list) || list.length === 0)
        throw new GmfError(where.module, `'${where.field}' must be a non-empty list`, where.state, where.field);
    const branches = list.map(o => ({ probability: parseProbability(o.distribution, where), to: String(o.transition ?? '') }));
    const fixed = branches.reduce((sum, b) => sum + (typeof b.probability === 'number' ? b.probability : 0), 0);
    if (fixed > 1 + 1e-9) {
        throw new GmfError(where.module, `the probabilities sum to ${Number(fixed.toFixed(6))}, more than 1 (below 1 the remainder goes to the last option, as in Synthea)`, where.state, where.field);
    }
    return branches;
}
function parseTransition(raw, module, state) {
    const key = TRANSITION_KEYS.find(k => raw[k] !== undefined);
    if (!key)
        return undefined;
    const where = { module, state, field: key };
    const value = raw[key];
    switch (key) {
        case 'direct_transition':
            return { kind: 'direct', to: String(value) };
        case 'distributed_transition':
            return { kind: 'distributed', branches: parseBranches(value, where) };
        case 'conditional_transition':
            if (!Array.isArray(value) || !value.length)
                throw new GmfError(module, `'${key}' must be a non-empty list`, state, key);
            return {
                kind: 'conditional',
                options: value.map(o => {
                    const opt = o;
                    return { condition: opt.condition === undefined ? undefined : parseLogic(opt.condition, where), to: String(opt.transition ?? '') };
                })
            };
        case 'complex_transition':
            if (!Array.isArray(value) || !value.length)
                throw new GmfError(module, `'${key}' must be a non-empty list`, state, key);
            return {
                kind: 'complex',
                options: value.map(o => {
                    const opt = o;
                    const direct = opt.transition === undefined ? undefined : String(opt.transition);
                    if (direct === undefined && !Array.isArray(opt.distributions)) {
                        throw new GmfError(module, 'each complex_transition option needs transition or distributions', state, key);
                    }
                    return {
                        condition: opt.condition === undefined ? undefined : parseLogic(opt.condition, where),
                        to: direct,
                        branches: direct === undefined ? parseBranches(opt.distributions, where) : []
                    };
                })
            };
        case 'lookup_table_transition':
            if (!Array.isArray(value) || !value.length)
                throw new GmfError(module, `'${key}' must be a non-empty list`, state, key);
            return {
                kind: 'lookup_table',
                options: value.map(o => {
                    const opt = o;
                    return { to: String(opt.transition ?? ''), defaultProbability: Number(opt.default_probability ?? 0), table: String(opt.lookup_table_name ?? '') };
                })
            };
        default: {
            const t = value;
            return { kind: 'type_of_care', ambulatory: String(t.ambulatory ?? ''), emergency: String(t.emergency ?? ''), telemedicine: String(t.telemedicine ?? '') };
        }
    }
}
/** Every state name a transition can lead to. */
export function targetsOf(t) {
    switch (t.kind) {
        case 'direct':
            return [t.to];
        case 'distributed':
            return t.branches.map(b => b.to);
        case 'conditional':
            return t.options.map(o => o.to);
        case 'complex':
            return t.options.flatMap(o => (o.to !== undefined ? [o.to] : o.branches.map(b => b.to)));
        case 'lookup_table':
            return t.options.map(o => o.to);
        case 'type_of_care':
            return [t.ambulatory, t.emergency, t.telemedicine];
    }
}
/** Field checks per state type: what must be there for the state to mean anything. */
function checkFields(type, raw, module, state) {
    const fail = (message, field) => {
        throw new GmfError(module, message, state, field);
    };
    const one = (...keys) => {
        if (!keys.some(k => raw[k] !== undefined))
            fail(`a ${type} state needs one of ${keys.join(', ')}`);
    };
    switch (type) {
        case 'Delay':
            one('exact', 'range', 'distribution');
            break;
        case 'Guard':
            if (raw.allow === undefined)
                fail('a Guard state needs allow (a condition)', 'allow');
            break;
        case 'SetAttribute':
        case 'Counter':
            if (typeof raw.attribute !== 'string')
                fail(`a ${type} state needs attribute`, 'attribute');
            if (type === 'Counter' && !['increment', 'decrement'].includes(String(raw.action)))
                fail(`action must be increment or decrement, not '${String(raw.action)}'`, 'action');
            break;
        case 'CallSubmodule':
            if (typeof raw.submodule !== 'string')
                fail('a CallSubmodule state needs submodule', 'submodule');
            break;
        case 'Encounter':
            if (raw.wellness !== true && raw.codes === undefined)
                fail('an Encounter state needs wellness: true or encounter_class and codes', 'codes');
            break;
        case 'ConditionOnset':
        case 'AllergyOnset':
        case 'MedicationOrder':
        case 'CarePlanStart':
        case 'Procedure':
        case 'Vaccine':
        case 'MultiObservation':
        case 'DiagnosticReport':
            if (raw.codes === undefined)
                fail(`a ${type} state needs codes`, 'codes');
            break;
        case 'Observation':
            if (raw.codes === undefined)
                fail('an Observation state needs codes', 'codes');
            if ((raw.exact !== undefined || raw.range !== undefined) && typeof raw.unit !== 'string')
                fail('an Observation with exact or range needs unit', 'unit');
            break;
        case 'ConditionEnd':
            one('condition_onset', 'referenced_by_attribute', 'codes');
            break;
        case 'AllergyEnd':
            one('allergy_onset', 'referenced_by_attribute', 'codes');
            break;
        case 'MedicationEnd':
            one('medication_order', 'referenced_by_attribute', 'codes');
            break;
        case 'CarePlanEnd':
            one('careplan', 'referenced_by_attribute', 'codes');
            break;
        case 'DeviceEnd':
            one('device', 'referenced_by_attribute', 'codes');
            break;
        case 'Device':
            if (raw.code === undefined)
                fail('a Device state needs code', 'code');
            break;
        case 'VitalSign':
            if (typeof raw.vital_sign !== 'string')
                fail('a VitalSign state needs vital_sign', 'vital_sign');
            break;
        case 'Symptom':
            if (typeof raw.symptom !== 'string')
                fail('a Symptom state needs symptom', 'symptom');
            break;
        case 'Physiology':
            if (typeof raw.alt_direct_transition !== 'string')
                fail('a Physiology state needs alt_direct_transition (physiology simulation is off)', 'alt_direct_transition');
            break;
    }
}
/** The state names fields like `condition_onset` must point at, with the type they must have. */
const STATE_REFERENCES = {
    condition_onset: ['ConditionOnset'],
    allergy_onset: ['AllergyOnset'],
    medication_order: ['MedicationOrder'],
    careplan: ['CarePlanStart'],
    device: ['Device'],
    target_encounter: ['Encounter']
};
function normaliseCodes(raw, module, state) {
    const out = { ...raw };
    for (const key of ['codes', 'activities'])
        if (raw[key] !== undefined)
            out[key] = parseCodes(raw[key], { module, state, field: key });
    for (const key of ['code', 'value_code', 'discharge_disposition', 'procedure_code']) {
        if (raw[key] !== undefined && typeof raw[key] === 'object')
            out[key] = parseCode(raw[key], { module, state, field: key });
    }
    return out;
}
function canonical(value) {
    if (Array.isArray(value))
        return `[${value.map(canonical).join(',')}]`;
    if (value && typeof value === 'object') {
        return `{${Object.keys(value).sort().map(k => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`;
    }
    return JSON.stringify(value);
}
/** Loads and checks a module from parsed JSON or JSON text. */
export function loadModule(input, source) {
    const json = typeof input === 'string' ? parseJson(input, source) : input;
    if (!json || typeof json !== 'object' || Array.isArray(json))
        throw new GmfError(source, 'a module must be a JSON object with name and states');
    const raw = json;
    const name = typeof raw.name === 'string' ? raw.name : '';
    if (!name)
        throw new GmfError(source, "a module needs a 'name'");
    const label = `${name} (${source})`;
    const version = raw.gmf_version === undefined ? 1 : Number(raw.gmf_version);
    if (!(version === 1 || version === 2))
        throw new GmfError(label, `gmf_version ${String(raw.gmf_version)} is not supported; 1 and 2 are`);
    const rawStates = raw.states;
    if (!rawStates || typeof rawStates !== 'object')
        throw new GmfError(label, "a module needs 'states'");
    if (!('Initial' in rawStates))
        throw new GmfError(label, "a module needs a state named 'Initial'");
    const states = new Map();
    const submodules = new Set();
    for (const [stateName, value] of Object.entries(rawStates)) {
        const s = value;
        const type = String(s?.type ?? '');
        if (!STATE_TYPES.includes(type)) {
            throw new GmfError(label, `unknown state type '${String(s?.type)}'. ${suggest(String(s?.type ?? ''), STATE_TYPES)}Known: ${STATE_TYPES.join(', ')}.`, stateName, 'type');
        }
        checkFields(type, s, label, stateName);
        const transition = parseTransition(s, label, stateName);
        if (!transition && type !== 'Terminal')
            throw new GmfError(label, `a ${type} state needs a transition (${TRANSITION_KEYS.join(', ')})`, stateName);
        if (type === 'CallSubmodule')
            submodules.add(String(s.submodule));
        states.set(stateName, Object.freeze({
            name: stateName,
            type,
            fields: Object.freeze(normaliseCodes(s, label, stateName)),
            transition,
            allow: type === 'Guard' ? parseLogic(s.allow, { module: label, state: stateName, field: 'allow' }) : undefined
        }));
    }
    for (const state of states.values()) {
        for (const target of state.transition ? targetsOf(state.transition) : []) {
            if (!states.has(target)) {
                const field = TRANSITION_KEYS.find(k => state.fields[k] !== undefined);
                throw new GmfError(label, `transition to unknown state '${target}'. ${suggest(target, states.keys())}`.trim(), state.name, field);
            }
        }
        if (state.type === 'Physiology' && !states.has(String(state.fields.alt_direct_transition))) {
            throw new GmfError(label, `alt_direct_transition to unknown state '${String(state.fields.alt_direct_transition)}'`, state.name, 'alt_direct_transition');
        }
        for (const [field, types] of Object.entries(STATE_REFERENCES)) {
            const ref = state.fields[field];
            if (typeof ref !== 'string' || !ref)
                continue;
            const target = states.get(ref);
            if (!target || !types.includes(target.type)) {
                throw new GmfError(label, `'${ref}' is not a ${types.join('/')} state of this module. ${suggest(ref, [...states.values()].filter(s => types.includes(s.type)).map(s => s.name))}`.trim(), state.name, field);
            }
        }
    }
    return Object.freeze({
        name,
        source,
        gmfVersion: version,
        specialty: typeof raw.specialty === 'string' ? raw.specialty : undefined,
        states,
        submodules: [...submodules].sort(),
        sha256: createHash('sha256').update(canonical(json)).digest('hex')
    });
}
//# sourceMappingURL=module.js.map