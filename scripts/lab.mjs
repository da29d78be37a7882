#!/usr/bin/env node
/**
 * `npm run lab` after setup: JupyterLab from .venv on notebooks/, loopback only, token on, opening
 * the welcome lesson. Extra arguments go to `jupyter lab` (e.g. `npm run lab -- --port 9999`).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = [
  'lab',
  '--ServerApp.ip=127.0.0.1',
  `--ServerApp.root_dir=${path.join(root, 'notebooks')}`,
  '--LabApp.default_url=/lab/tree/welcome.ipynb',
  '--ServerApp.open_browser=False',
  ...(process.getuid?.() === 0 ? ['--ServerApp.allow_root=True'] : []),
  ...process.argv.slice(2)
];
console.error('Starting JupyterLab on notebooks/ — open the URL with the token printed below.');
const lab = spawn(path.join(root, '.venv', 'bin', 'jupyter'), args, { stdio: 'inherit', cwd: path.join(root, 'notebooks') });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => lab.kill(signal));
lab.on('exit', code => process.exit(code ?? 0));
