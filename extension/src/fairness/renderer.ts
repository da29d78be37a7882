/**
 * Renderer of `application/vnd.genhealth.fairness+json`: a verdict per measure, the by-group table
 * with bootstrap intervals, disparities with their intervals and, for two sensitive features, an
 * intersectional heat map of selection rates. Charts load plotly on first render.
 */
import type { IRenderMime } from '@jupyterlab/rendermime-interfaces';
import { baseLayout, loadPlotly, PLOT_CONFIG, plotText } from '../cohort/plotly';
import { h, headRow } from '../rendering/dom';
import { mimeTypeOf, type GenHealthPayload } from '../rendering/payload';
import { GenHealthRenderer } from '../rendering/renderer';

export const MIME_TYPE = mimeTypeOf('fairness');

interface Interval {
  lower: number;
  upper: number;
}

interface FairnessPayload extends GenHealthPayload {
  summary: { rows: number; groups: number; measures: number; failed: number; tau: number; reference: string };
  sensitive: string[];
  byGroup: { key: string[]; count: number; values: Record<string, number>; intervals: Record<string, Interval> }[];
  measures: { name: string; family: string; value: number | null; interval?: Interval; pass: boolean }[];
  /** Present when the report had a score column. */
  curves?: { group: string; count: number; auc: number; roc: { fpr: number[]; tpr: number[] }; calibration: { meanPredicted: number[]; fractionPositive: number[]; counts: number[] } }[];
  /** Before/after comparisons (mitigations run in the report, or an earlier report). */
  mitigations?: Comparison[];
  warnings: string[];
}

interface Comparison {
  method: string;
  title: string;
  note: string;
  rows: { measure: string; before: number | null; after: number | null; passBefore?: boolean; passAfter?: boolean }[];
  groups: { group: string; metric: string; before: number | null; after: number | null }[];
  details: { columns: string[]; rows: (string | number | null)[][] };
}

const fmt = (x: number | null | undefined) => (x === null || x === undefined || Number.isNaN(x) ? '—' : x.toFixed(3));
const span = (i?: Interval) => (i ? `${fmt(i.lower)} – ${fmt(i.upper)}` : '');
/** A rate with its interval; an undefined rate (no positives, say) is a bare dash. */
const rate = (x: number | undefined, i?: Interval) =>
  x === undefined || x === null || Number.isNaN(x) ? '—' : i ? `${fmt(x)} [${span(i)}]` : fmt(x);

const verdict = (pass?: boolean) => (pass === undefined ? '' : pass ? 'pass' : 'fail');
const verdictCell = (pass?: boolean) => h('td', { className: pass === undefined ? '' : pass ? 'jp-mod-pass' : 'jp-mod-fail' }, verdict(pass));

/** One before/after panel: the measures side by side with their verdicts, what the mitigation chose, and a chart slot. */
function comparisonPanel(c: Comparison): { panel: HTMLElement; chart: HTMLElement } {
  const chart = h('div', { className: 'jp-GenHealthCohort-chart', attrs: { 'data-chart': `mitigation-${c.method}` } });
  const panel = h('section', { className: 'jp-GenHealthFairness-mitigation', attrs: { 'data-method': c.method } },
    h('h4', {}, `Before → after: ${c.title}`),
    h('p', {}, c.note),
    h('table', { className: 'jp-GenHealthFairness-comparison' },
      headRow(['measure', 'before', 'after', 'verdict before', 'verdict after']),
      h('tbody', {}, ...c.rows.map(r => h('tr', { attrs: { 'data-measure': r.measure } },
        h('td', {}, r.measure), h('td', { className: 'jp-mod-number' }, fmt(r.before)), h('td', { className: 'jp-mod-number' }, fmt(r.after)),
        verdictCell(r.passBefore), verdictCell(r.passAfter))))),
    ...(c.details.rows.length ? [h('table', { className: 'jp-GenHealthFairness-details' }, headRow(c.details.columns),
      h('tbody', {}, ...c.details.rows.map(r => h('tr', {}, ...r.map(v => h('td', { className: typeof v === 'number' ? 'jp-mod-number' : '' }, typeof v === 'number' ? (Number.isInteger(v) ? String(v) : fmt(v)) : v === null ? '—' : String(v)))))))] : []),
    chart);
  return { panel, chart };
}

