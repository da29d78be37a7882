import { GmfError } from './errors';
const MS_PER_DAY = 86_400_000;
const UNIT_MS = {
    years: 365.25 * MS_PER_DAY,
    months: 30 * MS_PER_DAY,
    weeks: 7 * MS_PER_DAY,
    days: MS_PER_DAY,
    hours: 3_600_000,
    minutes: 60_000,
    seconds: 1000
};
export function toMillis(quantity, unit, module = '?') {
    const per = UNIT_MS[unit];
    if (per === undefined)
        throw new GmfError(module, `unknown time unit '${unit}'; allowed: ${Object.keys(UNIT_MS).join(', ')}`);
    return quantity * per;
}
export function compare(left, operator, right, where) {
    if (operator === 'is nil')
        return left === undefined || left === null;
    if (operator === 'is not nil')
        return !(left === undefined || left === null);
    if (left === undefined || left === null)
        return false;
    // Numbers compare as numbers (1 == 1.0), strings lexicographically; booleans only for equality.
    if ((typeof left === 'number' && typeof right === 'number') || (typeof left === 'string' && typeof right === 'string')) {
        switch (operator) {
            case '<': return left < right;
            case '<=': return left <= right;
            case '==': return left === right;
            case '>=': return left >= right;
            case '>': return left > right;
            case '!=': return left !== right;
        }
    }
    if (typeof left === 'boolean' && typeof right === 'boolean')
        return operator === '==' ? left === right : left !== right;
    const isCode = (v) => !!v && typeof v === 'object' && 'code' in v && 'system' in v;
    if (isCode(left) && isCode(right) && (operator === '==' || operator === '!=')) {
        const same = left.system === right.system && left.code === right.code;
        return operator === '==' ? same : !same;
    }
    throw new GmfError(where, `cannot compare ${JSON.stringify(left)} ${operator} ${JSON.stringify(right)}`);
}
function ageIn(unit, birth, now) {
    const b = new Date(birth);
    const n = new Date(now);
    let months = (n.getUTCFullYear() - b.getUTCFullYear()) * 12 + (n.getUTCMonth() - b.getUTCMonth());
    if (n.getUTCDate() < b.getUTCDate())
        months--;
    return unit === 'months' ? months : Math.floor(months / 12);
}
function codesOf(logic, p) {
    const f = logic.fields;
    if (Array.isArray(f.codes))
        return f.codes.map(c => ({ system: String(c.system), code: String(c.code), display: String(c.display ?? '') }));
    return p.codesOfAttribute(String(f.referenced_by_attribute));
}
export function evaluate(logic, p) {
    const f = logic.fields;
    const op = String(f.operator ?? '==');
    switch (logic.type) {
        case 'True':
            return true;
        case 'False':
            return false;
        case 'And':
            return logic.children.every(c => evaluate(c, p));
        case 'Or':
            return logic.children.some(c => evaluate(c, p));
        case 'Not':
            return !evaluate(logic.children[0], p);
        case 'AtLeast':
            return logic.children.filter(c => evaluate(c, p)).length >= Number(f.minimum);
        case 'AtMost':
            return logic.children.filter(c => evaluate(c, p)).length <= Number(f.maximum);
        case 'Gender':
            return p.gender === f.gender;
        case 'Race':
            return p.race.toLowerCase() === String(f.race).toLowerCase();
        case 'SocioeconomicStatus':
            return p.socioeconomic === f.category;
        case 'Age':
            return compare(ageIn(String(f.unit), p.birth, p.now), op, Number(f.quantity), p.module);
        case 'Date': {
            const d = new Date(p.now);
            if (f.year !== undefined)
                return compare(d.getUTCFullYear(), op, Number(f.year), p.module);
            if (f.month !== undefined)
                return compare(d.getUTCMonth() + 1, op, Number(f.month), p.module);
            const t = f.date;
            const at = Date.UTC(t.year, (t.month ?? 1) - 1, t.day ?? 1, t.hour ?? 0, t.minute ?? 0, t.second ?? 0, t.millisecond ?? 0);
            return compare(p.now, op, at, p.module);
        }
        case 'Attribute':
            return compare(p.attribute(String(f.attribute)), op, f.value, p.module);
        case 'Symptom':
            return compare(p.symptom(String(f.symptom)), op, Number(f.value), p.module);
        case 'VitalSign':
            return compare(p.vitalSign(String(f.vital_sign)), op, Number(f.value), p.module);
        case 'Observation': {
            const value = p.observation(codesOf(logic, p));
            if (op === 'is nil' || op === 'is not nil')
                return compare(value, op, undefined, p.module);
            if (value === undefined)
                throw new GmfError(p.module, 'an Observation condition compares an observation that was never recorded');
            return compare(value, op, f.value_code ?? f.value, p.module);
        }
        case 'ActiveCondition':
            return p.active('condition', codesOf(logic, p));
        case 'ActiveMedication':
            return p.active('medication', codesOf(logic, p));
        case 'ActiveCarePlan':
            return p.active('careplan', codesOf(logic, p));
        case 'ActiveAllergy':
            return p.active('allergy', codesOf(logic, p));
        case 'PriorState': {
            const within = f.within;
            const earliest = within ? p.now - toMillis(within.quantity, within.unit, p.module) : -Infinity;
            for (const h of p.history()) {
                if (h.exited !== undefined && h.exited < earliest)
                    return false;
                if (f.since !== undefined && h.name === f.since)
                    return false;
                if (h.name === f.name)
                    return true;
            }
            return false;
        }
    }
}
function probabilityOf(b, p) {
    if (typeof b.probability === 'number')
        return b.probability;
    const v = p.attribute(b.probability.attribute);
    return typeof v === 'number' ? v : b.probability.default;
}
/**
 * The next state. Distributed choices draw one number; a remainder below 1 goes to the last option;
 * conditional and complex take the first option whose condition holds, else the last. Lookup tables
 * and type of care need data the caller supplies (`lookup`), or they fail loudly.
 */
export function chooseTransition(t, p, random, lookup) {
    switch (t.kind) {
        case 'direct':
            return t.to;
        case 'distributed':
            return t.branches[random.pick(t.branches.map(b => probabilityOf(b, p)))].to;
        case 'conditional': {
            const hit = t.options.find(o => !o.condition || evaluate(o.condition, p));
            return (hit ?? t.options[t.options.length - 1]).to;
        }
        case 'complex': {
            const hit = t.options.find(o => !o.condition || evaluate(o.condition, p)) ?? t.options[t.options.length - 1];
            if (hit.to !== undefined)
                return hit.to;
            return hit.branches[random.pick(hit.branches.map(b => probabilityOf(b, p)))].to;
        }
        case 'lookup_table': {
            if (!lookup)
                throw new GmfError(p.module, `lookup table ${t.options[0].table} is not available (lookup_table_transition needs its CSV)`);
            return t.options[random.pick(lookup(t.options[0].table, t.options))].to;
        }
        case 'type_of_care':
            // Synthea draws from telemedicine_config.json; without it, the ambulatory path.
            return t.ambulatory;
    }
}
//# sourceMappingURL=evaluate.js.map