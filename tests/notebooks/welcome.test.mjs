/** The welcome lesson, executed headless on the real kernel, with its key outputs asserted. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { cellById, notebooksDir, root, run, textOf } from './helpers.mjs';

describe('notebooks/welcome.ipynb', () => {
  let nb;
  before(async () => {
    ({ nb } = await run('welcome.ipynb'));
  });

  it('lists the magics', () => {
    const text = textOf(cellById(nb, 'lsmagic').outputs[0]);
    for (const magic of ['%backend', '%lsmagic', '%seed', '%%table', '%%help']) assert.match(text, new RegExp(magic));
  });

  it('runs on the wasm backend and says why the native ones were not used', () => {
    const text = textOf(cellById(nb, 'backend').outputs[0]);
    assert.match(text, /^TensorFlow.js backend: wasm\nDevice: CPU via WebAssembly/);
    assert.match(text, /@tensorflow\/tfjs-node-gpu\s+unavailable\s+not installed/);
    assert.equal(textOf(cellById(nb, 'backend-name').outputs[0]), "'wasm'");
  });

  it('shows the patients as a table payload', () => {
    const data = cellById(nb, 'table').outputs[0].data;
    const payload = data['application/vnd.genhealth.table+json'];
    assert.deepEqual(payload.summary, { rows: 12, columns: 6, shown_rows: 12 });
    assert.deepEqual(payload.sort, { column: 'hba1c', descending: true });
    assert.equal(payload.page_size, 5);
    assert.match(data['text/html'], /<caption>Twelve invented patients \(12 rows\)<\/caption>/);
  });

  it('computes the group means from the bound Table', () => {
    assert.equal(textOf(cellById(nb, 'means').outputs[0]), '{ withDiabetes: 7.36, withoutDiabetes: 5.48 }');
  });

  it('answers the typo with a MagicError and still runs the next cell', () => {
    const [error] = cellById(nb, 'error').outputs;
    assert.equal(error.output_type, 'error');
    assert.equal(error.ename, 'MagicError');
    assert.match(error.evalue, /unknown option 'pagesize' for %%table\. Did you mean 'page_size'\?/);
    assert.equal(textOf(cellById(nb, 'after').outputs[0]), '12');
  });

  it('shows the help of %%table', () => {
    assert.match(textOf(cellById(nb, 'table-help').outputs[0]), /Options:\n  source=<name>/);
  });

  it('records the derived table as a child of the first and lists both', () => {
    const list = cellById(nb, 'lineage-list').outputs[0].data['application/vnd.genhealth.lineage+json'];
    assert.equal(list.summary.runs, 2);
    const [derived, first] = list.runs;
    assert.deepEqual(derived.parents, [first.id]);
    assert.equal(derived.notebook, 'welcome.ipynb');
    assert.match(cellById(nb, 'derived').outputs[0].data['text/plain'], /^Youngest first \(first 12 rows\)|^Youngest first \(12 rows\)\n.*\n.*\nP05  29/);
  });

  it('leaves the progress bar at 100 %', () => {
    const outputs = cellById(nb, 'progress-code').outputs;
    assert.equal(outputs.length, 1);
    assert.match(textOf(outputs[0]), /Simulating \[#+\] 100% 40 steps/);
  });
});

describe('the lesson with Jupyter\'s own tools', () => {
  it('nbconvert --execute runs every cell after the tagged error (nbclient, stop_on_error honoured)', () => {
    const out = path.join(os.tmpdir(), `welcome-nbconvert-${process.pid}.ipynb`);
    const result = spawnSync(
      path.join(root, '.venv', 'bin', 'jupyter'),
      ['nbconvert', '--to', 'notebook', '--execute', '--ExecutePreprocessor.kernel_name=genhealth', '--output', out, path.join(notebooksDir, 'welcome.ipynb')],
      { encoding: 'utf8', cwd: notebooksDir, env: { ...process.env, GENHEALTH_HOME: os.tmpdir() } }
    );
    assert.equal(result.status, 0, result.stderr);
    const executed = JSON.parse(readFileSync(out, 'utf8'));
    const after = cellById(executed, 'after');
    assert.equal([].concat(after.outputs[0].data['text/plain']).join(''), '12');
    assert.ok(executed.cells.filter(c => c.cell_type === 'code').every(c => c.outputs.length > 0));
  });

  it('genhealth execute exits non-zero and names the cell when an untagged cell fails', () => {
    const broken = JSON.parse(readFileSync(path.join(notebooksDir, 'welcome.ipynb'), 'utf8'));
    cellById(broken, 'error').metadata = {};
    const file = path.join(os.tmpdir(), `welcome-broken-${process.pid}.ipynb`);
    writeFileSync(file, JSON.stringify(broken));
    const result = spawnSync(process.execPath, [path.join(root, 'kernel-helpers', 'bin', 'genhealth.js'), 'execute', file], { encoding: 'utf8' });
    assert.equal(result.status, 1);
    assert.match(result.stderr, /failed at cell \d+ \(id error\): %%table pagesize=5\n  MagicError: unknown option 'pagesize'/);
  });
});
