/**
 * The standalone HTML report: one file, no scripts and no network (a Content-Security-Policy says so),
 * charts drawn as inline SVG. Its sections follow the Model Card of Mitchell et al. (FAT* 2019) and
 * add the fairness items of TRIPOD+AI (Collins et al., BMJ 2024;385:e078378), filled from the data
 * where the data can answer and marked "to be completed" where only the authors can.
 */
import { escapeHtml as esc } from '../display/bundle';
import type { FairnessReport } from './report';

/** What only the model's authors know; every field is optional and shown as missing when absent. */
export interface ModelCard {
  title?: string;
  model?: { name?: string; version?: string; type?: string; developers?: string; date?: string; license?: string; contact?: string; citation?: string };
  intendedUse?: { primaryUses?: string; primaryUsers?: string; outOfScope?: string };
  trainingData?: string;
  evaluationData?: string;
  ethicalConsiderations?: string;
  caveats?: string;
  /** TRIPOD+AI 3c: known health inequalities between the groups. */
  healthInequalities?: string;
  /** TRIPOD+AI 25: the authors' interpretation, fairness included. */
  interpretation?: string;
}

const fmt = (x: number | undefined | null, digits = 3) => (x === undefined || x === null || Number.isNaN(x) ? '—' : x.toFixed(digits));
const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
const missing = (what: string) => `<p class="missing">Not provided: ${esc(what)}.</p>`;
const para = (text: string | undefined, what: string) => (text ? `<p>${esc(text)}</p>` : missing(what));
const PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#17becf', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22'];

function table(columns: string[], rows: (string | number)[][], cls = ''): string {
  const cell = (v: string | number) => (typeof v === 'number' ? `<td class="num">${esc(Number.isInteger(v) ? String(v) : fmt(v))}</td>` : `<td>${esc(v)}</td>`);
  return `<table${cls ? ` class="${cls}"` : ''}><thead><tr>${columns.map(c => `<th>${esc(c)}</th>`).join('')}</tr></thead>` +
    `<tbody>${rows.map(r => `<tr>${r.map(cell).join('')}</tr>`).join('')}</tbody></table>`;
}

const verdict = (pass?: boolean) => (pass === undefined ? '' : pass ? 'pass' : 'FAIL');

/** Horizontal bars on [0, 1] with whiskers for the intervals; green passes, red fails. */
function barsSvg(items: { label: string; value: number; lower?: number; upper?: number; pass: boolean }[]): string {
  const w = 640, left = 250, row = 26, top = 10, height = top + row * items.length + 30;
  const x = (v: number) => left + Math.max(0, Math.min(1, v)) * (w - left - 20);
  const bars = items.map((m, i) => {
    const y = top + i * row;
    const whisker = m.lower !== undefined && m.upper !== undefined && !Number.isNaN(m.lower)
      ? `<line x1="${x(m.lower)}" x2="${x(m.upper!)}" y1="${y + 9}" y2="${y + 9}" stroke="#222" stroke-width="1.5"/>` : '';
    return `<text x="${left - 8}" y="${y + 13}" text-anchor="end">${esc(m.label)}</text>` +
      `<rect x="${left}" y="${y + 2}" width="${Math.max(0, x(m.value) - left)}" height="14" fill="${m.pass ? '#2e7d32' : '#c62828'}"><title>${esc(`${m.label}: ${fmt(m.value)}`)}</title></rect>${whisker}`;
  }).join('');
  const axis = [0, 0.25, 0.5, 0.75, 1].map(t => `<line x1="${x(t)}" x2="${x(t)}" y1="${top}" y2="${height - 24}" stroke="#ddd"/><text x="${x(t)}" y="${height - 8}" text-anchor="middle">${t}</text>`).join('');
  return `<svg viewBox="0 0 ${w} ${height}" width="${w}" role="img" aria-label="Disparities with 95 % intervals">${axis}${bars}</svg>`;
}

