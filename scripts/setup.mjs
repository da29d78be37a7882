#!/usr/bin/env node
/**
 * The one idempotent setup behind `npm run lab` and `npm test`, from a fresh clone:
 *   npm packages → .venv with pinned JupyterLab → build kernel-helpers and the extension →
 *   the MOSES molecule corpus (PyPI) → install the extension and the `genhealth` kernelspec into
 *   .venv → (tests) Debian's Chromium.
 * Each step is skipped when a stamp shows its inputs unchanged. Uses Node built-ins only, because
 * it runs before `npm install`.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const forTests = process.argv.includes('--for-tests');
const venv = path.join(root, '.venv');
const venvPython = path.join(venv, 'bin', 'python');
const stamps = path.join(root, '.setup-stamps');
export const LABEXTENSION_NAME = 'jupyterlab-genhealth';

const log = msg => process.stderr.write(`[setup] ${msg}\n`);

function run(cmd, args, options = {}) {
  log(`$ ${cmd} ${args.join(' ')}`);
  execFileSync(cmd, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], ...options });
}

/** Hash of files (recursively for folders) so a step reruns only when its inputs changed. */
function hashOf(paths) {
  const hash = createHash('sha256');
  const visit = p => {
    if (!existsSync(p)) return;
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const name of readdirSync(p).sort()) if (name !== 'node_modules') visit(path.join(p, name));
    } else {
      hash.update(path.relative(root, p));
      hash.update(readFileSync(p));
    }
  };
  for (const p of paths) visit(path.join(root, p));
  return hash.digest('hex');
}

function step(name, inputs, outputs, action) {
  const file = path.join(stamps, name);
  const digest = hashOf(inputs) + process.version;
  const fresh = existsSync(file) && readFileSync(file, 'utf8') === digest && outputs.every(o => existsSync(path.join(root, o)));
  if (fresh) return;
  action();
  mkdirSync(stamps, { recursive: true });
  writeFileSync(file, digest);
}

step('npm', ['package.json', 'package-lock.json', 'kernel-helpers/package.json', 'extension/package.json', 'ui-tests/package.json'], ['node_modules'], () =>
  run('npm', ['install', '--no-audit', '--no-fund'], { env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' } })
);

step('venv', ['scripts/python-requirements.txt'], ['.venv/bin/jupyter'], () => {
  if (!existsSync(venvPython)) run('python3', ['-m', 'venv', venv]);
  run(venvPython, ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '-r', 'scripts/python-requirements.txt']);
});

if (forTests) {
  step('venv-test', ['scripts/python-requirements-test.txt'], ['.venv/bin/mlflow'], () =>
    run(venvPython, ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '-r', 'scripts/python-requirements-test.txt'])
  );
}

step('kernel-helpers', ['tsconfig.json', 'kernel-helpers/src', 'kernel-helpers/tsconfig.json', 'kernel-helpers/package.json'], ['kernel-helpers/dist/index.js'], () =>
  run('npm', ['run', 'build', '-w', 'kernel-helpers'])
);

// The MOSES corpus (molsets wheel from PyPI): novelty needs the training set, the benchmark the test set.
step('molecule-corpus', ['models/molecules/corpus.mjs'], ['models/molecules/data/train.smi', 'models/molecules/data/test.smi'], () =>
  run(process.execPath, ['models/molecules/corpus.mjs'])
);

const builtExtension = path.join(root, 'jupyterlab_genhealth', 'labextension');
step('extension', ['tsconfig.json', 'extension/src', 'extension/tsconfig.json', 'extension/package.json', 'style'], ['jupyterlab_genhealth/labextension/package.json'], () =>
  run('npm', ['run', 'build', '-w', 'extension'])
);

// Install into .venv: a copy of the built extension and our kernelspec (absolute paths inside).
const target = path.join(venv, 'share', 'jupyter', 'labextensions', LABEXTENSION_NAME);
step('install', ['jupyterlab_genhealth', 'kernel-helpers/dist/cli', 'install.json'], [`.venv/share/jupyter/labextensions/${LABEXTENSION_NAME}/package.json`, '.venv/share/jupyter/kernels/genhealth/kernel.json', '.venv/etc/jupyter/jupyter_server_config.d/jupyterlab_genhealth.json'], () => {
  rmSync(target, { recursive: true, force: true });
  mkdirSync(path.dirname(target), { recursive: true });
  cpSync(builtExtension, target, { recursive: true });
  cpSync(path.join(root, 'install.json'), path.join(target, 'install.json'));
  run(process.execPath, ['kernel-helpers/bin/genhealth.js', 'install', '--prefix', venv]);
  // The server extension (the lineage panel's API), importable from the checkout: a develop install.
  const sitePackages = execFileSync(venvPython, ['-c', 'import sysconfig; print(sysconfig.get_paths()["purelib"])'], { encoding: 'utf8' }).trim();
  writeFileSync(path.join(sitePackages, 'jupyterlab_genhealth_develop.pth'), root + '\n');
  const serverConfig = path.join(venv, 'etc', 'jupyter', 'jupyter_server_config.d');
  mkdirSync(serverConfig, { recursive: true });
  cpSync(path.join(root, 'jupyterlab_genhealth', 'jupyter_server_config.json'), path.join(serverConfig, 'jupyterlab_genhealth.json'));
});

if (forTests && !existsSync('/usr/bin/chromium')) {
  if (process.getuid?.() !== 0) {
    throw new Error('UI tests need Debian\'s Chromium at /usr/bin/chromium: run `sudo apt-get install -y chromium`.');
  }
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', 'chromium'], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}
log('ready');
