/**
 * `application/vnd.genhealth.fairness+json`: the report. Summary: rows, groups, measures, failed,
 * tau, reference.
 */
import { escapeHtml, genhealthBundle, htmlTable, textTable, type MimeBundle } from '../display/bundle';
import type { FairnessReport } from './report';

const fmt = (x: number) => (Number.isNaN(x) ? 'NaN' : x.toFixed(3));

export function fairnessBundle(report: FairnessReport, runId: string): MimeBundle {
  const failed = report.measures.filter(m => !m.pass);
  const payload = {
    version: 1 as const,
    kind: 'fairness' as const,
    run_id: runId,
    summary: { rows: report.rows, groups: report.byGroup.filter(g => g.count > 0).length, measures: report.measures.length, failed: failed.length, tau: report.tau, reference: report.reference },
    ...report
  };
  const verdictColumns = ['measure', 'family', 'value', '95% interval', 'verdict'];
  const verdictRows = report.measures.map(m => [m.name, m.family, fmt(m.value), m.interval ? `${fmt(m.interval.lower)} – ${fmt(m.interval.upper)}` : '', m.pass ? 'pass' : 'FAIL']);
  const groupColumns = [...report.sensitive, 'n', 'selection rate', 'TPR', 'FPR', 'precision', 'accuracy'];
  const groupRows = report.byGroup.filter(g => g.count > 0).map(g => [...g.key, g.count, fmt(g.values.selection_rate), fmt(g.values.true_positive_rate), fmt(g.values.false_positive_rate), fmt(g.values.precision), fmt(g.values.accuracy)]);
  const head = `Fairness report: ${report.rows} rows, ${payload.summary.groups} groups of ${report.sensitive.join(' × ')}; ${failed.length} of ${report.measures.length} measures fail at tau ${report.tau} (reference group: ${report.reference}).`;
  const mitigations = report.mitigations.map(m => ({
    title: `Before/after: ${m.title}`,
    columns: ['measure', 'before', 'after', 'verdict'],
    rows: m.rows.map(r => [r.measure, fmt(r.before), fmt(r.after), r.passAfter === undefined ? '' : `${r.passBefore ? 'pass' : 'FAIL'} → ${r.passAfter ? 'pass' : 'FAIL'}`])
  }));
  const warn = report.warnings.length ? `\nWarnings:\n- ${report.warnings.join('\n- ')}` : '';
  return genhealthBundle(payload, {
    text: `${head}\n\n${textTable(verdictColumns, verdictRows)}\n\n${textTable(groupColumns, groupRows)}${mitigations.map(m => `\n\n${m.title}\n${textTable(m.columns, m.rows)}`).join('')}${warn}`,
    html: `<p>${escapeHtml(head)}</p>${htmlTable(verdictColumns, verdictRows, 'Measures')}${htmlTable(groupColumns, groupRows, 'By group')}${mitigations.map(m => htmlTable(m.columns, m.rows, m.title)).join('')}`
  });
}