/** Lines on the unit square (ROC, calibration) with the diagonal and a legend. */
function curvesSvg(title: string, xLabel: string, yLabel: string, series: { name: string; x: number[]; y: number[] }[]): string {
  const size = 300, pad = 44, legend = 18 * series.length;
  const px = (v: number) => pad + v * (size - pad - 10);
  const py = (v: number) => size - pad - v * (size - pad - 10);
  const lines = series.map((s, i) => `<polyline fill="none" stroke="${PALETTE[i % PALETTE.length]}" stroke-width="2" points="${s.x.map((v, j) => `${px(v).toFixed(1)},${py(s.y[j]).toFixed(1)}`).join(' ')}"/>`).join('');
  const keys = series.map((s, i) => `<rect x="${pad}" y="${size + 6 + 18 * i}" width="12" height="12" fill="${PALETTE[i % PALETTE.length]}"/><text x="${pad + 18}" y="${size + 16 + 18 * i}">${esc(s.name)}</text>`).join('');
  return `<figure><figcaption>${esc(title)}</figcaption><svg viewBox="0 0 ${size} ${size + legend + 10}" width="${size}" role="img" aria-label="${esc(title)}">` +
    `<rect x="${px(0)}" y="${py(1)}" width="${px(1) - px(0)}" height="${py(0) - py(1)}" fill="none" stroke="#999"/>` +
    `<line x1="${px(0)}" y1="${py(0)}" x2="${px(1)}" y2="${py(1)}" stroke="#bbb" stroke-dasharray="4 3"/>${lines}` +
    `<text x="${px(0.5)}" y="${size - 12}" text-anchor="middle">${esc(xLabel)}</text>` +
    `<text transform="translate(12 ${py(0.5)}) rotate(-90)" text-anchor="middle">${esc(yLabel)}</text>` +
    `<text x="${px(0)}" y="${py(0) + 14}" text-anchor="middle">0</text><text x="${px(1)}" y="${py(0) + 14}" text-anchor="middle">1</text>${keys}</svg></figure>`;
}

/** Before → after as dumbbells on [0, 1]: grey before, blue after. */
function dumbbellSvg(items: { label: string; before: number; after: number }[]): string {
  const shown = items.filter(i => !Number.isNaN(i.before) && !Number.isNaN(i.after));
  const w = 640, left = 300, row = 22, height = 10 + row * shown.length + 26;
  const x = (v: number) => left + Math.max(0, Math.min(1, v)) * (w - left - 20);
  const marks = shown.map((m, i) => {
    const y = 10 + i * row + 8;
    return `<text x="${left - 8}" y="${y + 4}" text-anchor="end">${esc(m.label)}</text><line x1="${x(m.before)}" x2="${x(m.after)}" y1="${y}" y2="${y}" stroke="#999" stroke-width="2"/>` +
      `<circle cx="${x(m.before)}" cy="${y}" r="5" fill="#9e9e9e"><title>before ${fmt(m.before)}</title></circle><circle cx="${x(m.after)}" cy="${y}" r="5" fill="#1565c0"><title>after ${fmt(m.after)}</title></circle>`;
  }).join('');
  const axis = [0, 0.5, 1].map(t => `<text x="${x(t)}" y="${height - 6}" text-anchor="middle">${t}</text>`).join('');
  return `<svg viewBox="0 0 ${w} ${height}" width="${w}" role="img" aria-label="Group rates before (grey) and after (blue)">${marks}${axis}</svg>`;
}

/** Selection rate over two sensitive features as a coloured table (white → dark blue). */
function heatTable(r: FairnessReport): string {
  if (r.sensitive.length !== 2) return '';
  const rows = [...new Set(r.byGroup.map(g => g.key[0]))];
  const cols = [...new Set(r.byGroup.map(g => g.key[1]))];
  const cell = (a: string, b: string) => {
    const g = r.byGroup.find(x => x.key[0] === a && x.key[1] === b);
    if (!g || !g.count) return '<td class="num empty">—</td>';
    const v = g.values.selection_rate;
    const shade = Math.round(235 - 180 * v);
    return `<td class="num" style="background:rgb(${shade},${shade + 10},255);color:${v > 0.6 ? '#fff' : '#000'}" title="n = ${g.count}">${fmt(v)}</td>`;
  };
  return `<h4>Selection rate by ${esc(r.sensitive.join(' × '))}</h4><table class="heat"><thead><tr><th></th>${cols.map(c => `<th>${esc(c)}</th>`).join('')}</tr></thead>` +
    `<tbody>${rows.map(a => `<tr><th>${esc(a)}</th>${cols.map(b => cell(a, b)).join('')}</tr>`).join('')}</tbody></table>`;
}

