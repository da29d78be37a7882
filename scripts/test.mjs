#!/usr/bin/env node
/**
 * `npm test` after setup: unit tests (kernel-helpers, extension), notebook tests (every notebook in
 * notebooks/ on the real kernel) and UI tests (Galata in Debian's Chromium). `npm test -- unit ui`
 * runs only the named suites. Ends with one line "N passed, M failed".
 */
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function findTests(dir, pattern) {
  const out = [];
  const visit = d => {
    for (const name of readdirSync(d)) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) visit(p);
      else if (pattern.test(name)) out.push(p);
    }
  };
  visit(path.join(root, dir));
  return out.sort();
}

/** Runs a command, echoing its output, and returns [exit code, output]. */
function run(cmd, args, cwd = root) {
  process.stdout.write(`\n$ ${cmd} ${args.map(a => path.relative(root, a) || a).join(' ')}\n`);
  return new Promise(resolve => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, FORCE_COLOR: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const tee = stream => chunk => {
      output += chunk;
      stream.write(chunk);
    };
    child.stdout.on('data', tee(process.stdout));
    child.stderr.on('data', tee(process.stderr));
    child.on('close', code => resolve([code ?? 1, output]));
  });
}

const nodeCounts = output => ({
  passed: Number(/^# pass (\d+)/m.exec(output)?.[1] ?? 0),
  failed: Number(/^# fail (\d+)/m.exec(output)?.[1] ?? 0) + Number(/^# cancelled (\d+)/m.exec(output)?.[1] ?? 0)
});

const playwrightCounts = output => ({
  passed: Number(/^\s*(\d+) passed/m.exec(output)?.[1] ?? 0),
  failed: Number(/^\s*(\d+) failed/m.exec(output)?.[1] ?? 0)
});

const suites = {
  async unit() {
    const [c1, o1] = await run(process.execPath, ['--test', '--test-concurrency=1', ...findTests('kernel-helpers/dist', /\.test\.js$/)]);
    const [c0] = await run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'extension/tsconfig.test.json']);
    const [c2, o2] = await run(process.execPath, ['--test', ...findTests('extension/test-dist', /\.test\.js$/)]);
    const a = nodeCounts(o1);
    const b = nodeCounts(o2);
    return { passed: a.passed + b.passed, failed: a.failed + b.failed, ok: c0 === 0 && c1 === 0 && c2 === 0 };
  },
  async notebooks() {
    const [code, output] = await run(process.execPath, ['--test', '--test-concurrency=1', ...findTests('tests/notebooks', /\.test\.mjs$/)]);
    return { ...nodeCounts(output), ok: code === 0 };
  },
  async ui() {
    const [code, output] = await run('npx', ['playwright', 'test'], path.join(root, 'ui-tests'));
    return { ...playwrightCounts(output), ok: code === 0 };
  }
};

const wanted = process.argv.slice(2).filter(a => !a.startsWith('-'));
const unknown = wanted.filter(w => !(w in suites));
if (unknown.length) {
  console.error(`unknown test suite(s) ${unknown.join(', ')}; allowed: ${Object.keys(suites).join(', ')}`);
  process.exit(2);
}
let passed = 0;
let failed = 0;
let ok = true;
const lines = [];
for (const name of wanted.length ? wanted : Object.keys(suites)) {
  const started = Date.now();
  const result = await suites[name]();
  passed += result.passed;
  failed += result.failed;
  if (!result.ok && result.failed === 0) failed += 1; // a suite that crashed counts as a failure
  ok &&= result.ok;
  lines.push(`${name}: ${result.passed} passed, ${result.failed} failed (${((Date.now() - started) / 1000).toFixed(0)} s)${result.ok ? '' : ' — FAILED'}`);
}
console.log(`\n${lines.join('\n')}\n${passed} passed, ${failed} failed`);
process.exit(ok ? 0 : 1);
