/** %%cohort through the real kernel: output payload, the bound Cohort, keep-patients, errors, lineage. */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { KernelClient } from '../client/kernel-client';
describe('%%cohort in the kernel', () => {
    let kernel;
    const home = mkdtempSync(path.join(os.tmpdir(), 'genhealth-cohort-'));
    before(async () => {
        kernel = await KernelClient.start({ cwd: path.resolve(__dirname, '..', '..', '..', 'notebooks'), env: { ...process.env, GENHEALTH_HOME: home } });
    });
    after(async () => kernel?.shutdown());
    const run = async (code) => {
        const { reply, outputs } = await kernel.execute(code);
        return { reply: reply.content, outputs: outputs.map(o => ({ type: o.header.msg_type, content: o.content })) };
    };
    it('generates patients, shows the cohort payload with a progress bar and binds a typed Cohort', async () => {
        const { reply, outputs } = await run('%%cohort n=300 seed=42 modules=diabetes,hypertension out=cohort');
        assert.equal(reply.status, 'ok');
        const progress = outputs.filter(o => o.type === 'update_display_data');
        assert.match(progress.at(-1).content.data['text/plain'], /100% 300 patients \(300 simulated\)/);
        const payload = outputs.find(o => o.content.data?.['application/vnd.genhealth.cohort+json']).content.data['application/vnd.genhealth.cohort+json'];
        assert.deepEqual([payload.version, payload.kind, payload.summary.patients, payload.summary.seed, payload.summary.reference_date], [1, 'cohort', 300, 42, '2025-01-01']);
        assert.equal(payload.demographics.pyramid.female.reduce((a, b) => a + b, 0) + payload.demographics.pyramid.male.reduce((a, b) => a + b, 0), 300);
        const t2d = payload.prevalence.find((p) => p.code === '44054006');
        assert.ok(t2d && t2d.expected_share > 0 && /CDC/.test(t2d.expected_source));
        assert.equal(payload.trajectories.code, '4548-4');
        assert.ok(payload.trajectories.series.every((s) => s.points.length >= 2));
        const typed = await run('const modelling = cohort.table(["age", "sex", "condition:44054006", "last:4548-4"]);\nconst rows: number = modelling.rowCount;\nrows');
        assert.equal(typed.outputs.find(o => o.type === 'execute_result').content.data['text/plain'], '300');
    });
    it('is the same cohort for the same seed', async () => {
        const again = await run('%%cohort n=300 seed=42 modules=diabetes,hypertension out=again');
        assert.equal(again.reply.status, 'ok');
        const same = await run('JSON.stringify(again.table(["age", "condition:59621000"]).toRecords()) === JSON.stringify(cohort.table(["age", "condition:59621000"]).toRecords())');
        assert.equal(same.outputs.find(o => o.type === 'execute_result').content.data['text/plain'], 'true');
    });
    it('keeps patients with a rare condition and says how many were simulated', async () => {
        const { reply, outputs } = await run('%%cohort n=2 keep=190905008 modules=cystic_fibrosis');
        assert.equal(reply.status, 'ok');
        const payload = outputs.find(o => o.content.data?.['application/vnd.genhealth.cohort+json']).content.data['application/vnd.genhealth.cohort+json'];
        assert.equal(payload.summary.patients, 2);
        assert.ok(payload.summary.simulated > 1000, `simulated ${payload.summary.simulated}`);
        assert.equal(payload.prevalence[0].share, 1);
    });
    it('answers bad input clearly and survives', async () => {
        const cases = [
            ['%%cohort n=0', 'MagicError', /n=0: 0 is out of range/],
            ['%%cohort modules=diabetis', 'GmfError', /Did you mean 'diabetes'\?/],
            ['%%cohort n=2 keep=1 max_simulated=50', 'CohortError', /kept 0 of 2 patients after simulating 50/],
            ['%%cohort reference=2025-13-45', 'MagicError', /not a date/],
            ['%%cohort n=2\n{"condition_type": "Agee"}', 'GmfError', /unknown condition_type 'Agee'\. Did you mean 'Age'\?/],
            ['%%cohort n=2\n{"condition_type": ', 'GmfError', /malformed JSON/]
        ];
        for (const [code, ename, message] of cases) {
            const { reply } = await run(code);
            assert.equal(reply.ename, ename, code);
            assert.match(reply.evalue, message, code);
        }
        assert.equal((await run('1 + 1')).reply.status, 'ok');
    });
    it('records each cohort run with its module hashes, population and prevalence, without the patients', async () => {
        const runs = readdirSync(path.join(home, 'runs')).map(f => JSON.parse(readFileSync(path.join(home, 'runs', f), 'utf8')));
        const first = runs.filter(r => r.name === 'cohort' && r.params.seed === 42)[0];
        assert.deepEqual(first.params.modules, ['diabetes', 'hypertension']);
        assert.ok(first.inputs.some((i) => i.name === 'module:GenHealth Type 2 Diabetes'));
        assert.ok(first.inputs.some((i) => i.name === 'population'));
        assert.equal(first.outputs[0].schema.kind, 'cohort');
        assert.ok(first.metrics['prevalence.44054006'] > 0);
        const second = runs.filter(r => r.name === 'cohort' && r.params.seed === 42)[1];
        assert.equal(second.outputs[0].hash, first.outputs[0].hash, 'same seed, same output hash');
    });
});
//# sourceMappingURL=magic.test.js.map