/**
 * Renderer of `application/vnd.genhealth.molecules+json`: property filters, a paged grid of
 * structures, the sortable property table, the run's metrics and exports (SDF, CSV, SMILES).
 * Depictions arrive as sanitised SVG and are shown as images (data URIs), so no SVG markup
 * ever enters the page's DOM.
 */
import type { IRenderMime } from '@jupyterlab/rendermime-interfaces';
import { h } from '../rendering/dom';
import { mimeTypeOf, type GenHealthPayload } from '../rendering/payload';
import { GenHealthRenderer } from '../rendering/renderer';
import type { Cell, TableColumn } from '../table/model';
import { PagedTable } from '../table/view';

export const MIME_TYPE = mimeTypeOf('molecules');

interface Molecule {
  smiles: string;
  properties: Record<string, number>;
  similarity?: number;
  svg?: string;
}

interface MoleculesPayload extends GenHealthPayload {
  summary: { molecules: number; model: string | null; notation: string | null; sampled: number | null; acceptance_rate: number | null };
  columns: string[];
  molecules: Molecule[];
  design: { method: string; sampled: number; valid: number; unique: number; budgetExhausted: boolean; guarded?: boolean; redrawn?: number; threads?: number } | null;
  metrics: Record<string, number>;
  seconds: number | null;
  sdf: string | null;
}

const GRID_PAGE = 24;
/** The filters offered above the grid: the properties constraints are usually about. */
const FILTERED = ['mw', 'logp', 'qed'] as const;
const LABELS: Record<string, string> = { mw: 'MW', logp: 'logP', qed: 'QED', tpsa: 'TPSA', hbd: 'HBD', hba: 'HBA', rotb: 'rot. bonds', heavyAtoms: 'heavy atoms', aromaticRings: 'arom. rings' };
const fmt = (x: number | undefined) => (x === undefined || x === null || Number.isNaN(x) ? '—' : Number.isInteger(x) ? String(x) : x.toFixed(2));

/** An image of a depiction; only strings that are SVG documents are accepted. */
function structureImage(svg: string | undefined, smiles: string): HTMLElement {
  if (!svg || !svg.trimStart().startsWith('<svg')) return h('div', { className: 'jp-GenHealthMolecules-noDepiction' }, 'no depiction');
  const img = document.createElement('img');
  img.alt = smiles;
  img.src = `data:image/svg+xml;base64,${btoa(unescape(encodeURIComponent(svg)))}`;
  return img;
}

function download(name: string, text: string, type: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], { type }));
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

export class MoleculesRenderer extends GenHealthRenderer<MoleculesPayload> {
  protected readonly kind = 'molecules' as const;
  private payload!: MoleculesPayload;
  private ranges: Record<string, { min?: number; max?: number }> = {};
  private page = 0;
  private readonly grid = h('div', { className: 'jp-GenHealthMolecules-grid' });
  private readonly gridNav = h('div', { className: 'jp-GenHealthMolecules-nav' });
  private readonly count = h('span', { className: 'jp-GenHealthMolecules-count' });
  private readonly tableHost = h('div', { className: 'jp-GenHealthMolecules-table' });

  protected render(p: MoleculesPayload): void {
    this.payload = p;
    this.addClass('jp-GenHealthMolecules');
    const s = p.summary;
    // A SELFIES guard redraws the strings it drops (repaired by the decoder, or not canonical): say how many, its cost.
    const guard = p.design?.guarded ? `, guarded${p.design.redrawn ? `, ${p.design.redrawn.toLocaleString('en')} redrawn` : ''}` : '';
    const origin = s.model ? ` from ${s.sampled?.toLocaleString('en')} samples of ${s.model} (${s.notation}${guard}), ${((s.acceptance_rate ?? 0) * 100).toFixed(1)} % accepted by ${p.design?.method}` : '';
    this.node.append(
      h('div', { className: 'jp-GenHealthMolecules-header' }, h('strong', {}, `${s.molecules.toLocaleString('en')} molecules`), `${origin}${p.seconds ? ` · ${p.seconds.toFixed(1)} s` : ''}${(p.design?.threads ?? 1) > 1 ? ` on ${p.design!.threads} threads` : ''}`),
      ...(p.design?.budgetExhausted ? [h('div', { className: 'jp-GenHealthMolecules-warning' }, 'The sampling budget ran out before n molecules qualified: widen the constraints or raise budget=.')] : []),
      this.metricsTable(),
      this.filterBar(),
      this.grid,
      this.gridNav,
      this.tableHost
    );
    this.refresh();
  }

  private metricsTable(): HTMLElement | string {
    const entries = Object.entries(this.payload.metrics);
    if (!entries.length) return '';
    return h('table', { className: 'jp-GenHealthMolecules-metrics' },
      h('tbody', {}, h('tr', {}, ...entries.map(([k]) => h('th', {}, k.replace(/_/g, ' ')))), h('tr', {}, ...entries.map(([k, v]) => h('td', { className: 'jp-mod-number', attrs: { 'data-metric': k } }, v.toFixed(3))))));
  }