function mitigationsHtml(r: FairnessReport): string {
  if (!r.mitigations.length) return '<p>No mitigation was compared in this report.</p>';
  return r.mitigations.map(m => `<section class="mitigation"><h4>${esc(m.title)}</h4><p>${esc(m.note)}</p>` +
    table(['measure', 'before', 'after', 'verdict before', 'verdict after'], m.rows.map(x => [x.measure, x.before, x.after, verdict(x.passBefore), verdict(x.passAfter)])) +
    dumbbellSvg(m.groups.map(g => ({ label: `${g.group}: ${g.metric.replace(/_/g, ' ')}`, before: g.before, after: g.after }))) +
    (m.details.rows.length ? table(m.details.columns, m.details.rows) : '') + '</section>').join('');
}

/** Sentences the data supports: what fails, which intervals straddle the verdict, which groups are small. */
function findings(r: FairnessReport): string[] {
  const out: string[] = [];
  const failing = r.measures.filter(m => !m.pass);
  out.push(failing.length
    ? `${failing.length} of ${r.measures.length} measures fail at tau ${r.tau}: ${failing.map(m => `${m.name} (${fmt(m.value)})`).join(', ')}.`
    : `All ${r.measures.length} measures pass at tau ${r.tau}.`);
  const uncertain = r.measures.filter(m => {
    if (!m.interval) return false;
    const ratio = m.name.endsWith('_ratio');
    const line = ratio ? r.tau : 1 - r.tau;
    return m.interval.lower < line && m.interval.upper > line;
  });
  if (uncertain.length) out.push(`The 95 % intervals of ${uncertain.map(m => m.name).join(', ')} straddle the pass line: the verdict could go either way with other samples.`);
  for (const m of r.mitigations) {
    const fixed = m.rows.filter(x => x.passBefore === false && x.passAfter === true).map(x => x.measure);
    const broken = m.rows.filter(x => x.passBefore === true && x.passAfter === false).map(x => x.measure);
    if (fixed.length || broken.length) out.push(`${m.title}: ${fixed.length ? `now passes ${fixed.join(', ')}` : ''}${fixed.length && broken.length ? '; ' : ''}${broken.length ? `now fails ${broken.join(', ')}` : ''}.`);
  }
  return [...out, ...r.warnings];
}

const CSS = `body{font:14px/1.45 system-ui,sans-serif;max-width:1000px;margin:2em auto;padding:0 1em;color:#222}
h1{font-size:1.6em;margin-bottom:.2em}h2{border-bottom:2px solid #1565c0;padding-bottom:.2em;margin-top:1.8em}
table{border-collapse:collapse;margin:.6em 0}th,td{border:1px solid #ccc;padding:3px 8px;text-align:left}
td.num{text-align:right;font-variant-numeric:tabular-nums}.missing{color:#8a4b00;background:#fff4e5;padding:4px 8px}
.fail{color:#c62828;font-weight:600}.pass{color:#2e7d32}.meta{color:#555}figure{display:inline-block;margin:0 1em 1em 0}
svg text{font:11px system-ui,sans-serif}.heat td{min-width:4em}section.mitigation{margin-bottom:1.5em}
@media print{h2{break-before:page}}`;

