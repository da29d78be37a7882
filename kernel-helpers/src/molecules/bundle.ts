/**
 * `application/vnd.genhealth.molecules+json`: the molecules with their properties, depictions of
 * the first ones (sanitised SVG), the sampling statistics and the metrics. Summary: molecules,
 * model, notation, sampled, acceptance_rate. Small sets carry their SD file for the export button.
 */
import { escapeHtml, genhealthBundle, htmlTable, textTable, type MimeBundle } from '../display/bundle';
import { depiction, withMol } from './chem';
import { PROPERTY_COLUMNS, type MoleculeSet } from './library';

/** Depictions for the grid: enough to browse, few enough to keep the notebook small. */
export const DEPICTED = 200;
const SDF_MAX = 500;

export function moleculesBundle(set: MoleculeSet, runId: string): MimeBundle {
  const d = set.info.design;
  const payload = {
    version: 1 as const,
    kind: 'molecules' as const,
    run_id: runId,
    summary: { molecules: set.size, model: set.info.model ?? null, notation: set.info.notation ?? null, sampled: d?.sampled ?? null, acceptance_rate: d?.acceptanceRate ?? null },
    columns: PROPERTY_COLUMNS,
    molecules: set.molecules.map((m, i) => ({
      smiles: m.smiles,
      properties: m.properties,
      ...(m.similarity !== undefined ? { similarity: m.similarity } : {}),
      ...(i < DEPICTED ? { svg: withMol(m.smiles, mol => depiction(mol, 180, 140)) } : {})
    })),
    design: d ?? null,
    metrics: set.info.metrics ?? {},
    seconds: set.info.seconds ?? null,
    sdf: set.size <= SDF_MAX ? set.toSDF() : null
  };
  const head = d
    ? `${set.size} molecules from ${d.sampled} samples of ${set.info.model} (${set.info.notation}${d.guarded ? ', guarded' : ''}; ${(100 * d.acceptanceRate).toFixed(1)} % accepted, method ${d.method}).`
    : `${set.size} molecules.`;
  const columns = ['smiles', ...PROPERTY_COLUMNS];
  const rows = set.molecules.slice(0, 20).map(m => [m.smiles, ...PROPERTY_COLUMNS.map(c => Number(m.properties[c].toFixed(3)))]);
  const metrics = Object.entries(set.info.metrics ?? {}).map(([k, v]) => [k, Number(v.toFixed(4))]);
  const more = set.size > 20 ? `\n… ${set.size - 20} more` : '';
  return genhealthBundle(payload, {
    text: `${head}\n\n${textTable(columns, rows)}${more}${metrics.length ? `\n\n${textTable(['metric', 'value'], metrics)}` : ''}`,
    html: `<p>${escapeHtml(head)}</p>${htmlTable(columns, rows, 'Molecules')}${metrics.length ? htmlTable(['metric', 'value'], metrics, 'Metrics') : ''}`
  });
}
