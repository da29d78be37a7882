/**
 * Run-context providers: each adds a part of a run's environment (versions, OS, git state, the
 * TensorFlow.js backend). A provider that throws only adds a warning; it never loses the run.
 */
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { chosenBackend, packageVersion } from '../tf/backend';

export interface ContextProvider {
  name: string;
  describe(): Record<string, unknown>;
}

const runtime: ContextProvider = {
  name: 'runtime',
  describe: () => ({
    genhealth: require('../../package.json').version,
    tslab: packageVersion('tslab'),
    typescript: packageVersion('@tslab/typescript-for-tslab'),
    node: process.version,
    os: { platform: process.platform, release: os.release(), arch: process.arch }
  })
};

const tensorflow: ContextProvider = {
  name: 'tensorflow',
  describe: () => {
    const info = chosenBackend();
    return { tfjs: info ? { backend: info.backend, versions: info.versions } : { backend: 'not loaded' } };
  }
};

/** Git commit and dirty flag of the working directory; cached for a few seconds (git is slow-ish). */
function gitProvider(ttlMs = 5000): ContextProvider {
  let cached: { at: number; cwd: string; value: Record<string, unknown> } | null = null;
  const git = (args: string[]) => execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 5000 }).trim();
  return {
    name: 'git',
    describe() {
      const cwd = process.cwd();
      if (cached && cached.cwd === cwd && Date.now() - cached.at < ttlMs) return cached.value;
      let value: Record<string, unknown>;
      try {
        value = { git: { commit: git(['rev-parse', 'HEAD']), dirty: git(['status', '--porcelain']).length > 0 } };
      } catch {
        value = {}; // not a git repository (or no commit yet)
      }
      cached = { at: Date.now(), cwd, value };
      return value;
    }
  };
}

export const defaultProviders: ContextProvider[] = [runtime, tensorflow, gitProvider()];

export function environmentOf(providers: ContextProvider[] = defaultProviders): Record<string, unknown> {
  const env: Record<string, unknown> = {};
  const warnings: string[] = [];
  for (const p of providers) {
    try {
      Object.assign(env, p.describe());
    } catch (e) {
      warnings.push(`${p.name}: ${(e as Error).message}`);
    }
  }
  if (warnings.length) env.warnings = warnings;
  return env;
}
