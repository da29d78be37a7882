/**
 * Run-context providers: each adds a part of a run's environment (versions, OS, git state, the
 * TensorFlow.js backend). A provider that throws only adds a warning; it never loses the run.
 */
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { chosenBackend, packageVersion } from '../tf/backend';
const runtime = {
    name: 'runtime',
    describe: () => ({
        genhealth: require('../../package.json').version,
        tslab: packageVersion('tslab'),
        typescript: packageVersion('@tslab/typescript-for-tslab'),
        node: process.version,
        os: { platform: process.platform, release: os.release(), arch: process.arch }
    })
};
const tensorflow = {
    name: 'tensorflow',
    describe: () => {
        const info = chosenBackend();
        return { tfjs: info ? { backend: info.backend, versions: info.versions } : { backend: 'not loaded' } };
    }
};
/** Git commit and dirty flag of the working directory; cached for a few seconds (git is slow-ish). */
function gitProvider(ttlMs = 5000) {
    let cached = null;
    const git = (args) => execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 5000 }).trim();
    return {
        name: 'git',
        describe() {
            const cwd = process.cwd();
            if (cached && cached.cwd === cwd && Date.now() - cached.at < ttlMs)
                return cached.value;
            let value;
            try {
                value = { git: { commit: git(['rev-parse', 'HEAD']), dirty: git(['status', '--porcelain']).length > 0 } };
            }
            catch {
                value = {}; // not a git repository (or no commit yet)
            }
            cached = { at: Date.now(), cwd, value };
            return value;
        }
    };
}
export const defaultProviders = [runtime, tensorflow, gitProvider()];
export function environmentOf(providers = defaultProviders) {
    const env = {};
    const warnings = [];
    for (const p of providers) {
        try {
            Object.assign(env, p.describe());
        }
        catch (e) {
            warnings.push(`${p.name}: ${e.message}`);
        }
    }
    if (warnings.length)
        env.warnings = warnings;
    return env;
}
//# sourceMappingURL=context.js.map