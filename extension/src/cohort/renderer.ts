/**
 * Renderer of `application/vnd.genhealth.cohort+json`: counts and breakdowns, an age pyramid,
 * condition prevalence next to the expected values, a few patients' lab trajectories and the
 * patient table. Charts load plotly on first render.
 */
import type { IRenderMime } from '@jupyterlab/rendermime-interfaces';
import { h, headRow } from '../rendering/dom';
import { mimeTypeOf, type GenHealthPayload } from '../rendering/payload';
import { GenHealthRenderer } from '../rendering/renderer';
import type { Cell, TableColumn } from '../table/model';
import { PagedTable } from '../table/view';
import { baseLayout, loadPlotly, PLOT_CONFIG, plotText } from './plotly';

export const MIME_TYPE = mimeTypeOf('cohort');

interface CohortPayload extends GenHealthPayload {
  summary: { patients: number; simulated: number; alive: number; deceased: number; seed: number; reference_date: string; modules: string[]; mean_age: number };
  demographics: { pyramid: { bands: string[]; female: number[]; male: number[] }; sex: Record<string, number>; race: Record<string, number>; ethnicity: Record<string, number> };
  prevalence: { code: string; system: string; display: string; patients: number; share: number; scope: 'all' | 'adults'; expected_share?: number; expected_source?: string }[];
  trajectories: { code: string; display: string; unit: string; series: { patient: string; points: [number, number][] }[] } | null;
  patients: { columns: TableColumn[]; data: Cell[][]; rows: number };
}

const pct = (x: number) => `${(x * 100).toFixed(x < 0.01 ? 3 : 1)} %`;

function breakdown(title: string, counts: Record<string, number>, total: number): HTMLElement {
  const rows = Object.entries(counts).sort((a, b) => b[1] - a[1]);
  return h('div', { className: 'jp-GenHealthCohort-breakdown' }, h('strong', {}, title), h('table', {}, h('tbody', {}, ...rows.map(([k, v]) => h('tr', {}, h('td', {}, k), h('td', { className: 'jp-mod-number' }, String(v)), h('td', { className: 'jp-mod-number' }, pct(v / total)))))));
}

export class CohortRenderer extends GenHealthRenderer<CohortPayload> {
  protected readonly kind = 'cohort' as const;

  protected async render(p: CohortPayload): Promise<void> {
    this.addClass('jp-GenHealthCohort');
    const s = p.summary;
    this.node.append(
      h('div', { className: 'jp-GenHealthCohort-header' },
        h('strong', {}, `${s.patients.toLocaleString('en')} synthetic patients`),
        ` · ${s.simulated.toLocaleString('en')} simulated · seed ${s.seed} · up to ${s.reference_date} · ${s.modules.join(', ')}`),
      h('div', { className: 'jp-GenHealthCohort-breakdowns' },
        breakdown('Vital status', { alive: s.alive, deceased: s.deceased }, s.patients),
        breakdown('Sex', p.demographics.sex, s.patients),
        breakdown('Race', p.demographics.race, s.patients),
        breakdown('Ethnicity', p.demographics.ethnicity, s.patients),
        h('div', { className: 'jp-GenHealthCohort-breakdown' }, h('strong', {}, 'Mean age'), h('div', {}, `${s.mean_age} years`)))
    );
    const prevalenceTable = h('table', { className: 'jp-GenHealthCohort-prevalence' },
      headRow(['condition', 'code', 'patients', 'observed', 'among', 'expected', 'source']),
      h('tbody', {}, ...p.prevalence.map(r => h('tr', { attrs: { 'data-code': r.code } }, h('td', {}, r.display), h('td', {}, `${r.system} ${r.code}`), h('td', { className: 'jp-mod-number' }, String(r.patients)), h('td', { className: 'jp-mod-number' }, pct(r.share)), h('td', {}, r.scope === 'adults' ? 'adults' : 'all patients'), h('td', { className: 'jp-mod-number' }, r.expected_share === undefined ? '—' : pct(r.expected_share)), h('td', { className: 'jp-GenHealthCohort-source' }, r.expected_source ?? '')))));
    const charts = h('div', { className: 'jp-GenHealthCohort-charts' });
    const pyramid = h('div', { className: 'jp-GenHealthCohort-chart', attrs: { 'data-chart': 'pyramid' } });
    const prevalence = h('div', { className: 'jp-GenHealthCohort-chart', attrs: { 'data-chart': 'prevalence' } });
    const trajectories = h('div', { className: 'jp-GenHealthCohort-chart', attrs: { 'data-chart': 'trajectories' } });
    charts.append(pyramid, prevalence, ...(p.trajectories ? [trajectories] : []));
    const table = h('div', { className: 'jp-GenHealthCohort-patients' });
    this.node.append(charts, h('div', { className: 'jp-GenHealthCohort-section' }, h('strong', {}, 'Condition prevalence'), prevalenceTable), table);
    new PagedTable(table, { columns: p.patients.columns, data: p.patients.data, pageSize: 10, title: 'Patients', totalRows: p.patients.rows });

    const Plotly = await loadPlotly();
    const bands = p.demographics.pyramid.bands;
    await Plotly.newPlot(pyramid, [
      { type: 'bar', orientation: 'h', name: 'male', y: bands, x: p.demographics.pyramid.male.map(v => -v), customdata: p.demographics.pyramid.male, hovertemplate: '%{y}: %{customdata} male<extra></extra>' },
      { type: 'bar', orientation: 'h', name: 'female', y: bands, x: p.demographics.pyramid.female, hovertemplate: '%{y}: %{x} female<extra></extra>' }
    ], baseLayout('Age pyramid (age at the reference date)', { barmode: 'overlay', bargap: 0.1, xaxis: { title: { text: 'patients (male left, female right)' } } }), PLOT_CONFIG);
    const top = p.prevalence.slice(0, 12);
    const labels = top.map(r => plotText(r.display.replace(/ \((disorder|finding)\)$/, '')));
    await Plotly.newPlot(prevalence, [
      { type: 'bar', orientation: 'h', name: 'observed', y: labels, x: top.map(r => r.share * 100) },
      { type: 'bar', orientation: 'h', name: 'expected', y: labels, x: top.map(r => (r.expected_share ?? NaN) * 100) }
    ], baseLayout('Condition prevalence, % (adults where the source is about adults)', { barmode: 'group', height: 120 + 28 * top.length, margin: { l: 220, r: 20, t: 36, b: 40 }, yaxis: { autorange: 'reversed' } }), PLOT_CONFIG);
    if (p.trajectories) {
      const t = p.trajectories;
      await Plotly.newPlot(trajectories, t.series.map(sr => ({ type: 'scatter', mode: 'lines+markers', name: sr.patient, x: sr.points.map(q => q[0]), y: sr.points.map(q => q[1]) })),
        baseLayout(`${t.display} of ${t.series.length} patients (${t.unit})`, { xaxis: { title: { text: 'age (years)' } }, yaxis: { title: { text: plotText(t.unit) } }, showlegend: false }), PLOT_CONFIG);
    }
  }
}

export const cohortExtension: IRenderMime.IExtension = {
  id: 'jupyterlab-genhealth:cohort-renderer',
  description: 'Renders GenHealth cohorts: breakdowns, charts and the patient table.',
  rendererFactory: { safe: true, mimeTypes: [MIME_TYPE], defaultRank: 20, createRenderer: options => new CohortRenderer(options) },
  rank: 20,
  dataType: 'json'
};
