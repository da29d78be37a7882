/**
 * A set of molecules with their properties, as `%%molecules` binds it: exports to SDF, CSV and
 * SMILES, a Table for further analysis, and the run's statistics and metrics.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Table } from '../table/model';
import { field } from '../cohort/export/csv';
import { withMol } from './chem';
import type { DesignedMolecule, DesignResult, MoleculeProperties } from './design';

export const PROPERTY_COLUMNS: (keyof MoleculeProperties)[] = ['mw', 'logp', 'qed', 'tpsa', 'hbd', 'hba', 'rotb', 'heavyAtoms', 'aromaticRings'];

export interface MoleculeSetInfo {
  model?: string;
  notation?: string;
  /** The sampling statistics, when the molecules were generated. */
  design?: Omit<DesignResult, 'molecules'>;
  /** MOSES metrics of the set, by name. */
  metrics?: Record<string, number>;
  seconds?: number;
}

export class MoleculeSet {
  constructor(readonly molecules: DesignedMolecule[], readonly info: MoleculeSetInfo = {}) {}

  get size(): number {
    return this.molecules.length;
  }

  get smiles(): string[] {
    return this.molecules.map(m => m.smiles);
  }

  table(): Table {
    const similarity = this.molecules.some(m => m.similarity !== undefined);
    return Table.fromRecords(this.molecules.map(m => ({ smiles: m.smiles, ...m.properties, ...(similarity ? { similarity: m.similarity ?? null } : {}) })));
  }

  toSMILES(): string {
    return this.smiles.join('\n') + (this.size ? '\n' : '');
  }

  toCSV(): string {
    const t = this.table();
    const rows = t.toRecords().map(r => t.columns.map(c => field(r[c.name])).join(','));
    return [t.columns.map(c => c.name).join(','), ...rows].join('\n') + '\n';
  }

  /** MDL SD file: 2D coordinates from RDKit, the SMILES as title, the properties as data fields. */
  toSDF(): string {
    return this.molecules.map(m => {
      const block = withMol(m.smiles, mol => {
        mol.set_new_coords();
        return mol.get_molblock();
      }) ?? '';
      const lines = block.split('\n');
      lines[0] = m.smiles;
      const fields = Object.entries({ ...m.properties, ...(m.similarity !== undefined ? { similarity: m.similarity } : {}) })
        .map(([k, v]) => `> <${k}>\n${Number.isInteger(v) ? v : Number(v).toFixed(4)}\n`).join('\n');
      return `${lines.join('\n').trimEnd()}\n${fields}\n$$$$\n`;
    }).join('');
  }

  /** Writes SDF, CSV or SMILES by the file's extension (.sdf, .csv, .smi); returns the absolute path. */
  save(file: string): string {
    const ext = path.extname(file).toLowerCase();
    const writers: Record<string, () => string> = { '.sdf': () => this.toSDF(), '.csv': () => this.toCSV(), '.smi': () => this.toSMILES(), '.smiles': () => this.toSMILES() };
    const write = writers[ext];
    if (!write) throw new RangeError(`cannot save molecules as '${ext || file}': use .sdf, .csv or .smi`);
    const target = path.resolve(file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, write());
    return target;
  }
}
