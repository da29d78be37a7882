/** Shared helpers of the notebook tests: run a notebook headless on the real kernel, find outputs. */
import { mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const notebooksDir = path.join(root, 'notebooks');
const require = createRequire(import.meta.url);
const { executeNotebookFile, sourceOf } = require(path.join(root, 'kernel-helpers', 'dist', 'client', 'notebook.js'));

export const notebooks = () => readdirSync(notebooksDir).filter(f => f.endsWith('.ipynb')).sort();

/** Executes a notebook with `genhealth`'s own runner, keeping a copy with outputs under the temp dir. */
export async function run(name, env) {
  const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'genhealth-nb-')), name);
  const nb = await executeNotebookFile(path.join(notebooksDir, name), out, { env: { ...process.env, GENHEALTH_HOME: path.dirname(out), ...env } });
  return { nb, out };
}

export const cellById = (nb, id) => {
  const cell = nb.cells.find(c => c.id === id);
  if (!cell) throw new Error(`no cell with id ${id}`);
  return cell;
};

export const textOf = output => output.data?.['text/plain'] ?? output.text ?? output.evalue ?? '';
export { sourceOf };
