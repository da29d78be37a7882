import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Random } from './random';
describe('Random', () => {
    it('gives each patient its own stream, the same every time', () => {
        const a = Array.from({ length: 5 }, () => Random.forPatient(42, 7).next());
        assert.equal(new Set(a).size, 1);
        assert.notEqual(Random.forPatient(42, 7).next(), Random.forPatient(42, 8).next());
        assert.notEqual(Random.forPatient(42, 7).next(), Random.forPatient(43, 7).next());
    });
    it('is uniform in [0, 1) (mean and spread of 100,000 draws)', () => {
        const r = Random.forPatient(1, 0);
        const xs = Array.from({ length: 100_000 }, () => r.next());
        const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
        assert.ok(xs.every(x => x >= 0 && x < 1));
        assert.ok(Math.abs(mean - 0.5) < 0.005, `mean ${mean}`);
        const buckets = new Array(10).fill(0);
        for (const x of xs)
            buckets[Math.floor(x * 10)]++;
        assert.ok(buckets.every(b => Math.abs(b - 10_000) < 500), buckets.join(','));
    });
    it('draws gaussians with the asked mean and standard deviation', () => {
        const r = Random.forPatient(2, 0);
        const xs = Array.from({ length: 50_000 }, () => r.gaussian(10, 2));
        const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
        const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length);
        assert.ok(Math.abs(mean - 10) < 0.05 && Math.abs(sd - 2) < 0.05, `${mean} ${sd}`);
    });
    it('picks by weights, giving a remainder below 1 to the last option', () => {
        const r = Random.forPatient(3, 0);
        const counts = [0, 0];
        for (let i = 0; i < 20_000; i++)
            counts[r.pick([0.25, 0.25])]++;
        assert.ok(Math.abs(counts[0] / 20_000 - 0.25) < 0.02 && Math.abs(counts[1] / 20_000 - 0.75) < 0.02, counts.join(','));
    });
});
//# sourceMappingURL=random.test.js.map