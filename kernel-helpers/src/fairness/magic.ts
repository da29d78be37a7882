/** %fairness: audit predictions in a table by sensitive groups (Fairlearn, AIF360 and Aequitas measures in one report). */
import { registerMagic } from '../magics/registry';
import { fairnessBundle } from './bundle';
import { FairnessError, fairnessReport } from './report';

export function registerFairnessMagic(): void {
  registerMagic({
    name: 'fairness',
    kind: 'line+cell',
    summary: 'Audit predictions for fairness by sensitive groups.',
    doc:
      'Takes a table (a Table, records or columns in a kernel variable) with the true label, the prediction and the ' +
      'sensitive features, and reports metrics by intersectional group with bootstrap intervals, Fairlearn ' +
      'disparities (demographic parity, equalized odds, equal opportunity) with a verdict at tau, AIF360 measures ' +
      'with the reference group as privileged, and Aequitas disparities against the reference. Missing sensitive ' +
      'values form the group "(missing)"; a group with one outcome class gets NaN rates and a warning.',
    options: {
      data: { type: 'variable', doc: 'The table.' },
      y_true: { type: 'string', doc: 'Column of the true labels (0/1, or see pos_label).' },
      y_pred: { type: 'string', doc: 'Column of the predicted labels.' },
      score: { type: 'string', doc: 'Column of predicted probabilities (for ROC AUC and Brier).' },
      sensitive: { type: 'list', of: 'string', doc: 'Sensitive feature columns.' },
      pos_label: { type: 'string', doc: 'The value that counts as positive when labels are not 0/1.' },
      reference: { type: 'string', default: 'majority', doc: 'Reference group: majority, min_metric, or a group value.' },
      tau: { type: 'number', min: 0.01, max: 1, default: 0.8, doc: 'Ratios in [tau, 1/tau] pass (0.8: the four-fifths rule).' },
      n_boot: { type: 'integer', min: 1, max: 100_000, default: 200, doc: 'Bootstrap replicates for the intervals.' },
      seed: { type: 'integer', min: 0, max: 4294967295, default: 0, doc: 'Seed of the bootstrap.' }
    },
    examples: ['%fairness data=table y_true=label y_pred=pred score=prob sensitive=sex,race tau=0.8 n_boot=500 out=report'],
    run(call, ctx) {
      const o = call.options;
      const missing = (['data', 'y_true', 'y_pred', 'sensitive'] as const).filter(k => !call.given.has(k));
      if (missing.length) throw new FairnessError(`%fairness needs ${missing.map(m => `${m}=`).join(', ')}`);
      const report = fairnessReport(o.data, {
        yTrue: o.y_true!,
        yPred: o.y_pred!,
        score: o.score,
        sensitive: o.sensitive!,
        posLabel: o.pos_label,
        reference: o.reference,
        tau: o.tau,
        nBoot: o.n_boot,
        seed: o.seed
      });
      for (const w of report.warnings) process.stderr.write(`Warning: ${w}\n`);
      return {
        value: report,
        valueType: 'import("genhealth").FairnessReport',
        bundle: fairnessBundle(report, ctx.runId),
        metrics: Object.fromEntries(report.measures.filter(m => !Number.isNaN(m.value)).map(m => [m.name, m.value]))
      };
    }
  });
}
