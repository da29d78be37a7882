import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { BackendError, chooseBackend } from './backend';
/** Backend choice is once per process, so each case runs in a child process. */
function chooseIn(forced) {
    const script = `require(${JSON.stringify(require.resolve('./backend'))}).chooseBackend(process.env.F)
    .then(i => console.log(JSON.stringify({ info: i })), e => console.log(JSON.stringify({ error: e.name + ': ' + e.message })))`;
    const out = spawnSync(process.execPath, ['-e', script], { env: { ...process.env, F: forced ?? '' }, encoding: 'utf8' });
    return JSON.parse(out.stdout.trim().split('\n').pop());
}
describe('TensorFlow.js backend choice', () => {
    it('falls back to wasm when the native packages are not installed, and says why', () => {
        const { info } = chooseIn(undefined);
        assert.equal(info?.backend, 'wasm');
        const candidates = info?.candidates;
        assert.deepEqual(candidates.map(c => c.status), ['unavailable', 'unavailable', 'chosen', 'not needed']);
        assert.match(candidates[0].reason, /not installed \(npm install @tensorflow\/tfjs-node-gpu@4\.22\.0.*CUDA 11\.2 \+ cuDNN 8\.1\)/);
        assert.match(String(info?.device), /WebAssembly/);
    });
    it('honours GENHEALTH_TF_BACKEND=cpu', () => {
        const { info } = chooseIn('cpu');
        assert.equal(info?.backend, 'cpu');
        assert.equal(info?.forcedBy, 'GENHEALTH_TF_BACKEND=cpu');
    });
    it('fails clearly when the forced backend cannot load', () => {
        assert.match(chooseIn('tensorflow').error, /^BackendError: GENHEALTH_TF_BACKEND=tensorflow but it cannot be used: @tensorflow\/tfjs-node-gpu: not installed/);
    });
    it('lists the allowed values for an unknown backend', async () => {
        await assert.rejects(chooseBackend('gpu'), (e) => e instanceof BackendError && /Allowed values: tensorflow, wasm, cpu/.test(e.message));
    });
});
//# sourceMappingURL=backend.test.js.map