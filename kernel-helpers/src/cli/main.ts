/** The `genhealth` command: its sub-commands and options are in USAGE below. */
import { CellExecutionError, executeNotebookFile } from '../client/notebook';
import { exportNotebookCrate } from '../lineage/crate';
import { formatReport, reproduce as reproduceTarget } from '../lineage/reproduce';
import { installKernelspec } from './kernelspec';
import { lineageCommand } from './lineage';

const USAGE = `Usage:
  genhealth execute <notebook.ipynb> [-o out.ipynb] [--allow-errors] [--timeout <seconds>]
      Run a notebook headless on a fresh GenHealth kernel; exits non-zero at the first failing cell
      (cells tagged raises-exception may fail).
  genhealth reproduce <notebook.ipynb | crate folder> [--home <store dir>] [--timeout <seconds>]
      Re-execute a notebook (or an exported crate's notebook) in a fresh kernel and check that every
      recorded run reproduces; exits 0 only if all did, else names the first divergence with both hashes.
  genhealth crate <notebook.ipynb> -o <folder> [--home <store dir>]
      Export the notebook's latest recorded session as an RO-Crate (Process Run Crate 0.5) with PROV-JSON.
  genhealth lineage <list|show|diff|graph|export|reproduce> --home <store> [ids] [--notebook f] [-o dir]
      The lineage store as JSON (used by the JupyterLab side panel).
  genhealth install --prefix <dir>
      Install the 'genhealth' kernelspec into <dir>/share/jupyter/kernels (e.g. a virtualenv).
  genhealth kernel --config-path <connection.json>
      Start the kernel (Jupyter does this).`;

class UsageError extends Error {}

function parseFlags(args: string[], spec: Record<string, 'value' | 'flag'>): { positional: string[]; flags: Record<string, string | true> } {
  const positional: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (!a.startsWith('-')) {
      positional.push(a);
      continue;
    }
    const kind = spec[a];
    if (!kind) throw new UsageError(`unknown option ${a}; allowed: ${Object.keys(spec).join(', ')}`);
    if (kind === 'flag') flags[a] = true;
    else {
      if (i + 1 >= args.length) throw new UsageError(`${a} needs a value`);
      flags[a] = args[++i];
    }
  }
  return { positional, flags };
}

async function execute(args: string[]): Promise<number> {
  const { positional, flags } = parseFlags(args, { '-o': 'value', '--output': 'value', '--allow-errors': 'flag', '--timeout': 'value' });
  if (positional.length !== 1) throw new UsageError('execute takes exactly one notebook');
  const out = (flags['-o'] ?? flags['--output']) as string | undefined;
  const timeout = flags['--timeout'] === undefined ? 600 : Number(flags['--timeout']);
  if (!(timeout > 0)) throw new UsageError(`--timeout must be a positive number of seconds, got ${flags['--timeout']}`);
  const started = Date.now();
  let cells = 0;
  try {
    await executeNotebookFile(positional[0], out, {
      allowErrors: flags['--allow-errors'] === true,
      timeoutSeconds: timeout,
      onCell: (i, _cell, seconds, status) => {
        cells++;
        process.stderr.write(`  cell ${i + 1}: ${status} (${seconds.toFixed(2)} s)\n`);
      }
    });
  } catch (e) {
    if (e instanceof CellExecutionError) {
      process.stderr.write(`genhealth execute: ${positional[0]} failed at ${e.message}\n`);
      if (out) process.stderr.write(`Outputs so far written to ${out}\n`);
      return 1;
    }
    throw e;
  }
  process.stderr.write(`genhealth execute: ${positional[0]}: ${cells} code cells ran in ${((Date.now() - started) / 1000).toFixed(1)} s${out ? `; wrote ${out}` : ''}\n`);
  return 0;
}

async function reproduce(args: string[]): Promise<number> {
  const { positional, flags } = parseFlags(args, { '--home': 'value', '--timeout': 'value' });
  if (positional.length !== 1) throw new UsageError('reproduce takes exactly one notebook or crate folder');
  const report = await reproduceTarget(positional[0], {
    home: flags['--home'] as string | undefined,
    timeoutSeconds: flags['--timeout'] === undefined ? 600 : Number(flags['--timeout']),
    onCell: (i, seconds, status) => process.stderr.write(`  cell ${i + 1}: ${status} (${seconds.toFixed(2)} s)\n`)
  });
  process.stdout.write(formatReport(report) + '\n');
  return report.reproduced ? 0 : 1;
}

async function crate(args: string[]): Promise<number> {
  const { positional, flags } = parseFlags(args, { '-o': 'value', '--output': 'value', '--home': 'value' });
  const out = (flags['-o'] ?? flags['--output']) as string | undefined;
  if (positional.length !== 1 || !out) throw new UsageError('crate takes one notebook and -o <folder>');
  const { dir, files } = await exportNotebookCrate(positional[0], out, flags['--home'] as string | undefined);
  process.stdout.write(`Wrote an RO-Crate with ${files.length} files to ${dir}\n`);
  return 0;
}

export async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'execute':
        process.exitCode = await execute(rest);
        return;
      case 'reproduce':
        process.exitCode = await reproduce(rest);
        return;
      case 'crate':
        process.exitCode = await crate(rest);
        return;
      case 'lineage': {
        const [sub, ...more] = rest;
        const { positional, flags } = parseFlags(more, { '--home': 'value', '--notebook': 'value', '-o': 'value', '--across': 'flag', '--json': 'flag' });
        process.stdout.write(JSON.stringify(await lineageCommand(sub, flags, positional)) + '\n');
        return;
      }
      case 'install': {
        const { flags } = parseFlags(rest, { '--prefix': 'value' });
        if (typeof flags['--prefix'] !== 'string') throw new UsageError('install needs --prefix <dir>');
        process.stdout.write(`Installed kernelspec 'genhealth' in ${installKernelspec(flags['--prefix'])}\n`);
        return;
      }
      case 'kernel': {
        const { flags } = parseFlags(rest, { '--config-path': 'value' });
        if (typeof flags['--config-path'] !== 'string') throw new UsageError('kernel needs --config-path <file>');
        const { startKernel } = await import('../kernel/main.js');
        startKernel(flags['--config-path']);
        return;
      }
      case '--version':
      case 'version':
        process.stdout.write(`${require('../../package.json').version}\n`);
        return;
      case undefined:
      case '--help':
      case 'help':
        process.stdout.write(USAGE + '\n');
        return;
      default:
        throw new UsageError(`unknown command '${command}'`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`genhealth: ${e.message}\n\n${USAGE}\n`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`genhealth: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  }
}
