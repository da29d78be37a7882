/** The report's inputs, its before/after comparisons and its standalone HTML. */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { Random } from '../cohort/random';
import * as aif from './aif360';
import { reweighing } from './bias';
import { FairnessError, fairnessReport, type ReportOptions } from './report';

/** Two groups; group B's scores run lower for the same outcome, so a single cut-off is unfair to B. */
function rows(n: number) {
  const r = new Random(11);
  return Array.from({ length: n }, (_, i) => {
    const group = i % 3 === 0 ? 'B' : 'A';
    const label = r.next() < (group === 'A' ? 0.5 : 0.3) ? 1 : 0;
    const prob = Math.min(1, Math.max(0, 0.3 + 0.35 * label - (group === 'B' ? 0.12 : 0) + 0.3 * (r.next() - 0.5)));
    return { group, label, prob, pred: prob >= 0.5 ? 1 : 0 };
  });
}
const OPTIONS: ReportOptions = { yTrue: 'label', yPred: 'pred', score: 'prob', sensitive: ['group'], nBoot: 20, seed: 1 };
const value = (r: { measures: { name: string; value: number }[] }, name: string) => r.measures.find(m => m.name === name)!.value;

describe('fairness report inputs', () => {
  const data = rows(600);
  const base = fairnessReport(data, OPTIONS);

  it('takes columns that are tensors, a 2-D tensor with column names, CSV text and a CSV file, with the same numbers', () => {
    const columns = {
      group: data.map(d => d.group),
      label: tf.tensor1d(data.map(d => d.label)),
      pred: tf.tensor2d(data.map(d => [d.pred])),
      prob: tf.tensor1d(data.map(d => d.prob), 'float32')
    };
    const fromTensors = fairnessReport(columns, OPTIONS);
    assert.equal(value(fromTensors, 'demographic_parity_difference'), value(base, 'demographic_parity_difference'));
    const matrix = tf.tensor2d(data.map(d => [d.group === 'A' ? 1 : 0, d.label, d.pred, d.prob]));
    const fromMatrix = fairnessReport(matrix, { ...OPTIONS, columns: ['group', 'label', 'pred', 'prob'] });
    assert.equal(value(fromMatrix, 'equal_opportunity_difference'), value(base, 'equal_opportunity_difference'));
    const csv = ['group,label,pred,prob', ...data.map(d => `${d.group},${d.label},${d.pred},${d.prob}`)].join('\n');
    assert.deepEqual(fairnessReport(csv, OPTIONS).measures, base.measures);
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'fair-')), 'audit.csv');
    writeFileSync(file, csv);
    assert.deepEqual(fairnessReport(file, OPTIONS).measures, base.measures);
  });

  it('keeps a group coded 0 as group "0" (only empty values are missing), and applies pos_label only where it occurs', () => {
    const coded = data.map((d, i) => ({ ...d, group: d.group === 'A' ? 0 : i % 50 === 0 ? null : 1, outcome: d.label ? 'yes' : 'no' }));
    const r = fairnessReport(coded, { ...OPTIONS, yTrue: 'outcome', posLabel: 'yes', reference: '0' });
    assert.deepEqual(r.composition.map(c => c.group), ['(missing)', '0', '1']);
    assert.equal(r.privileged, '0');
    const predicted = coded.reduce((s, d) => s + d.pred, 0) / coded.length;
    assert.ok(Math.abs(r.overall.selection_rate - predicted) < 1e-12, 'y_pred stays 0/1 beside a pos_label y_true');
    // A text prediction that never says 'yes' is all negatives, not an error.
    const never = fairnessReport(coded.map(d => ({ ...d, said: 'no' })), { ...OPTIONS, yTrue: 'outcome', yPred: 'said', posLabel: 'yes', reference: '0' });
    assert.equal(never.overall.selection_rate, 0);
  });

  it('names the problem with tensors, files and cohorts', () => {
    const matrix = tf.tensor2d([[1, 0], [0, 1]]);
    assert.throws(() => fairnessReport(matrix, OPTIONS), /2 × 2 tensor: name its 2 columns with columns=/);
    assert.throws(() => fairnessReport({ group: ['A', 'B'], label: tf.tensor2d([[1, 0], [0, 1]]), pred: [1, 0] }, OPTIONS), /column 'label' is a tensor of shape \[2, 2\]/);
    assert.throws(() => fairnessReport('missing/audit.csv', OPTIONS), /no CSV file at .*audit\.csv/);
    assert.throws(() => fairnessReport([], OPTIONS), FairnessError);
  });
});

