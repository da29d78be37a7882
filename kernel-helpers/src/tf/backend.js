/**
 * Chooses the TensorFlow.js backend once per kernel: @tensorflow/tfjs-node-gpu if it loads, else
 * @tensorflow/tfjs-node, else @tensorflow/tfjs-backend-wasm, else cpu. GENHEALTH_TF_BACKEND
 * (tensorflow | wasm | cpu) forces one. The native packages are optional: their install downloads
 * libtensorflow, so most machines run wasm.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
export const BACKEND_NAMES = ['tensorflow', 'wasm', 'cpu'];
export class BackendError extends Error {
    constructor(message) {
        super(message);
        this.name = 'BackendError';
    }
}
const CANDIDATES = [
    { backend: 'tensorflow', package: '@tensorflow/tfjs-node-gpu' },
    { backend: 'tensorflow', package: '@tensorflow/tfjs-node' },
    { backend: 'wasm', package: '@tensorflow/tfjs-backend-wasm' },
    { backend: 'cpu', package: '@tensorflow/tfjs-backend-cpu' }
];
const INSTALL_HINT = {
    '@tensorflow/tfjs-node-gpu': 'npm install @tensorflow/tfjs-node-gpu@4.22.0 (Linux x64, CUDA 11.2 + cuDNN 8.1)',
    '@tensorflow/tfjs-node': 'npm install @tensorflow/tfjs-node@4.22.0'
};
let choice;
let chosen;
/** The backend of this process, chosen on first call. */
export function tfBackend() {
    choice ??= chooseBackend(process.env.GENHEALTH_TF_BACKEND).then(info => (chosen = info));
    return choice;
}
/** The backend if one was chosen already; never starts TensorFlow.js (lineage records ask this). */
export function chosenBackend() {
    return chosen;
}
/** TensorFlow.js core with the chosen backend active. */
export async function tfjs() {
    await tfBackend();
    return require('@tensorflow/tfjs-core');
}
export function packageVersion(name) {
    try {
        let dir = path.dirname(require.resolve(name));
        for (;;) {
            try {
                const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
                if (pkg.name === name)
                    return pkg.version;
            }
            catch {
                // no package.json at this level: keep walking up
            }
            const parent = path.dirname(dir);
            if (parent === dir)
                return 'unknown';
            dir = parent;
        }
    }
    catch {
        return 'not installed';
    }
}
function firstLine(e) {
    const err = e;
    if (err?.code === 'MODULE_NOT_FOUND' && String(err.message).includes('Cannot find module'))
        return 'not installed';
    return String(err?.message ?? e).split('\n')[0];
}
function gpuName() {
    try {
        const out = execFileSync('nvidia-smi', ['--query-gpu=name', '--format=csv,noheader'], { encoding: 'utf8', timeout: 5000 });
        return out.trim().split('\n').join(', ') || 'GPU';
    }
    catch {
        return 'GPU (name unknown: nvidia-smi not available)';
    }
}
async function describeDevice(tf, candidate) {
    const cores = os.cpus().length;
    switch (candidate.backend) {
        case 'tensorflow':
            return candidate.package.endsWith('-gpu') ? `${gpuName()} (CUDA, libtensorflow)` : `CPU (libtensorflow, ${cores} cores)`;
        case 'wasm': {
            const simd = await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT');
            const threads = await tf.env().getAsync('WASM_HAS_MULTITHREAD_SUPPORT');
            return `CPU via WebAssembly (SIMD ${simd ? 'on' : 'off'}, ${threads ? 'multi-threaded' : 'one thread'})`;
        }
        case 'cpu':
            return 'CPU (plain JavaScript kernels)';
    }
}
async function tryCandidate(tf, candidate) {
    try {
        require(candidate.package);
    }
    catch (e) {
        const reason = firstLine(e);
        const hint = INSTALL_HINT[candidate.package];
        return reason === 'not installed' && hint ? `not installed (${hint})` : reason;
    }
    try {
        if (!(await tf.setBackend(candidate.backend)))
            return `${candidate.backend} backend failed to initialise`;
        await tf.ready();
        return null;
    }
    catch (e) {
        return firstLine(e);
    }
}
/** Tries the candidates in order (or only the forced one) and activates the first that works. */
export async function chooseBackend(forced) {
    const started = Date.now();
    const wanted = forced?.trim() || undefined;
    if (wanted !== undefined && !BACKEND_NAMES.includes(wanted)) {
        throw new BackendError(`GENHEALTH_TF_BACKEND=${wanted} is not a backend. Allowed values: ${BACKEND_NAMES.join(', ')}.`);
    }
    const tf = require('@tensorflow/tfjs-core');
    const candidates = [];
    let chosen;
    for (const candidate of CANDIDATES) {
        if (chosen) {
            candidates.push({ ...candidate, status: 'not needed', reason: `${chosen.package} loaded first` });
            continue;
        }
        if (wanted && candidate.backend !== wanted) {
            candidates.push({ ...candidate, status: 'skipped', reason: `GENHEALTH_TF_BACKEND=${wanted}` });
            continue;
        }
        const failure = await tryCandidate(tf, candidate);
        if (failure === null) {
            chosen = candidate;
            candidates.push({ ...candidate, status: 'chosen', reason: wanted ? `forced by GENHEALTH_TF_BACKEND=${wanted}` : 'first that loaded' });
        }
        else {
            candidates.push({ ...candidate, status: 'unavailable', reason: failure });
        }
    }
    if (!chosen) {
        const why = candidates.filter(c => c.status === 'unavailable').map(c => `${c.package}: ${c.reason}`).join('; ');
        throw new BackendError(wanted
            ? `GENHEALTH_TF_BACKEND=${wanted} but it cannot be used: ${why}. Unset it to let GenHealth choose.`
            : `no TensorFlow.js backend could be loaded: ${why}.`);
    }
    return {
        backend: chosen.backend,
        package: chosen.package,
        device: await describeDevice(tf, chosen),
        versions: {
            'tfjs-core': tf.version_core,
            [chosen.package.replace('@tensorflow/', '')]: packageVersion(chosen.package),
            node: process.version
        },
        forcedBy: wanted ? `GENHEALTH_TF_BACKEND=${wanted}` : undefined,
        candidates,
        initMs: Date.now() - started
    };
}
//# sourceMappingURL=backend.js.map