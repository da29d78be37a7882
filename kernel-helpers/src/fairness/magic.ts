/** %fairness: audit predictions in a table by sensitive groups (Fairlearn, AIF360 and Aequitas measures in one report). */
import { readFileSync } from 'node:fs';
import { registerMagic } from '../magics/registry';
import { Table } from '../table/model';
import { fairnessBundle } from './bundle';
import { csvFile } from './input';
import { FairnessError, fairnessReport, type FairnessReport, type Mitigation } from './report';
import type { Constraint, Objective } from './threshold';

export function registerFairnessMagic(): void {
  registerMagic({
    name: 'fairness',
    kind: 'line+cell',
    summary: 'Audit predictions for fairness by sensitive groups.',
    doc:
      'Takes a table with the true label, the prediction and the sensitive features — a Table (a cohort\'s ' +
      'table(...) included), records, columns (arrays, typed arrays or tensors), a 2-D tensor with columns=, CSV text ' +
      'in a variable, a CSV file with csv=, or CSV in the cell body — and reports metrics by intersectional group with ' +
      'bootstrap intervals, Fairlearn disparities (demographic parity, equalized odds, equal opportunity) with a ' +
      'verdict at tau, AIF360 measures with the reference group as privileged, and Aequitas disparities against the ' +
      'reference. mitigate= adds before/after comparisons (reweighing on the label; group thresholds on the score); ' +
      'before= compares an earlier report with this one. html= writes the standalone report with its Model Card ' +
      '(also report.saveHtml(path, card)). Missing sensitive values form the group "(missing)"; a group with one ' +
      'outcome class gets NaN rates and a warning.',
    options: {
      data: { type: 'variable', doc: 'The table (or a 2-D tensor with columns=, or CSV text).' },
      csv: { type: 'string', doc: 'Path of a CSV file to audit instead of data=.' },
      columns: { type: 'list', of: 'string', doc: 'Column names of a 2-D tensor given as data=.' },
      y_true: { type: 'string', doc: 'Column of the true labels (0/1, or see pos_label).' },
      y_pred: { type: 'string', doc: 'Column of the predicted labels.' },
      score: { type: 'string', doc: 'Column of predicted probabilities (ROC, calibration, thresholds).' },
      sensitive: { type: 'list', of: 'string', doc: 'Sensitive feature columns.' },
      pos_label: { type: 'string', doc: 'The value that counts as positive when labels are not 0/1.' },
      reference: { type: 'string', default: 'majority', doc: 'Reference group: majority, min_metric, or a group value.' },
      tau: { type: 'number', min: 0.01, max: 1, default: 0.8, doc: 'Ratios in [tau, 1/tau] pass (0.8: the four-fifths rule).' },
      n_boot: { type: 'integer', min: 1, max: 100_000, default: 200, doc: 'Bootstrap replicates for the intervals.' },
      seed: { type: 'integer', min: 0, max: 4294967295, default: 0, doc: 'Seed of the bootstrap and of randomised thresholds.' },
      mitigate: { type: 'list', of: 'string', values: ['reweighing', 'thresholds'], doc: 'Mitigations to compare before/after.' },
      constraint: { type: 'enum', values: ['equal_opportunity', 'equalized_odds', 'demographic_parity'], default: 'equal_opportunity', doc: 'What mitigate=thresholds equalises.' },
      objective: { type: 'enum', values: ['accuracy', 'balanced_accuracy'], default: 'accuracy', doc: 'What mitigate=thresholds maximises under the constraint.' },
      before: { type: 'variable', doc: 'An earlier report (out= of %fairness) to compare with this one.' },
      html: { type: 'string', doc: 'Also write the standalone HTML report (Model Card, TRIPOD+AI items) to this path.' }
    },
    body: { doc: 'CSV text with a header row, instead of data= or csv=.', required: false, isData: true },
    examples: [
      '%fairness data=table y_true=label y_pred=pred score=prob sensitive=sex,race tau=0.8 n_boot=500 out=report',
      '%fairness data=table y_true=label y_pred=pred score=prob sensitive=race mitigate=reweighing,thresholds constraint=equalized_odds html=audit.html',
      '%fairness data=retrained y_true=label y_pred=pred sensitive=race before=report'
    ],
    run(call, ctx) {
      const o = call.options;
      const sources = [call.given.has('data') && 'data=', call.given.has('csv') && 'csv=', call.body.trim() !== '' && 'the cell body'].filter(Boolean);
      if (sources.length > 1) throw new FairnessError(`give the data one way, not ${sources.join(' and ')}`);
      const missing = (['y_true', 'y_pred', 'sensitive'] as const).filter(k => !call.given.has(k));
      if (!sources.length) missing.unshift('data' as never);
      if (missing.length) throw new FairnessError(`%fairness needs ${missing.map(m => `${m}=`).join(', ')}${sources.length ? '' : ' (or csv=<file>, or CSV in the cell body)'}`);
      const body = call.body.trim() !== '' ? Table.fromCSV(call.body) : undefined;
      const file = call.given.has('csv') ? csvFile(o.csv!) : undefined;
      const report = fairnessReport(body ?? file ?? o.data, {
        yTrue: o.y_true!,
        yPred: o.y_pred!,
        score: o.score,
        sensitive: o.sensitive!,
        posLabel: o.pos_label,
        reference: o.reference,
        tau: o.tau,
        nBoot: o.n_boot,
        seed: o.seed,
        columns: o.columns,
        mitigate: o.mitigate as Mitigation[] | undefined,
        constraint: o.constraint as Constraint,
        objective: o.objective as Objective,
        before: o.before as FairnessReport | undefined
      });
      report.runId = ctx.runId;
      for (const w of report.warnings) process.stderr.write(`Warning: ${w}\n`);
      const outputs = [];
      if (o.html) {
        const saved = report.saveHtml(o.html);
        process.stdout.write(`Wrote ${saved.path} (${saved.bytes.toLocaleString('en')} bytes)\n`);
        outputs.push({ name: 'html', bytes: readFileSync(saved.path), mediaType: 'text/html' });
      }
      return {
        value: report,
        valueType: 'import("genhealth").FairnessReport',
        bundle: fairnessBundle(report, ctx.runId),
        inputs: body ? [{ name: 'body', value: body }] : file ? [{ name: 'csv', value: file }] : [],
        outputs,
        metrics: Object.fromEntries(report.measures.filter(m => !Number.isNaN(m.value)).map(m => [m.name, m.value]))
      };
    }
  });
}

