export class Patient {
    index;
    demographics;
    random;
    attributes = new Map();
    /** symptom → module → severity; a patient's symptom is the largest. */
    symptoms = new Map();
    vitals = new Map();
    encounters = [];
    entries = [];
    observations = [];
    /** Open entries by kind and code, for Active* conditions and *End states. */
    open = new Map();
    latestObservation = new Map();
    deathTime;
    deathCause;
    /** The encounter in progress, if any. */
    current;
    constructor(index, demographics, random) {
        this.index = index;
        this.demographics = demographics;
        this.random = random;
    }
    alive(time) {
        return this.deathTime === undefined || time < this.deathTime;
    }
    startEntry(entry) {
        this.entries.push(entry);
        for (const c of entry.codes)
            this.open.set(`${entry.kind}:${c.code}`, entry);
        return entry;
    }
    /** Ends the open entries of this kind with any of these codes. */
    endEntries(kind, codes, time) {
        for (const c of codes) {
            const entry = this.open.get(`${kind}:${c.code}`);
            if (!entry)
                continue;
            entry.stop = time;
            for (const code of entry.codes)
                this.open.delete(`${kind}:${code.code}`);
        }
    }
    isActive(kind, codes) {
        return codes.some(c => this.open.has(`${kind}:${c.code}`));
    }
    record(observation) {
        this.observations.push(observation);
        for (const c of observation.codes)
            this.latestObservation.set(c.code, observation);
    }
    latest(codes) {
        let best;
        for (const c of codes) {
            const o = this.latestObservation.get(c.code);
            if (o && (!best || o.time >= best.time))
                best = o;
        }
        return best;
    }
    symptom(name) {
        const sources = this.symptoms.get(name);
        return sources ? Math.max(0, ...sources.values()) : 0;
    }
    totalSymptoms() {
        let total = 0;
        for (const name of this.symptoms.keys())
            total += this.symptom(name);
        return total;
    }
}
//# sourceMappingURL=patient.js.map