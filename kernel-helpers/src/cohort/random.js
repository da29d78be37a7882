/**
 * Seeded random numbers for cohorts. A patient's stream depends only on (seed, patient index), so
 * one thread, many workers or many shards produce the same patients. xoshiro128** seeded through
 * splitmix32; doubles have 53 random bits.
 */
function splitmix32(state) {
    let s = state >>> 0;
    return () => {
        s = (s + 0x9e3779b9) >>> 0;
        let z = s;
        z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
        z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
        return (z ^ (z >>> 16)) >>> 0;
    };
}
const rotl = (x, k) => ((x << k) | (x >>> (32 - k))) >>> 0;
export class Random {
    a;
    b;
    c;
    d;
    spareGaussian = null;
    /** A stream for one patient: mixes the cohort seed and the patient index. */
    static forPatient(seed, index) {
        const mix = splitmix32((seed >>> 0) ^ Math.imul(index + 1, 0x27d4eb2f));
        return new Random(mix() ^ (index >>> 0), mix);
    }
    constructor(seed, mix = splitmix32(seed)) {
        this.a = mix();
        this.b = mix();
        this.c = mix();
        this.d = mix();
        if ((this.a | this.b | this.c | this.d) === 0)
            this.a = 1;
    }
    /** Next 32 random bits (xoshiro128**). */
    nextUint32() {
        const result = Math.imul(rotl(Math.imul(this.b, 5) >>> 0, 7), 9) >>> 0;
        const t = (this.b << 9) >>> 0;
        this.c ^= this.a;
        this.d ^= this.b;
        this.b ^= this.c;
        this.a ^= this.d;
        this.c ^= t;
        this.d = rotl(this.d, 11);
        this.c >>>= 0;
        this.d >>>= 0;
        this.b >>>= 0;
        this.a >>>= 0;
        return result;
    }
    /** Uniform in [0, 1) with 53 random bits. */
    next() {
        return ((this.nextUint32() >>> 5) * 67108864 + (this.nextUint32() >>> 6)) / 9007199254740992;
    }
    uniform(low, high) {
        return low + (high - low) * this.next();
    }
    /** Integer in [low, high], both included. */
    int(low, high) {
        return low + Math.floor(this.next() * (high - low + 1));
    }
    /** Standard normal (Marsaglia polar method; one spare kept). */
    gaussian(mean = 0, sd = 1) {
        if (this.spareGaussian !== null) {
            const v = this.spareGaussian;
            this.spareGaussian = null;
            return mean + sd * v;
        }
        let u, v, s;
        do {
            u = this.next() * 2 - 1;
            v = this.next() * 2 - 1;
            s = u * u + v * v;
        } while (s >= 1 || s === 0);
        const f = Math.sqrt((-2 * Math.log(s)) / s);
        this.spareGaussian = v * f;
        return mean + sd * u * f;
    }
    exponential(mean) {
        return -mean * Math.log(1 - this.next());
    }
    triangular(min, mode, max) {
        const u = this.next();
        const c = (mode - min) / (max - min);
        return u < c ? min + Math.sqrt(u * (max - min) * (mode - min)) : max - Math.sqrt((1 - u) * (max - min) * (max - mode));
    }
    /** Picks an index by weights; a remainder below 1 goes to the last option (as in Synthea). */
    pick(weights) {
        const u = this.next();
        let sum = 0;
        for (let i = 0; i < weights.length; i++) {
            sum += weights[i];
            if (u < sum)
                return i;
        }
        return weights.length - 1;
    }
}
//# sourceMappingURL=random.js.map