/** A layout for curves on [0, 1] × [0, 1], keeping the theme's axis colours. */
function unitSquare(title: string, x: string, y: string): Record<string, unknown> {
  const layout = baseLayout(title, { margin: { l: 60, r: 20, t: 36, b: 100 }, height: 350, legend: { orientation: 'h', y: -0.3 } });
  const axis = (base: unknown, text: string) => ({ ...(base as object), title: { text }, range: [0, 1] });
  return { ...layout, xaxis: axis(layout.xaxis, x), yaxis: axis(layout.yaxis, y) };
}

export class FairnessRenderer extends GenHealthRenderer<FairnessPayload> {
  protected readonly kind = 'fairness' as const;

  protected async render(p: FairnessPayload): Promise<void> {
    this.addClass('jp-GenHealthFairness');
    const s = p.summary;
    this.node.append(
      h('div', { className: 'jp-GenHealthFairness-header' },
        h('strong', {}, `${s.failed} of ${s.measures} measures fail`),
        ` at tau ${s.tau} · ${s.rows.toLocaleString('en')} rows · ${s.groups} groups of ${p.sensitive.join(' × ')} · reference ${s.reference}`),
      ...p.warnings.map(w => h('div', { className: 'jp-GenHealthFairness-warning' }, w)),
      h('table', { className: 'jp-GenHealthFairness-measures' },
        headRow(['measure', 'family', 'value', '95 % interval', 'verdict']),
        h('tbody', {}, ...p.measures.map(m => h('tr', { attrs: { 'data-measure': m.name } },
          h('td', {}, m.name), h('td', {}, m.family), h('td', { className: 'jp-mod-number' }, fmt(m.value)), h('td', {}, span(m.interval)),
          h('td', { className: m.pass ? 'jp-mod-pass' : 'jp-mod-fail' }, m.pass ? 'pass' : 'fail'))))),
      h('table', { className: 'jp-GenHealthFairness-groups' },
        headRow([...p.sensitive, 'n', 'selection rate', 'TPR', 'FPR', 'precision', 'accuracy']),
        h('tbody', {}, ...p.byGroup.filter(g => g.count > 0).map(g => h('tr', {},
          ...g.key.map(k => h('td', {}, k)), h('td', { className: 'jp-mod-number' }, String(g.count)),
          h('td', { title: span(g.intervals.selection_rate) }, rate(g.values.selection_rate, g.intervals.selection_rate)),
          h('td', { title: span(g.intervals.true_positive_rate) }, rate(g.values.true_positive_rate, g.intervals.true_positive_rate)),
          h('td', { title: span(g.intervals.false_positive_rate) }, rate(g.values.false_positive_rate, g.intervals.false_positive_rate)),
          h('td', { className: 'jp-mod-number' }, fmt(g.values.precision)), h('td', { className: 'jp-mod-number' }, fmt(g.values.accuracy))))))
    );
    const charts = h('div', { className: 'jp-GenHealthCohort-charts' });
    const disparities = h('div', { className: 'jp-GenHealthCohort-chart', attrs: { 'data-chart': 'disparities' } });
    charts.append(disparities);
    const heat = p.sensitive.length === 2 ? h('div', { className: 'jp-GenHealthCohort-chart', attrs: { 'data-chart': 'heatmap' } }) : null;
    if (heat) charts.append(heat);
    const curves = p.curves ?? [];
    const roc = curves.length ? h('div', { className: 'jp-GenHealthCohort-chart', attrs: { 'data-chart': 'roc' } }) : null;
    const calibration = curves.length ? h('div', { className: 'jp-GenHealthCohort-chart', attrs: { 'data-chart': 'calibration' } }) : null;
    if (roc && calibration) charts.append(roc, calibration);
    this.node.append(charts);
    const panels = (p.mitigations ?? []).map(comparisonPanel);
    this.node.append(...panels.map(x => x.panel));

    const Plotly = await loadPlotly();
    const withInterval = p.measures.filter(m => m.interval && m.value !== null);
    await Plotly.newPlot(disparities, [{
      type: 'bar', orientation: 'h', y: withInterval.map(m => plotText(m.name)), x: withInterval.map(m => m.value),
      error_x: { type: 'data', symmetric: false, array: withInterval.map(m => m.interval!.upper - m.value!), arrayminus: withInterval.map(m => m.value! - m.interval!.lower) },
      marker: { color: withInterval.map(m => (m.pass ? '#2e7d32' : '#c62828')) }
    }], baseLayout('Fairlearn disparities with 95 % intervals (green: pass)', { margin: { l: 220, r: 20, t: 36, b: 40 }, yaxis: { autorange: 'reversed' } }), PLOT_CONFIG);
    if (heat) {
      const rows = [...new Set(p.byGroup.map(g => g.key[0]))];
      const cols = [...new Set(p.byGroup.map(g => g.key[1]))];
      const z = rows.map(r => cols.map(c => {
        const g = p.byGroup.find(x => x.key[0] === r && x.key[1] === c);
        return g && g.count ? g.values.selection_rate : null;
      }));
      await Plotly.newPlot(heat, [{ type: 'heatmap', x: cols.map(plotText), y: rows.map(plotText), z, colorscale: 'Viridis', hovertemplate: '%{y} × %{x}: %{z:.3f}<extra></extra>' }],
        baseLayout(`Selection rate by ${plotText(p.sensitive.join(' × '))}`, { margin: { l: 80, r: 20, t: 36, b: 60 } }), PLOT_CONFIG);
    }
    if (roc && calibration) {
      const diagonal = { type: 'scatter', mode: 'lines', x: [0, 1], y: [0, 1], line: { dash: 'dot', color: '#999' }, showlegend: false, hoverinfo: 'skip' };
      await Plotly.newPlot(roc, [diagonal, ...curves.map(c => ({
        type: 'scatter', mode: 'lines', name: `${plotText(c.group)} (AUC ${fmt(c.auc)})`, x: c.roc.fpr, y: c.roc.tpr
      }))], unitSquare('ROC curve by group', 'false positive rate', 'true positive rate'), PLOT_CONFIG);
      await Plotly.newPlot(calibration, [diagonal, ...curves.map(c => ({
        type: 'scatter', mode: 'lines+markers', name: plotText(c.group), x: c.calibration.meanPredicted, y: c.calibration.fractionPositive,
        text: c.calibration.counts.map(n => `${n} rows`), hovertemplate: '%{x:.2f} → %{y:.2f} (%{text})<extra>%{fullData.name}</extra>'
      }))], unitSquare('Calibration by group', 'mean predicted probability', 'observed share positive'), PLOT_CONFIG);
    }
    for (const [i, { chart }] of panels.entries()) {
      const groups = p.mitigations![i].groups;
      const labels = groups.map(g => plotText(`${g.group}: ${g.metric.replace(/_/g, ' ')}`));
      const layout = baseLayout('By group, before and after', { barmode: 'group', margin: { l: 50, r: 20, t: 36, b: 120 } });
      await Plotly.newPlot(chart, [
        { type: 'bar', name: 'before', x: labels, y: groups.map(g => g.before), marker: { color: '#9e9e9e' } },
        { type: 'bar', name: 'after', x: labels, y: groups.map(g => g.after), marker: { color: '#1565c0' } }
      ], { ...layout, yaxis: { ...(layout.yaxis as object), range: [0, 1] } }, PLOT_CONFIG);
    }
  }
}

export const fairnessExtension: IRenderMime.IExtension = {
  id: 'jupyterlab-genhealth:fairness-renderer',
  description: 'Renders GenHealth fairness reports: verdicts, groups with intervals, disparities and a heat map.',
  rendererFactory: { safe: true, mimeTypes: [MIME_TYPE], defaultRank: 20, createRenderer: options => new FairnessRenderer(options) },
  rank: 20,
  dataType: 'json'
};