export function reportHtml(r: FairnessReport, card: ModelCard): string {
  const version = (require('../../package.json') as { version: string }).version;
  const title = card.title ?? (card.model?.name ? `Fairness report: ${card.model.name}` : 'Fairness report');
  const groups = r.byGroup.filter(g => g.count > 0);
  const failed = r.measures.filter(m => !m.pass).length;
  const missingRows = r.composition.filter(c => c.group.split(' × ').includes('(missing)')).reduce((s, c) => s + c.count, 0);
  const verdicts = `<table><thead><tr><th>measure</th><th>family</th><th>value</th><th>95 % interval</th><th>verdict</th></tr></thead><tbody>${r.measures.map(m =>
    `<tr><td>${esc(m.name)}</td><td>${m.family}</td><td class="num">${fmt(m.value)}</td><td>${m.interval ? `${fmt(m.interval.lower)} – ${fmt(m.interval.upper)}` : ''}</td><td class="${m.pass ? 'pass' : 'fail'}">${m.pass ? 'pass' : 'FAIL'}</td></tr>`).join('')}</tbody></table>`;
  const withInterval = (v: number, i?: { lower: number; upper: number }) => (Number.isNaN(v) ? '—' : i ? `${fmt(v)} [${fmt(i.lower)} – ${fmt(i.upper)}]` : fmt(v));
  const byGroup = table([...r.sensitive, 'n', 'selection rate [95 %]', 'TPR [95 %]', 'FPR [95 %]', 'precision', 'accuracy'],
    groups.map(g => [...g.key, String(g.count), withInterval(g.values.selection_rate, g.intervals.selection_rate), withInterval(g.values.true_positive_rate, g.intervals.true_positive_rate),
      withInterval(g.values.false_positive_rate, g.intervals.false_positive_rate), g.values.precision, g.values.accuracy]));
  const composition = table(['group', 'rows', 'share', 'label prevalence'], r.composition.map(c => [c.group, String(c.count), pct(c.share), c.prevalence]));
  const bars = barsSvg(r.measures.filter(m => m.interval).map(m => ({ label: m.name, value: m.value, lower: m.interval!.lower, upper: m.interval!.upper, pass: m.pass })));
  const curves = r.curves.length
    ? curvesSvg('ROC curve by group', 'false positive rate', 'true positive rate', r.curves.map(c => ({ name: `${c.group} (AUC ${fmt(c.auc)})`, x: c.roc.fpr, y: c.roc.tpr }))) +
      curvesSvg('Calibration by group', 'mean predicted probability', 'observed share positive', r.curves.map(c => ({ name: c.group, x: c.calibration.meanPredicted, y: c.calibration.fractionPositive })))
    : '<p>No score column was given: ROC and calibration curves need predicted probabilities (score=).</p>';
  const aequitasFails = r.aequitas.filter(d => !d.pass && !Number.isNaN(d.disparity));
  const m = card.model ?? {};
  const detail = (k: string, v?: string) => `<tr><th>${esc(k)}</th><td>${v ? esc(v) : '<span class="missing">not provided</span>'}</td></tr>`;
  const found = findings(r);
  const tripod: [string, string, string, string][] = [
    ['3c', 'Health inequalities', 'Known health inequalities between sociodemographic groups', card.healthInequalities ?? ''],
    ['5a', 'Data: representativeness', 'Source of the data and how representative it is', `Group composition (Evaluation data): ${r.composition.length} groups of ${r.sensitive.join(' × ')}, smallest ${Math.min(...r.composition.map(c => c.count))} rows.`],
    ['14', 'Fairness', 'Approaches used to address model fairness, and why', `Measures: Fairlearn disparities, AIF360 and Aequitas at tau ${r.tau} against reference ${r.reference} (AIF360 privileged group: ${r.privileged}); ` +
      (r.mitigations.length ? `compared: ${r.mitigations.map(x => x.title).join('; ')}.` : 'no mitigation compared.')],
    ['20b', 'Participants', 'Characteristics of the data, including missing data, by group', `Composition table; ${missingRows} rows with a missing sensitive value (group "(missing)").`],
    ['23a', 'Model performance', 'Performance with confidence intervals, including for key subgroups', `By-group table with ${r.settings.nBoot} bootstrap replicates (seed ${r.settings.seed}), 95 % intervals.`],
    ['25', 'Interpretation', 'Overall interpretation, including fairness', card.interpretation ? `${card.interpretation} (Data: ${found[0]})` : `Data: ${found[0]} The authors' interpretation is to be completed.`]
  ];

  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="GenHealth Lab ${esc(version)}">
<title>${esc(title)}</title><style>${CSS}</style></head><body>
<h1>${esc(title)}</h1>
<p class="meta">${r.rows.toLocaleString('en')} rows · ${groups.length} groups of ${esc(r.sensitive.join(' × '))} · reference group ${esc(r.reference)} · tau ${r.tau} ·
labels '${esc(r.settings.yTrue)}', predictions '${esc(r.settings.yPred)}'${r.settings.score ? `, scores '${esc(r.settings.score)}'` : ''}${r.runId ? ` · lineage run <code>${esc(r.runId)}</code>` : ''} · GenHealth Lab ${esc(version)}</p>

<h2 id="summary">Summary</h2>
<p><strong>${failed} of ${r.measures.length} measures fail</strong> at tau ${r.tau} (Fairlearn's ratios, at most 1, pass at ≥ tau; AIF360's disparate impact passes within [tau, 1/tau]; differences pass at |d| ≤ 1 − tau).</p>
<ul>${found.map(f => `<li>${esc(f)}</li>`).join('')}</ul>
${verdicts}

<h2 id="model-card">Model Card</h2>
<p class="meta">Sections of Mitchell et al., "Model Cards for Model Reporting", FAT* 2019. Filled from the audited data where it can answer.</p>
<h3>Model details</h3>
<table>${detail('Name', m.name)}${detail('Version', m.version)}${detail('Type', m.type)}${detail('Developed by', m.developers)}${detail('Date', m.date)}${detail('Licence', m.license)}${detail('Contact', m.contact)}${detail('Citation', m.citation)}</table>
<h3>Intended use</h3>
<table>${detail('Primary uses', card.intendedUse?.primaryUses)}${detail('Primary users', card.intendedUse?.primaryUsers)}${detail('Out of scope', card.intendedUse?.outOfScope)}</table>
<h3>Factors</h3>
<p>Audited by ${esc(r.sensitive.join(' × '))}: ${groups.length} intersectional groups (${esc(groups.map(g => g.key.join(' × ')).join(', '))}). Missing values form the group "(missing)".</p>
<h3>Metrics</h3>
<p>Selection rate, true and false positive rates, precision and accuracy per group; Fairlearn's demographic parity, equalized odds and equal opportunity (difference and ratio between groups) with ${r.settings.nBoot} bootstrap replicates (seed ${r.settings.seed}) for 95 % intervals; AIF360's disparate impact, statistical parity, average odds, average predictive value and Theil indices with ${esc(r.privileged)} as the privileged group; Aequitas disparities against ${esc(r.reference)}. Overall: ${Object.entries(r.overall).map(([k, v]) => `${esc(k)} ${fmt(v)}`).join(', ')}.</p>
<h3>Evaluation data</h3>
${card.evaluationData ? `<p>${esc(card.evaluationData)}</p>` : ''}<p>${r.rows.toLocaleString('en')} rows; ${missingRows} with a missing sensitive value.</p>
${composition}
<h3>Training data</h3>
${para(card.trainingData, 'the training data (source, size, how it differs from the evaluation data) — pass { trainingData: "…" } to saveHtml')}
<h3>Quantitative analyses</h3>
<h4>By group, with 95 % bootstrap intervals</h4>
${byGroup}
<h4>Fairlearn disparities with 95 % intervals (green: pass)</h4>
${bars}
${heatTable(r)}
<div>${curves}</div>
<h4>Aequitas disparities outside [${r.tau}, ${fmt(1 / r.tau, 2)}] against ${esc(r.reference)}</h4>
${aequitasFails.length ? table(['group', 'metric', 'disparity'], aequitasFails.map(d => [d.group, d.metric, d.disparity])) : '<p>None.</p>'}
<h4>Mitigation: before and after</h4>
${mitigationsHtml(r)}
<h3>Ethical considerations</h3>
${para(card.ethicalConsiderations, 'ethical considerations (sensitive uses, risks, harms and how they were handled) — pass { ethicalConsiderations: "…" }')}
<h3>Caveats and recommendations</h3>
${card.caveats ? `<p>${esc(card.caveats)}</p>` : ''}<ul>${[...r.warnings, 'Group metrics describe this data set; a different population or time can change them. Re-audit after deployment.'].map(w => `<li>${esc(w)}</li>`).join('')}</ul>

<h2 id="tripod-ai">TRIPOD+AI fairness items</h2>
<p class="meta">Items of the TRIPOD+AI checklist (Collins et al., BMJ 2024;385:e078378) that concern fairness, paraphrased; see the statement for their exact wording.</p>
<table><thead><tr><th>item</th><th>topic</th><th>asks for</th><th>in this report</th></tr></thead><tbody>
${tripod.map(([item, topic, asks, answer]) => `<tr><td>${item}</td><td>${esc(topic)}</td><td>${esc(asks)}</td><td>${answer ? esc(answer) : '<span class="missing">to be completed by the authors</span>'}</td></tr>`).join('\n')}
</tbody></table>

<h2 id="methods">Definitions and sources</h2>
<p>Fairlearn 0.15 (MetricFrame semantics; rates undefined in a group are NaN, not 0), AIF360 0.6 (Bellamy et al. 2018), Aequitas (Saleiro et al. 2018); equalized odds and equal opportunity from Hardt, Price &amp; Srebro (NeurIPS 2016); reweighing from Kamiran &amp; Calders (2012); bootstrap quantiles with linear interpolation. The numbers equal those libraries' on the same inputs to 1e-9 (GenHealth Lab's tests).</p>
</body></html>
`;
}
