/**
 * Lineage end to end on the real kernel: a notebook run is recorded, `genhealth reproduce` verifies
 * it, an altered parameter is named as the first divergence, and input rows never reach the store.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { notebooksDir, root } from './helpers.mjs';

const genhealth = path.join(root, 'kernel-helpers', 'bin', 'genhealth.js');
// Inside the repository, so the notebooks' `import ... from "genhealth"` resolves.
const workDir = () => {
  mkdirSync(path.join(root, 'tests', 'notebooks', '.work'), { recursive: true });
  return mkdtempSync(path.join(root, 'tests', 'notebooks', '.work', 'nb-'));
};
const cli = (args, cwd) => spawnSync(process.execPath, [genhealth, ...args], { cwd, encoding: 'utf8', env: { ...process.env, GENHEALTH_HOME: '' } });

function filesUnder(dir) {
  return readdirSync(dir).flatMap(name => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

describe('reproducing a recorded notebook', () => {
  const dir = workDir();
  const nb = path.join(dir, 'welcome.ipynb');
  cpSync(path.join(notebooksDir, 'welcome.ipynb'), nb);

  it('records the run and reproduces it bit for bit', () => {
    assert.equal(cli(['execute', nb], dir).status, 0);
    const result = cli(['reproduce', nb], dir);
    assert.equal(result.status, 0, result.stdout + result.stderr);
    assert.match(result.stdout, /backend wasm → wasm/);
    assert.match(result.stdout, /table\s+table\s+reproduced\s+1 output hash\(es\) identical/);
    assert.match(result.stdout, /table\s+derived\s+reproduced\s+1 output hash\(es\) identical/);
    assert.match(result.stdout, /REPRODUCED: all 2 recorded runs reproduced\./);
  });

  it('names the first divergence when a parameter was altered', () => {
    const altered = JSON.parse(readFileSync(nb, 'utf8'));
    const cell = altered.cells.find(c => c.id === 'table');
    cell.source = [].concat(cell.source).join('').replace('page_size=5', 'page_size=4');
    writeFileSync(nb, JSON.stringify(altered));
    const result = cli(['reproduce', nb], dir);
    assert.equal(result.status, 1);
    assert.match(result.stdout, /FIRST DIVERGENCE: run [0-9a-f-]{36} \(table, cell table\): parameters changed: recorded \{"page_size":5,.*now \{"page_size":4,/);
  });

  it('reproduces from an exported crate anywhere on disk, and refuses a tampered crate', () => {
    const fresh = workDir();
    const copy = path.join(fresh, 'welcome.ipynb');
    cpSync(path.join(notebooksDir, 'welcome.ipynb'), copy);
    assert.equal(cli(['execute', copy], fresh).status, 0);
    const crate = path.join(mkdtempSync(path.join(os.tmpdir(), 'genhealth-crate-')), 'crate');
    const exported = cli(['crate', copy, '-o', crate], fresh);
    assert.equal(exported.status, 0, exported.stderr);
    const result = cli(['reproduce', crate], os.tmpdir());
    assert.equal(result.status, 0, result.stdout + result.stderr);
    assert.match(result.stdout, /REPRODUCED: all 2 recorded runs reproduced\./);
    writeFileSync(path.join(crate, 'welcome.ipynb'), '{}');
    const tampered = cli(['reproduce', crate], os.tmpdir());
    assert.equal(tampered.status, 1);
    assert.match(tampered.stderr, /does not match its metadata: welcome\.ipynb was altered/);
  });

  it('says clearly when there is nothing recorded', () => {
    const empty = workDir();
    cpSync(path.join(notebooksDir, 'welcome.ipynb'), path.join(empty, 'welcome.ipynb'));
    const result = cli(['reproduce', path.join(empty, 'welcome.ipynb')], empty);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /no recorded runs of welcome\.ipynb in .*\.genhealth\. Run the notebook first/);
  });
});

describe('privacy of input data', () => {
  it('canary values of an input table never appear anywhere under GENHEALTH_HOME', () => {
    const dir = workDir();
    const canaryText = 'CANARY-7f3a9c';
    const canaryNumber = 987654.321;
    const notebook = {
      nbformat: 4,
      nbformat_minor: 5,
      metadata: { kernelspec: { name: 'genhealth', display_name: 'GenHealth (TypeScript)', language: 'typescript' } },
      cells: [
        ['data', `const rows = [{ id: "${canaryText}", value: ${canaryNumber} }, { id: "P2", value: 1.5 }];`],
        ['table', '%%table source=rows out=shown'],
        ['again', '%%table source=shown'],
        ['tracked', 'import { track } from "genhealth";\nconst count = track("count", (t: { rowCount: number }) => t.rowCount);\ncount(shown)'],
        ['list', '%lineage list']
      ].map(([id, source]) => ({ cell_type: 'code', id, metadata: {}, source, outputs: [], execution_count: null }))
    };
    const file = path.join(dir, 'canary.ipynb');
    writeFileSync(file, JSON.stringify(notebook));
    const result = cli(['execute', file, '-o', path.join(dir, 'out.ipynb')], dir);
    assert.equal(result.status, 0, result.stderr);
    const files = filesUnder(path.join(dir, '.genhealth'));
    const runs = files.filter(f => f.includes(`${path.sep}runs${path.sep}`));
    assert.equal(runs.length, 3, 'two %%table runs and one tracked call were recorded');
    const number = Buffer.alloc(8);
    number.writeDoubleLE(canaryNumber);
    for (const f of files) {
      const bytes = readFileSync(f);
      assert.ok(!bytes.includes(canaryText), `${f} holds the canary text`);
      assert.ok(!bytes.includes(String(canaryNumber)), `${f} holds the canary number`);
      assert.ok(!bytes.includes(number), `${f} holds the canary number's bytes`);
    }
    // ...while the lineage still links the runs: the second table and the tracked call descend from the first.
    const records = runs.map(f => JSON.parse(readFileSync(f, 'utf8'))).sort((a, b) => (a.id < b.id ? -1 : 1));
    assert.deepEqual(records.map(r => r.name), ['table', 'table', 'count']);
    assert.deepEqual(records[1].parents, [records[0].id]);
    assert.ok(records[2].parents.includes(records[0].id));
    assert.deepEqual(records[0].inputs[0].schema, { kind: 'records', rows: 2, columns: [{ name: 'id', type: 'string' }, { name: 'value', type: 'number' }] });
  });
});
