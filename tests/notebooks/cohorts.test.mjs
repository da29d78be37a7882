/** The cohorts lesson, executed headless on the real kernel, with its key outputs asserted. */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { cellById, run, textOf } from './helpers.mjs';

describe('notebooks/cohorts.ipynb', () => {
  let nb;
  before(async () => {
    ({ nb } = await run('cohorts.ipynb'));
  });

  it('lists the states of the diabetes module', () => {
    const text = textOf(cellById(nb, 'states').outputs[0]);
    for (const s of ['Initial: Initial', 'Adult: Guard', 'Diagnose: ConditionOnset', 'Start_Metformin: MedicationOrder']) assert.ok(text.includes(s), s);
  });

  it('generates 1,000 patients with the seed from %seed, prevalence next to expectations, and HbA1c trajectories', () => {
    const payload = cellById(nb, 'cohort').outputs.find(o => o.data?.['application/vnd.genhealth.cohort+json']).data['application/vnd.genhealth.cohort+json'];
    assert.equal(payload.summary.patients, 1000);
    assert.equal(payload.summary.seed, 42);
    const t2d = payload.prevalence.find(p => p.code === '44054006');
    const htn = payload.prevalence.find(p => p.code === '59621000');
    assert.ok(t2d.share > 0.03 && t2d.share < 0.2 && t2d.expected_share > 0);
    assert.ok(htn.share > 0.05 && htn.share < 0.4 && htn.expected_share > 0);
    assert.equal(payload.trajectories.code, '4548-4');
    assert.ok(payload.trajectories.series.length >= 5);
  });

  it('builds the modelling table and shows diabetes rising with age', () => {
    assert.equal(cellById(nb, 'modelling').outputs[0].data['application/vnd.genhealth.table+json'].summary.rows, 1000);
    const shares = Function(`return (${textOf(cellById(nb, 'by-age').outputs[0])})`)();
    assert.ok(shares['18-44'] < shares['45-64'] && shares['45-64'] < shares['65+'], JSON.stringify(shares));
  });

  it('keeps five patients with cystic fibrosis and reports thousands simulated', () => {
    assert.ok(Number(textOf(cellById(nb, 'keep-count').outputs[0])) > 5000);
  });
});
