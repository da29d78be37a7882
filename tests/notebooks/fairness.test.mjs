/** The fairness lesson, executed headless on the real kernel: the label bias shows, and both remedies close it. */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import { cellById, run, textOf } from './helpers.mjs';

const MIME = 'application/vnd.genhealth.fairness+json';

describe('notebooks/fairness.ipynb', () => {
  let nb;
  const report = id => cellById(nb, id).outputs.find(o => o.data?.[MIME]).data[MIME];
  const measure = (id, name) => report(id).measures.find(m => m.name === name);
  before(async () => {
    ({ nb } = await run('fairness.ipynb'));
  });

  it('simulates cost that under-records the need of Black patients', () => {
    const shares = Function(`return (${textOf(cellById(nb, 'patients').outputs[0])})`)();
    assert.ok(shares.patients > 1500, JSON.stringify(shares));
    assert.ok(Math.abs(shares.need.black - shares.need.white) < 0.06, 'need is about as common in both groups');
    assert.ok(shares.highCost.black < shares.highCost.white - 0.05, 'high cost is rarer among Black patients');
  });

  it('the cost-label model fails equal opportunity against need, with an interval away from zero', () => {
    const eod = measure('audit-cost', 'equal_opportunity_difference');
    assert.ok(eod.value > 0.2 && !eod.pass, JSON.stringify(eod));
    assert.ok(eod.interval.lower > 0.1, JSON.stringify(eod.interval));
    const tpr = race => report('audit-cost').byGroup.find(g => g.key[0] === race).values.true_positive_rate;
    assert.ok(tpr('black') < tpr('white'));
    assert.equal(report('audit-cost').reference, 'white');
    const curves = report('audit-cost').curves;
    assert.deepEqual(curves.map(c => c.group), ['black', 'white']);
    for (const c of curves) {
      assert.ok(c.auc > 0.5 && c.roc.fpr.length > 2 && c.calibration.counts.length > 1, JSON.stringify(c).slice(0, 200));
      assert.deepEqual([c.roc.fpr.at(-1), c.roc.tpr.at(-1)], [1, 1]);
    }
  });

  it('relabelling and group thresholds both close the gap', () => {
    for (const id of ['audit-need', 'audit-mitigated']) {
      const eod = measure(id, 'equal_opportunity_difference');
      assert.ok(eod.value < 0.1 && eod.pass, `${id}: ${JSON.stringify(eod)}`);
    }
    const rules = textOf(cellById(nb, 'threshold').outputs[0]);
    assert.match(rules, /group: 'black'/);
  });

  it('compares the three models in one table', () => {
    const table = cellById(nb, 'compare').outputs[0].data['application/vnd.genhealth.table+json'];
    assert.equal(table.summary.rows, 3);
    const eod = table.data[table.columns.findIndex(c => c.name === 'equal opportunity difference')];
    assert.ok(eod[0] > 0.2 && eod[1] < 0.1 && eod[2] < 0.1, JSON.stringify(eod));
  });

  it('shows mitigations before and after inside the reports', () => {
    const relabel = report('audit-need').mitigations[0];
    assert.equal(relabel.method, 'report');
    const eod = relabel.rows.find(r => r.measure === 'equal_opportunity_difference');
    assert.ok(eod.before > 0.2 && eod.after < 0.1 && !eod.passBefore && eod.passAfter, JSON.stringify(eod));
    const [thresholds, reweighing] = report('audit-inline').mitigations;
    assert.equal(thresholds.method, 'thresholds');
    const after = thresholds.rows.find(r => r.measure === 'equal_opportunity_difference');
    assert.ok(after.after < 0.1 && after.passAfter, JSON.stringify(after));
    assert.equal(reweighing.method, 'reweighing');
    assert.ok(Math.abs(reweighing.rows.find(r => r.measure === 'label statistical_parity_difference').after) < 1e-9);
  });

  it('writes the audit as a standalone HTML report with its Model Card', () => {
    const saved = Function(`return (${textOf(cellById(nb, 'card').outputs[0])})`)();
    const html = readFileSync(saved.path, 'utf8');
    assert.equal(createHash('sha256').update(html).digest('hex'), saved.sha256);
    assert.match(html, /<title>Fairness report: Care-programme risk \(cost label\)<\/title>/);
    assert.match(html, /<h3>Intended use<\/h3>[\s\S]*Any decision about real patients/);
    assert.match(html, /<tr><td>3c<\/td>[^\n]*Obermeyer/);
    assert.match(html, /Group thresholds for equal opportunity/);
    assert.doesNotMatch(html, /<script/i);
  });
});
