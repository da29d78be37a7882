/**
 * The GMF state machine (SYNTHEA_GMF_NOTES §3, §6): one patient from birth to the end date in
 * 7-day steps. Each step the Encounter module may open a wellness or symptom-driven visit, then
 * every active module runs states back to back until one blocks (Delay, Guard, a busy encounter,
 * a procedure in progress, a blocked submodule) or finishes (Terminal, death). A Delay that ended
 * between steps is rewound: the states after it run at the delay's end time.
 */
import { chooseTransition, evaluate, toMillis } from './gmf/evaluate';
import { GmfError } from './gmf/errors';
export const STEP_MS = 7 * 86_400_000;
const WELLNESS_CODE = { system: 'SNOMED-CT', code: '185349003', display: 'Encounter for check up (procedure)' };
const SYMPTOM_CODE = { system: 'SNOMED-CT', code: '185345009', display: 'Encounter for symptom (procedure)' };
const ENCOUNTER_MODULE = 'Encounter';
/** Where one module is for one patient. */
class ModuleRun {
    module;
    owner;
    current = 'Initial';
    history;
    /** End of the current Delay or Procedure. */
    until;
    sub;
    wellnessSeen;
    pendingOnsets = [];
    /** Entries created by this module's states, by state name (for condition_onset and friends). */
    created = new Map();
    done = false;
    constructor(module, owner, start) {
        this.module = module;
        this.owner = owner;
        this.history = [{ name: 'Initial', entered: start }];
    }
}
function codesOf(value) {
    return Array.isArray(value) ? value : value && typeof value === 'object' && 'code' in value ? [value] : [];
}
/** Wellness visit interval by age (SYNTHEA_GMF_NOTES §6, from Synthea's EncounterModule). */
export function wellnessInterval(ageMs) {
    const months = ageMs / toMillis(1, 'months');
    const years = ageMs / toMillis(1, 'years');
    const m = toMillis(1, 'months');
    if (months <= 1)
        return m;
    if (months <= 5)
        return 2 * m;
    if (months <= 17)
        return 3 * m;
    if (years <= 3)
        return 6 * m;
    if (years < 20)
        return toMillis(1, 'years');
    if (years < 40)
        return toMillis(3, 'years');
    if (years < 50)
        return toMillis(2, 'years');
    return toMillis(1, 'years');
}
/** What conditions see of a patient at `now` (module history for PriorState). */
export function patientView(p, now, module, history = []) {
    const d = p.demographics;
    return {
        now,
        module,
        gender: d.sex,
        race: d.race,
        socioeconomic: d.socioeconomic,
        birth: d.birth,
        attribute: name => p.attributes.get(name),
        symptom: name => p.symptom(name),
        vitalSign: name => p.vitals.get(name),
        observation: codes => p.latest(codes)?.value,
        active: (kind, codes) => p.isActive(kind, codes),
        codesOfAttribute: name => {
            const v = p.attributes.get(name);
            return v && 'codes' in v ? v.codes ?? [] : codesOf(v);
        },
        history: () => history
    };
}
export class Simulation {
    patient;
    options;
    encounterIds = 0;
    nextWellness;
    runs;
    maxTransitions;
    constructor(patient, modules, options) {
        this.patient = patient;
        this.options = options;
        const birth = patient.demographics.birth;
        this.runs = modules.map(m => new ModuleRun(m, m.name, birth));
        this.nextWellness = birth + wellnessInterval(0);
        this.maxTransitions = options.maxTransitionsPerStep ?? 10_000;
    }
    run() {
        const p = this.patient;
        for (let t = p.demographics.birth; t <= this.options.end && p.alive(t); t += STEP_MS) {
            this.encounterModule(t);
            for (const run of this.runs)
                if (!run.done)
                    this.process(run, t);
            if (p.current?.owner === ENCOUNTER_MODULE)
                this.endEncounter(p.current, t);
        }
        if (p.current && p.current.stop === undefined)
            p.current.stop = Math.min(this.options.end, p.deathTime ?? Infinity);
        return p;
    }
    encounterModule(t) {
        const p = this.patient;
        if (p.current)
            return;
        const total = p.totalSymptoms();
        if (total > 300) {
            this.openEncounter('Symptom', total > 500 ? 'emergency' : total > 350 ? 'urgentcare' : 'outpatient', [SYMPTOM_CODE], ENCOUNTER_MODULE, t);
            for (const sources of p.symptoms.values())
                sources.clear(); // addressed at this visit
        }
        else if (t >= this.nextWellness) {
            this.openEncounter('Wellness', 'wellness', [WELLNESS_CODE], ENCOUNTER_MODULE, t);
            this.nextWellness = t + wellnessInterval(t - p.demographics.birth);
        }
    }
    openEncounter(name, encounterClass, codes, owner, t, reason) {
        const encounter = { id: ++this.encounterIds, name, encounterClass, codes, start: t, owner, reason };
        this.patient.encounters.push(encounter);
        this.patient.current = encounter;
        return encounter;
    }
    endEncounter(encounter, t) {
        encounter.stop = t;
        if (this.patient.current === encounter)
            this.patient.current = undefined;
    }
    view(run, now) {
        return patientView(this.patient, now, run.module.name, run.history);
    }
    /** Runs one module at time `t` until it blocks or finishes. */
    process(run, t) {
        let time = t;
        for (let transitions = 0;; transitions++) {
            if (!this.patient.alive(time)) {
                run.done = true;
                return;
            }
            const state = run.module.states.get(run.current);
            const outcome = this.execute(run, state, time);
            if ('terminal' in outcome) {
                run.history[0].exited = time;
                run.done = true;
                if (this.patient.current?.owner === run.owner && run.owner === run.module.name)
                    this.endEncounter(this.patient.current, time);
                return;
            }
            if (!outcome.exit)
                return;
            if (transitions >= this.maxTransitions) {
                throw new GmfError(run.module.name, `more than ${this.maxTransitions} transitions in one time step: the module loops without a Delay or Guard`, state.name);
            }
            time = outcome.at ?? time;
            run.history[0].exited = time;
            const next = outcome.next ?? chooseTransition(state.transition, this.view(run, time), this.patient.random);
            run.current = next;
            run.history.unshift({ name: next, entered: time });
            run.until = undefined;
            run.sub = undefined;
        }
    }
    sample(f, where, module) {
        const r = this.patient.random;
        const exact = f.exact;
        if (exact)
            return Number(exact.quantity);
        const range = f.range;
        if (range) {
            const v = r.uniform(Number(range.low), Number(range.high));
            return range.decimals === undefined ? v : Number(v.toFixed(range.decimals));
        }
        const dist = f.distribution;
        if (!dist)
            return undefined;
        const p = dist.parameters ?? {};
        let v;
        switch (dist.kind) {
            case 'EXACT':
                v = p.value;
                break;
            case 'UNIFORM':
                v = r.uniform(p.low, p.high);
                break;
            case 'GAUSSIAN':
                v = r.gaussian(p.mean, p.standardDeviation);
                if (p.min !== undefined)
                    v = Math.max(p.min, v);
                if (p.max !== undefined)
                    v = Math.min(p.max, v);
                break;
            case 'EXPONENTIAL':
                v = 1 + r.exponential(p.mean); // Synthea adds 1
                break;
            case 'TRIANGULAR':
                v = r.triangular(p.min, p.mode, p.max);
                break;
            default:
                throw new GmfError(module, `unknown distribution kind '${dist.kind}'; allowed: EXACT, UNIFORM, GAUSSIAN, EXPONENTIAL, TRIANGULAR`, where.name, 'distribution');
        }
        return dist.round ? Math.round(v) : v;
    }
    /** A duration in ms from exact / range / distribution with a unit; undefined when none is given. */
    duration(f, state, module, key = '') {
        const holder = (key ? f[key] : f);
        if (!holder)
            return undefined;
        if (key === 'duration') {
            const d = holder;
            return toMillis(this.patient.random.uniform(Number(d.low), Number(d.high)), d.unit, module);
        }
        const unit = String(holder.exact?.unit ?? holder.range?.unit ?? holder.unit ?? '');
        const q = this.sample(holder, state, module);
        if (q === undefined)
            return undefined;
        // A distribution-driven delay is whole units in Synthea (the sample is cast to long).
        return toMillis(holder.distribution && !holder.exact && !holder.range ? Math.trunc(q) : q, unit, module);
    }
    diagnose(run, state, t) {
        const f = state.fields;
        const entry = this.patient.startEntry({ kind: state.type === 'AllergyOnset' ? 'allergy' : 'condition', codes: codesOf(f.codes), start: t, encounter: this.patient.current?.id });
        run.created.set(state.name, entry);
        if (typeof f.assign_to_attribute === 'string')
            this.patient.attributes.set(f.assign_to_attribute, entry);
    }
    startEntry(run, state, kind, t, extra = {}) {
        const f = state.fields;
        const entry = this.patient.startEntry({ kind, codes: codesOf(f.codes ?? f.code), start: t, encounter: this.patient.current?.id, ...extra });
        run.created.set(state.name, entry);
        if (typeof f.assign_to_attribute === 'string')
            this.patient.attributes.set(f.assign_to_attribute, entry);
        return entry;
    }
    /** Codes an *End state ends: those of a state of this module, of an attribute, or its own. */
    endCodes(run, f, ref) {
        if (typeof f[ref] === 'string')
            return run.created.get(f[ref])?.codes ?? codesOf(run.module.states.get(f[ref])?.fields.codes);
        if (typeof f.referenced_by_attribute === 'string') {
            const v = this.patient.attributes.get(f.referenced_by_attribute);
            return v?.codes ?? codesOf(v);
        }
        return codesOf(f.codes);
    }
    observationValue(f, state, module) {
        const n = this.sample(f, state, module);
        if (n !== undefined)
            return n;
        if (typeof f.attribute === 'string')
            return this.patient.attributes.get(f.attribute);
        if (typeof f.vital_sign === 'string')
            return this.patient.vitals.get(f.vital_sign);
        if (f.value_code)
            return f.value_code;
        throw new GmfError(module, 'this observation value source (expression, sampled_data or attachment) is not supported yet', state.name);
    }
    execute(run, state, t) {
        const p = this.patient;
        const f = state.fields;
        const module = run.module.name;
        const entered = run.history[0].entered;
        switch (state.type) {
            case 'Initial':
            case 'Simple':
                return { exit: true };
            case 'Physiology':
                return { exit: true, next: String(f.alt_direct_transition) };
            case 'Terminal':
                return { terminal: true };
            case 'Guard':
                return evaluate(state.allow, this.view(run, t)) ? { exit: true } : { exit: false };
            case 'Delay': {
                run.until ??= entered + Math.max(0, this.duration(f, state, module) ?? 0);
                return t >= run.until ? { exit: true, at: run.until } : { exit: false };
            }
            case 'SetAttribute': {
                const name = String(f.attribute);
                let value = this.sample(f, state, module);
                if (f.expression !== undefined || f.series_data !== undefined) {
                    throw new GmfError(module, 'SetAttribute with expression or series_data is not supported yet', state.name);
                }
                if (value === undefined)
                    value = f.value_code ?? (typeof f.value_attribute === 'string' ? p.attributes.get(f.value_attribute) : f.value);
                if (value === undefined || value === null)
                    p.attributes.delete(name);
                else
                    p.attributes.set(name, value);
                return { exit: true };
            }
            case 'Counter': {
                const name = String(f.attribute);
                const now = Number(p.attributes.get(name) ?? 0);
                const amount = Number(f.amount ?? 1);
                p.attributes.set(name, f.action === 'increment' ? now + amount : now - amount);
                return { exit: true };
            }
            case 'CallSubmodule': {
                const path = String(f.submodule);
                if (!run.sub) {
                    const definition = this.options.submodules?.get(path);
                    if (!definition)
                        throw new GmfError(module, `unknown submodule '${path}'`, state.name, 'submodule');
                    run.sub = new ModuleRun(definition, run.owner, t);
                }
                this.process(run.sub, t);
                if (!run.sub.done)
                    return { exit: false };
                run.history.unshift(...run.sub.history.slice(0, -1));
                return { exit: true };
            }
            case 'Encounter': {
                const current = p.current;
                if (f.wellness === true) {
                    if (current && current.owner === ENCOUNTER_MODULE && run.wellnessSeen !== current.id) {
                        run.wellnessSeen = current.id;
                        this.flushOnsets(run, state.name, t);
                        return { exit: true };
                    }
                    return { exit: false };
                }
                if (current && current.owner !== run.owner)
                    return { exit: false };
                if (current)
                    this.endEncounter(current, t);
                const reason = typeof f.reason === 'string' ? this.reasonOf(run, f.reason) : undefined;
                this.openEncounter(state.name, String(f.encounter_class ?? 'ambulatory').toLowerCase().replace('super', 'inpatient'), codesOf(f.codes), run.owner, t, reason);
                this.flushOnsets(run, state.name, t);
                return { exit: true };
            }
            case 'EncounterEnd': {
                const current = p.current;
                if (!current || current.owner === ENCOUNTER_MODULE)
                    return { exit: true };
                if (current.owner !== run.owner)
                    return { exit: false };
                this.endEncounter(current, t);
                return { exit: true };
            }
            case 'ConditionOnset':
            case 'AllergyOnset': {
                const target = f.target_encounter;
                if (!target || (p.current && p.current.name === target && p.current.owner === run.owner))
                    this.diagnose(run, state, t);
                else {
                    run.pendingOnsets.push(state);
                    if (typeof f.assign_to_attribute === 'string')
                        p.attributes.set(f.assign_to_attribute, { codes: codesOf(f.codes) });
                }
                return { exit: true };
            }
            case 'ConditionEnd':
                p.endEntries('condition', this.endCodes(run, f, 'condition_onset'), t);
                return { exit: true };
            case 'AllergyEnd':
                p.endEntries('allergy', this.endCodes(run, f, 'allergy_onset'), t);
                return { exit: true };
            case 'MedicationOrder':
                this.startEntry(run, state, 'medication', t, { chronic: f.chronic === true, reason: typeof f.reason === 'string' ? this.reasonOf(run, f.reason) : undefined });
                return { exit: true };
            case 'MedicationEnd':
                p.endEntries('medication', this.endCodes(run, f, 'medication_order'), t);
                return { exit: true };
            case 'CarePlanStart':
                this.startEntry(run, state, 'careplan', t, { reason: typeof f.reason === 'string' ? this.reasonOf(run, f.reason) : undefined });
                return { exit: true };
            case 'CarePlanEnd':
                p.endEntries('careplan', this.endCodes(run, f, 'careplan'), t);
                return { exit: true };
            case 'Procedure':
            case 'ImagingStudy': {
                if (run.until === undefined) {
                    const length = state.type === 'ImagingStudy' ? toMillis(30, 'minutes') : this.duration(f, state, module, f.duration ? 'duration' : '') ?? 0;
                    run.until = entered + length;
                    const codes = state.type === 'ImagingStudy' ? codesOf(f.procedure_code) : codesOf(f.codes);
                    const entry = p.startEntry({ kind: 'procedure', codes, start: entered, stop: run.until, encounter: p.current?.id, reason: typeof f.reason === 'string' ? this.reasonOf(run, f.reason) : undefined });
                    run.created.set(state.name, entry);
                    if (typeof f.assign_to_attribute === 'string')
                        p.attributes.set(f.assign_to_attribute, entry);
                }
                return t >= run.until ? { exit: true, at: run.until } : { exit: false };
            }
            case 'Device':
                this.startEntry(run, state, 'device', t);
                return { exit: true };
            case 'DeviceEnd':
                p.endEntries('device', this.endCodes(run, f, 'device'), t);
                return { exit: true };
            case 'SupplyList':
                for (const s of f.supplies ?? []) {
                    p.startEntry({ kind: 'supply', codes: [{ ...s.code, code: String(s.code.code) }], start: t, stop: t, quantity: s.quantity, encounter: p.current?.id });
                }
                return { exit: true };
            case 'Vaccine':
                p.startEntry({ kind: 'immunization', codes: codesOf(f.codes), start: t, stop: t, encounter: p.current?.id });
                return { exit: true };
            case 'VitalSign': {
                const v = this.sample(f, state, module);
                if (v === undefined)
                    throw new GmfError(module, 'a VitalSign needs exact, range or distribution (expression is not supported yet)', state.name);
                p.vitals.set(String(f.vital_sign), v);
                return { exit: true };
            }
            case 'Observation':
                p.record({ codes: codesOf(f.codes), value: this.observationValue(f, state, module), unit: String(f.unit ?? ''), category: String(f.category ?? ''), time: t, encounter: p.current?.id });
                return { exit: true };
            case 'MultiObservation':
            case 'DiagnosticReport':
                for (const o of f.observations ?? []) {
                    const codes = (o.codes ?? []).map(c => ({ system: String(c.system), code: String(c.code), display: String(c.display ?? '') }));
                    p.record({ codes, value: this.observationValue(o, state, module), unit: String(o.unit ?? ''), category: String(o.category ?? f.category ?? ''), time: t, encounter: p.current?.id });
                }
                return { exit: true };
            case 'Symptom': {
                if (f.probability === undefined || p.random.next() < Number(f.probability)) {
                    const severity = this.sample(f, state, module) ?? 0;
                    const name = String(f.symptom);
                    if (!p.symptoms.has(name))
                        p.symptoms.set(name, new Map());
                    p.symptoms.get(name).set(String(f.cause || module), severity);
                }
                return { exit: true };
            }
            case 'Death': {
                const delay = this.duration(f, state, module) ?? 0;
                p.deathTime = Math.min(p.deathTime ?? Infinity, t + delay);
                p.deathCause = typeof f.condition_onset === 'string' ? codesOf(run.module.states.get(f.condition_onset)?.fields.codes) : typeof f.referenced_by_attribute === 'string' ? this.endCodes(run, f, '') : codesOf(f.codes);
                return { exit: true };
            }
        }
    }
    /** Records onsets that waited for the encounter named `name`. */
    flushOnsets(run, name, t) {
        for (let i = run.pendingOnsets.length - 1; i >= 0; i--) {
            if (run.pendingOnsets[i].fields.target_encounter === name)
                this.diagnose(run, run.pendingOnsets.splice(i, 1)[0], t);
        }
    }
    /** A `reason`: an attribute holding an entry or code, else the codes of a ConditionOnset state. */
    reasonOf(run, reason) {
        const v = this.patient.attributes.get(reason);
        if (v)
            return 'codes' in v ? v.codes?.[0] : v;
        return run.created.get(reason)?.codes[0] ?? codesOf(run.module.states.get(reason)?.fields.codes)[0];
    }
}
//# sourceMappingURL=engine.js.map