  private filterBar(): HTMLElement {
    const input = (key: string, end: 'min' | 'max') => {
      const el = h('input', { className: 'jp-GenHealthMolecules-filter', title: `${LABELS[key]} ${end}`, attrs: { type: 'number', step: 'any', placeholder: end, 'data-filter': `${key}-${end}` } });
      el.addEventListener('input', () => {
        const v = el.value.trim() === '' ? undefined : Number(el.value);
        this.ranges[key] = { ...this.ranges[key], [end]: Number.isFinite(v) ? v : undefined };
        this.page = 0;
        this.refresh();
      });
      return el;
    };
    const p = this.payload;
    const button = (label: string, action: () => void, enabled = true) => {
      const b = h('button', { title: enabled ? `Download ${label}` : 'Too many molecules to carry an SD file: use .save("file.sdf") in the kernel', onClick: action });
      b.textContent = label;
      b.disabled = !enabled;
      return b;
    };
    return h('div', { className: 'jp-GenHealthMolecules-toolbar' },
      ...FILTERED.flatMap(key => [h('label', {}, LABELS[key]), input(key, 'min'), input(key, 'max')]),
      this.count,
      button('SDF', () => download('molecules.sdf', this.sdf(), 'chemical/x-mdl-sdfile'), p.sdf !== null),
      button('CSV', () => download('molecules.csv', this.csv(), 'text/csv')),
      button('SMILES', () => download('molecules.smi', this.visible().map(m => m.smiles).join('\n') + '\n', 'text/plain')));
  }

  private visible(): Molecule[] {
    return this.payload.molecules.filter(m => Object.entries(this.ranges).every(([k, r]) => {
      const v = m.properties[k];
      return (r.min === undefined || v >= r.min) && (r.max === undefined || v <= r.max);
    }));
  }

  /** The SD records of the molecules the filters let through (records are in molecule order). */
  private sdf(): string {
    const records = (this.payload.sdf ?? '').split('$$$$\n');
    const shown = new Set(this.visible());
    return this.payload.molecules.flatMap((m, i) => (shown.has(m) && records[i] ? [`${records[i]}$$$$\n`] : [])).join('');
  }

  private csv(): string {
    const cols = this.payload.columns;
    const shown = this.visible();
    const similarity = shown.some(m => m.similarity !== undefined);
    const quote = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
    const row = (m: Molecule) => [quote(m.smiles), ...cols.map(c => String(m.properties[c])), ...(similarity ? [String(m.similarity ?? '')] : [])].join(',');
    return [['smiles', ...cols, ...(similarity ? ['similarity'] : [])].join(','), ...shown.map(row)].join('\n') + '\n';
  }

  /** After a filter changes: the count, the grid from its first page, and the table. */
  private refresh(): void {
    const shown = this.visible();
    this.count.textContent = `showing ${shown.length} of ${this.payload.molecules.length}`;
    this.drawGrid(shown.filter(m => m.svg));
    const cols = this.payload.columns;
    const similarity = shown.some(m => m.similarity !== undefined);
    const columns: TableColumn[] = [{ name: 'smiles', type: 'string' }, ...cols.map(c => ({ name: c, type: 'number' as const })), ...(similarity ? [{ name: 'similarity', type: 'number' as const }] : [])];
    const data: Cell[][] = [shown.map(m => m.smiles), ...cols.map(c => shown.map(m => m.properties[c])), ...(similarity ? [shown.map(m => m.similarity ?? null)] : [])];
    new PagedTable(this.tableHost, { columns, data, pageSize: 10, title: 'Properties' });
  }

  /** One page of structures; paging redraws only the grid, so the table keeps its sort and page. */
  private drawGrid(depicted: Molecule[]): void {
    const pages = Math.max(1, Math.ceil(depicted.length / GRID_PAGE));
    this.page = Math.min(this.page, pages - 1);
    this.grid.textContent = '';
    this.grid.append(...depicted.slice(this.page * GRID_PAGE, (this.page + 1) * GRID_PAGE).map(m =>
      h('figure', { className: 'jp-GenHealthMolecules-card', title: m.smiles },
        structureImage(m.svg, m.smiles),
        h('figcaption', {}, h('code', {}, m.smiles), h('div', {}, `MW ${fmt(m.properties.mw)} · logP ${fmt(m.properties.logp)} · QED ${fmt(m.properties.qed)}${m.similarity !== undefined ? ` · sim ${fmt(m.similarity)}` : ''}`)))));
    const go = (page: number) => () => {
      this.page = Math.max(0, Math.min(pages - 1, page));
      this.drawGrid(depicted);
    };
    this.gridNav.textContent = '';
    if (pages > 1) this.gridNav.append(h('button', { onClick: go(this.page - 1) }, '‹'), ` structures page ${this.page + 1} of ${pages} `, h('button', { onClick: go(this.page + 1) }, '›'));
  }
}

export const moleculesExtension: IRenderMime.IExtension = {
  id: 'jupyterlab-genhealth:molecules-renderer',
  description: 'Renders GenHealth molecule sets: structure grid, filters, property table, metrics and exports.',
  rendererFactory: { safe: true, mimeTypes: [MIME_TYPE], defaultRank: 20, createRenderer: options => new MoleculesRenderer(options) },
  rank: 20,
  dataType: 'json'
};
