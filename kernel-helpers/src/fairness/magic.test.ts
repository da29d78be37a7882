/** %fairness through the real kernel on a synthetic cohort. */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { KernelClient } from '../client/kernel-client';

describe('%fairness in the kernel', () => {
  let kernel: KernelClient;
  before(async () => {
    kernel = await KernelClient.start({ cwd: path.resolve(__dirname, '..', '..', '..', 'notebooks'), env: { ...process.env, GENHEALTH_HOME: mkdtempSync(path.join(os.tmpdir(), 'genhealth-fair-')) } });
    await kernel.execute('%%cohort n=800 seed=3 out=cohort');
    await kernel.execute(
      'const rows = cohort.table(["age", "sex", "race", "condition:44054006"]).toRecords()\n' +
        '  .filter(r => (r.age as number) >= 18)\n' +
        '  .map((r, i) => ({ ...r, label: r["condition:44054006"], pred: (r.age as number) >= 55 || (r.sex === "M" && i % 5 === 0) ? 1 : 0, prob: Math.min(1, (r.age as number) / 90) }))'
    );
  });
  after(async () => kernel?.shutdown());

  const run = async (code: string) => {
    const { reply, outputs } = await kernel.execute(code);
    return { reply: reply.content as Record<string, any>, outputs: outputs.map(o => ({ type: o.header.msg_type, content: o.content as Record<string, any> })) };
  };

  it('reports measures with intervals and verdicts, by intersectional group', async () => {
    const { reply, outputs } = await run('%fairness data=rows y_true=label y_pred=pred score=prob sensitive=sex,race n_boot=50 seed=1 out=report');
    assert.equal(reply.status, 'ok', reply.evalue);
    const payload = outputs.find(o => o.content.data?.['application/vnd.genhealth.fairness+json'])!.content.data['application/vnd.genhealth.fairness+json'];
    assert.equal(payload.kind, 'fairness');
    assert.equal(payload.summary.tau, 0.8);
    assert.equal(payload.byGroup.length, 2 * 6, 'sex × race, every combination');
    const dp = payload.measures.find((m: { name: string }) => m.name === 'demographic_parity_ratio');
    assert.ok(dp.interval.lower <= dp.value && dp.value <= dp.interval.upper);
    assert.equal(dp.pass, dp.value >= 0.8);
    assert.ok(payload.overall.roc_auc > 0.5);
    assert.ok(payload.aequitas.length > 0);
    const typed = await run('const failing: number = report.measures.filter(m => !m.pass).length;\nfailing >= 0');
    assert.equal(typed.outputs.find(o => o.type === 'execute_result')!.content.data['text/plain'], 'true');
  });

  it('compares mitigations before/after, takes CSV from a file or the cell body, and writes the HTML report', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'genhealth-fair-html-'));
    const csvFile = path.join(dir, 'rows.csv');
    const { reply } = await run(`require("node:fs").writeFileSync(${JSON.stringify(csvFile)}, "sex,label,pred,prob\\n" + rows.map((r: any) => [r.sex, r.label, r.pred, r.prob].join(",")).join("\\n"))`);
    assert.equal(reply.status, 'ok', reply.evalue);
    const html = path.join(dir, 'audit.html');
    const mitigated = await run(`%fairness csv=${csvFile} y_true=label y_pred=pred score=prob sensitive=sex mitigate=thresholds,reweighing constraint=equalized_odds n_boot=20 html=${html} out=fromFile`);
    assert.equal(mitigated.reply.status, 'ok', mitigated.reply.evalue);
    const payload = mitigated.outputs.find(o => o.content.data?.['application/vnd.genhealth.fairness+json'])!.content.data['application/vnd.genhealth.fairness+json'];
    assert.deepEqual(payload.mitigations.map((m: { method: string }) => m.method), ['thresholds', 'reweighing']);
    const eod = payload.mitigations[0].rows.find((r: { measure: string }) => r.measure === 'equalized_odds_difference');
    assert.ok(eod.after < eod.before, JSON.stringify(eod));
    assert.match(readFileSync(html, 'utf8'), /<h2 id="model-card">Model Card<\/h2>[\s\S]*TRIPOD\+AI fairness items/);
    assert.match(mitigated.outputs.filter(o => o.type === 'stream').map(o => o.content.text).join(''), /Wrote .*audit\.html/);

    const body = await run('%%fairness y_true=label y_pred=pred sensitive=sex n_boot=20 before=fromFile out=fromBody\nsex,label,pred\nF,1,1\nF,0,0\nM,1,0\nM,0,1\nF,1,0\nM,1,1');
    assert.equal(body.reply.status, 'ok', body.reply.evalue);
    const comparison = body.outputs.find(o => o.content.data?.['application/vnd.genhealth.fairness+json'])!.content.data['application/vnd.genhealth.fairness+json'].mitigations[0];
    assert.equal(comparison.method, 'report');
    const saved = await run(`fromBody.saveHtml(${JSON.stringify(path.join(dir, 'body.html'))}, { model: { name: "toy" } }).bytes > 1000`);
    assert.equal(saved.outputs.find(o => o.type === 'execute_result')!.content.data['text/plain'], 'true');
  });

  it('answers bad input clearly', async () => {
    const cases: [string, string, RegExp][] = [
      ['%fairness data=rows y_true=lable y_pred=pred sensitive=sex', 'TableError', /no column named 'lable'\. Did you mean 'label'\?/],
      ['%fairness data=rows y_true=race y_pred=pred sensitive=sex', 'FairnessError', /column 'race' is not binary.*pos_label/],
      ['%fairness data=rows y_true=label', 'FairnessError', /needs y_pred=, sensitive=/],
      ['%fairness data=rows y_true=label y_pred=pred sensitive=sex reference=martian', 'FairnessError', /reference=martian is not a group/],
      ['%fairness data=nothing y_true=label y_pred=pred sensitive=sex', 'MagicError', /no kernel variable named 'nothing'/],
      ['%fairness data=rows csv=a.csv y_true=label y_pred=pred sensitive=sex', 'FairnessError', /give the data one way, not data= and csv=/],
      ['%fairness y_true=label y_pred=pred sensitive=sex', 'FairnessError', /needs data= \(or csv=<file>, or CSV in the cell body\)/],
      ['%fairness data=rows y_true=label y_pred=pred sensitive=sex mitigate=thresholds', 'FairnessError', /mitigate=thresholds needs score=/],
      ['%fairness data=rows y_true=label y_pred=pred sensitive=sex mitigate=reweigh', 'MagicError', /reweigh.*reweighing/]
    ];
    for (const [code, ename, message] of cases) {
      const { reply } = await run(code);
      assert.equal(reply.ename, ename, code);
      assert.match(reply.evalue, message, code);
    }
  });
});