describe('before/after inside the report', () => {
  const data = rows(6_000);

  it('group thresholds close the equal-opportunity gap, judged by the report\'s own formulas', () => {
    const r = fairnessReport(data, { ...OPTIONS, mitigate: ['thresholds'], constraint: 'equal_opportunity' });
    const [m] = r.mitigations;
    assert.equal(m.method, 'thresholds');
    const eod = m.rows.find(x => x.measure === 'equal_opportunity_difference')!;
    assert.equal(eod.before, value(r, 'equal_opportunity_difference'));
    assert.ok(eod.before > 0.2 && eod.passBefore === false, JSON.stringify(eod));
    assert.ok(eod.after < 0.05 && eod.passAfter === true, JSON.stringify(eod));
    // The "after" numbers are those of a full report on the redrawn predictions.
    const tpr = (g: string) => m.groups.find(x => x.group === g && x.metric === 'true_positive_rate')!;
    assert.ok(Math.abs(Math.abs(tpr('A').after - tpr('B').after) - eod.after) < 1e-12);
    assert.deepEqual(m.details.rows.map(x => x[0]), ['A', 'B']);
    assert.ok(m.rows.some(x => x.measure === 'accuracy'));
  });

  it('reweighing makes the weighted label independent of the group (AIF360 dataset metrics)', () => {
    const r = fairnessReport(data, { ...OPTIONS, mitigate: ['reweighing'] });
    const [m] = r.mitigations;
    const spd = m.rows.find(x => x.measure === 'label statistical_parity_difference')!;
    const groups = data.map(d => d.group);
    const labels = data.map(d => d.label);
    const privileged = groups.map(g => g === 'A');
    assert.equal(spd.before, aif.statisticalParityDifference({ yTrue: labels, yPred: labels, privileged }));
    assert.ok(spd.before < -0.15);
    assert.ok(Math.abs(spd.after) < 1e-12, String(spd.after));
    const prevalence = labels.reduce((s, y) => s + y, 0) / labels.length;
    for (const g of m.groups) assert.ok(Math.abs(g.after - prevalence) < 1e-12, JSON.stringify(g));
    const w = reweighing(labels, groups);
    const cell = m.details.rows.find(x => x[0] === 'B' && x[1] === 1)!;
    assert.equal(cell[3], w[groups.findIndex((g, i) => g === 'B' && labels[i] === 1)]);
  });

  it('compares an earlier report with this one', () => {
    const before = fairnessReport(data, OPTIONS);
    const fixed = data.map(d => ({ ...d, pred: d.prob >= (d.group === 'B' ? 0.38 : 0.5) ? 1 : 0 }));
    const after = fairnessReport(fixed, { ...OPTIONS, before });
    const [m] = after.mitigations;
    assert.equal(m.method, 'report');
    const dp = m.rows.find(x => x.measure === 'demographic_parity_difference')!;
    assert.equal(dp.before, value(before, 'demographic_parity_difference'));
    assert.equal(dp.after, value(after, 'demographic_parity_difference'));
    assert.throws(() => fairnessReport(fixed, { ...OPTIONS, before: {} as never }), /before= must be a fairness report/);
  });

  it('refuses thresholds without scores and unknown mitigations', () => {
    assert.throws(() => fairnessReport(data, { ...OPTIONS, score: undefined, mitigate: ['thresholds'] }), /mitigate=thresholds needs score=/);
    assert.throws(() => fairnessReport(data, { ...OPTIONS, mitigate: ['magic' as never] }), /mitigate=magic is not a mitigation; allowed: reweighing, thresholds/);
  });
});

describe('standalone HTML report', () => {
  const data = rows(900).map((d, i) => ({ ...d, group: i % 7 === 0 ? '<img src=x onerror=alert(1)>' : d.group }));
  const report = fairnessReport(data, { ...OPTIONS, mitigate: ['thresholds', 'reweighing'] });

  it('has the Model Card sections and the TRIPOD+AI items, filled from the data and the card', () => {
    const html = report.toHtml({ model: { name: 'Readmission risk v2', license: 'Apache-2.0' }, trainingData: 'Synthetic cohort, seed 7.' });
    for (const section of ['Model details', 'Intended use', 'Factors', 'Metrics', 'Evaluation data', 'Training data', 'Quantitative analyses', 'Ethical considerations', 'Caveats and recommendations']) {
      assert.match(html, new RegExp(`<h3>${section}</h3>`), section);
    }
    for (const item of ['3c', '5a', '14', '20b', '23a', '25']) assert.match(html, new RegExp(`<tr><td>${item}</td>`), item);
    assert.match(html, /<title>Fairness report: Readmission risk v2<\/title>/);
    assert.match(html, /Apache-2\.0/);
    assert.match(html, /Synthetic cohort, seed 7\./);
    assert.match(html, /Not provided: ethical considerations/);
    assert.match(html, /Group thresholds for equal opportunity/);
    assert.match(html, /Reweighing \(Kamiran &amp; Calders 2012\)/);
    assert.equal((html.match(/<svg /g) ?? []).length, 5, 'disparities, ROC, calibration and one dumbbell per mitigation');
  });

  it('runs no script and escapes every value from the data', () => {
    const html = report.toHtml({ model: { name: '<script>alert(2)</script>' } });
    assert.doesNotMatch(html, /<script|<img|onerror=alert\(1\)>/i);
    assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;/);
    assert.match(html, /Content-Security-Policy" content="default-src 'none'/);
  });

  it('saveHtml writes the file and returns its hash', () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'fair-')), 'audit.html');
    const saved = report.saveHtml(file);
    const bytes = readFileSync(file);
    assert.equal(saved.sha256, createHash('sha256').update(bytes).digest('hex'));
    assert.equal(saved.bytes, bytes.length);
    assert.throws(() => report.saveHtml(''), /saveHtml needs a file path/);
  });
});
