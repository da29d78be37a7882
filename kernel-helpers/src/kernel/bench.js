/**
 * `npm run bench -- magic-overhead`: round-trip time of a no-op magic cell against a plain tslab
 * cell on the same kernel, measured alternately so that drift hits both equally. Goal: ratio ≤ 1.10.
 */
import path from 'node:path';
import { emit, median, quantile } from '../bench/record';
import { KernelClient } from '../client/kernel-client';
const REGISTER_NOOP = `import { registerMagic } from "genhealth";
registerMagic({ name: "noop", kind: "line+cell", summary: "Does nothing (benchmark).", doc: "Benchmark only.", binds: false, run() {} });`;
async function timeOf(kernel, code) {
    const started = process.hrtime.bigint();
    const { reply } = await kernel.execute(code);
    if (reply.content.status !== 'ok')
        throw new Error(`benchmark cell failed: ${code}: ${String(reply.content.evalue)}`);
    return Number(process.hrtime.bigint() - started) / 1e6;
}
export async function run(options = {}) {
    const iterations = options.iterations ?? 300;
    const kernel = await KernelClient.start({ cwd: path.resolve(__dirname, '..', '..', '..', 'notebooks') });
    try {
        await timeOf(kernel, REGISTER_NOOP);
        const cases = {
            plain: 'void 0',
            cellMagic: '%%noop',
            lineMagicInCode: 'void 0\n%noop'
        };
        const samples = { plain: [], cellMagic: [], lineMagicInCode: [] };
        for (let i = 0; i < 30; i++)
            for (const code of Object.values(cases))
                await timeOf(kernel, code);
        for (let i = 0; i < iterations; i++) {
            for (const key of Object.keys(cases))
                samples[key].push(await timeOf(kernel, cases[key]));
        }
        const plain = median(samples.plain);
        const common = { bench: 'magic-overhead', unit: 'ms', iterations };
        emit({ ...common, metric: 'plain-tslab-cell-median', value: round(plain), p90: round(quantile(samples.plain, 0.9)) });
        const againstPlain = (metric, xs) => emit({
            ...common,
            metric,
            value: round(median(xs)),
            p90: round(quantile(xs, 0.9)),
            baseline: 'plain tslab cell (void 0) on the same kernel',
            ratio: round(median(xs) / plain)
        });
        againstPlain('noop-cell-magic-median', samples.cellMagic);
        againstPlain('line-magic-in-code-median', samples.lineMagicInCode);
    }
    finally {
        await kernel.shutdown();
    }
}
const round = (x) => Math.round(x * 1000) / 1000;
//# sourceMappingURL=bench.js.map