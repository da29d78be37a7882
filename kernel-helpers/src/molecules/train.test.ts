/**
 * models/molecules/train.mjs: a run stopped and resumed gives the same weights, bit for bit, as one uninterrupted run.
 * models/molecules/adopt.mjs: a model trained elsewhere is installed only when TensorFlow.js reproduces its trainer's
 * validation loss from the exported weights.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { canonicalSmiles, loadChemistry } from './chem';
import { decodeSelfies } from './selfies';
import { Vocabulary } from './tokens';

const root = path.resolve(__dirname, '..', '..', '..');
const script = path.join(root, 'models', 'molecules', 'train.mjs');
const adopt = path.join(root, 'models', 'molecules', 'adopt.mjs');
const corpus = path.join(root, 'models', 'molecules', 'data', 'train.smi');

describe('training the molecule language model', { skip: !existsSync(corpus) && 'the MOSES corpus is fetched by setup (node models/molecules/corpus.mjs)' }, () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'genhealth-train-'));
  // The learning rate anneals from step 2 over 3 steps: a resumed run must follow the same schedule.
  const train = (name: string, steps: number, decay = ['--decay-from', '2', '--decay-steps', '3']) => {
    const out = execFileSync(process.execPath, [script, '--notation', 'smiles', '--hidden', '16', '--limit', '3000', '--batch', '32', '--steps', String(steps),
      '--checkpoint-every', '2', '--eval-every', '4', '--eval-samples', '20', '--out', path.join(dir, name), '--checkpoints', path.join(dir, `${name}-checkpoints`), ...decay],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, GENHEALTH_HOME: path.join(dir, 'home') } });
    return out.trim().split('\n').map(l => JSON.parse(l));
  };
  const weights = (name: string) => createHash('sha256').update(readFileSync(path.join(dir, name, 'weights.bin'))).digest('hex');

  it('resumes from its checkpoint and reproduces an uninterrupted run; records the run in lineage', () => {
    train('straight', 6);
    train('resumed', 3);
    const second = train('resumed', 6);
    assert.ok(second.some(e => e.event === 'resumed' && e.step === 3), JSON.stringify(second));
    assert.equal(weights('resumed'), weights('straight'));
    const card = JSON.parse(readFileSync(path.join(dir, 'straight', 'model.json'), 'utf8'));
    assert.equal(card.format, 'genhealth-molecule-lm');
    assert.equal(card.training.steps, 6);
    assert.deepEqual(card.training.schedule, { lr: 0.002, decayFrom: 2, decaySteps: 3, lrFinal: 0.0001 });
    train('constant', 6, []);
    assert.notEqual(weights('constant'), weights('straight'), 'the schedule changed the updates');
    assert.throws(() => train('resumed', 8, ['--decay-from', '4', '--decay-steps', '3']), /trained with --lr 0.002 --decay-from 2 --decay-steps 3 --lr-final 0.0001: give the same options/);
    // A constant-rate checkpoint may start decaying where it is, not earlier.
    assert.throws(() => train('constant', 8, ['--decay-from', '4', '--decay-steps', '3']), /--decay-from 4 is before the checkpoint's step 6/);
    assert.match(card.training.corpus.sha256, /^[0-9a-f]{64}$/);
    const run = JSON.parse(readFileSync(path.join(dir, 'straight', 'lineage-run.json'), 'utf8'));
    assert.equal(run.name, 'train-molecule-lm-smiles');
    assert.equal(run.outputs.find((o: { name: string }) => o.name === 'weights.bin').hash, weights('straight'));
  });

  it('adopts a model trained elsewhere only when TensorFlow.js gets its trainer\'s validation loss, in float32 or float16', () => {
    // A train.mjs export stands in for train_gpu.py's: the same files, with the trainer's validation loss added.
    const from = path.join(dir, 'straight');
    const json = JSON.parse(readFileSync(path.join(from, 'model.json'), 'utf8'));
    const run = (trainerLoss: number, out: string, ...extra: string[]) => {
      writeFileSync(path.join(from, 'model.json'), JSON.stringify({ ...json, training: { ...json.training, trainer: 'test', dropout: 0.1, validationLossFloat32: trainerLoss } }));
      return execFileSync(process.execPath, [adopt, '--from', from, '--limit', '3000', '--samples', '50', '--out', path.join(dir, out), ...extra],
        { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, GENHEALTH_HOME: path.join(dir, 'home') } }).trim().split('\n').map(l => JSON.parse(l));
    };
    let refusal: { stderr?: string; stdout?: string } | undefined;
    try {
      run(1.5, 'refused');
    } catch (e) {
      refusal = e as typeof refusal;
    }
    assert.ok(refusal, 'adopted weights whose loss differs from the trainer\'s');
    assert.match(String(refusal.stderr), /the export does not reproduce the model/);
    const tfjsLoss = JSON.parse(String(refusal.stdout).trim().split('\n')[0]).tfjs;
    assert.ok(!existsSync(path.join(dir, 'refused', 'model.json')));
    assert.ok(tfjsLoss > 0 && tfjsLoss < 10, String(tfjsLoss));

    const events = run(tfjsLoss + 5e-5, 'adopted');
    const sample = events.find(e => e.event === 'sample');
    assert.equal(sample.samples, 50);
    // The model unaided, and with the guard, which (for this SMILES model) only removes grammar and valence errors.
    assert.equal(sample.sampler, 'unguarded');
    assert.ok(sample.guarded.valid > sample.valid, JSON.stringify(sample));
    const card = JSON.parse(readFileSync(path.join(dir, 'adopted', 'model.json'), 'utf8')).training;
    assert.equal(card.adoption.weights, 'float32');
    assert.equal(card.adoption.validationLossTfjs, tfjsLoss);
    assert.equal(weights('adopted'), weights('straight'));
    const record = JSON.parse(readFileSync(path.join(dir, 'adopted', 'lineage-run.json'), 'utf8'));
    assert.equal(record.params.trainer, 'test');
    assert.equal(record.params.dropout, 0.1);
    assert.equal(record.metrics.guardedValid, sample.guarded.valid);
    assert.equal(record.outputs.find((o: { name: string }) => o.name === 'weights.bin').hash, weights('adopted'));

    run(tfjsLoss, 'half', '--float16');
    const half = JSON.parse(readFileSync(path.join(dir, 'half', 'model.json'), 'utf8'));
    assert.equal(half.weightsManifest[0].weights[0].quantization.dtype, 'float16');
    assert.equal(readFileSync(path.join(dir, 'half', 'weights.bin')).length * 2, readFileSync(path.join(dir, 'straight', 'weights.bin')).length);
    assert.ok(Math.abs(half.training.adoption.validationLossFloat16 - tfjsLoss) < 1e-2, JSON.stringify(half.training.adoption));
  });
});

describe('the token ids for the GPU trainer', { skip: !existsSync(corpus) && 'no MOSES corpus' }, () => {
  it('adds, with --variants, other spellings of each molecule that read back as it, in the canonical vocabulary', async () => {
    await loadChemistry();
    const dir = mkdtempSync(path.join(os.tmpdir(), 'genhealth-tokens-'));
    const tokenise = (out: string, ...args: string[]) =>
      execFileSync(process.execPath, [path.join(root, 'models', 'molecules', 'tokenised.mjs'), '--notation', 'selfies', '--limit', '300', '--out', path.join(dir, out), ...args], { stdio: 'ignore' });
    tokenise('plain');
    tokenise('variants', '--variants', '2');
    tokenise('again', '--variants', '2');
    const meta = (out: string) => JSON.parse(readFileSync(path.join(dir, out, 'selfies.json'), 'utf8'));
    const bytes = (out: string) => gunzipSync(readFileSync(path.join(dir, out, 'selfies-train.u8.gz')));
    const [plain, variants] = [meta('plain'), meta('variants')];
    assert.deepEqual([variants.vocabulary, variants.maxLength, variants.width, variants.corpus], [plain.vocabulary, plain.maxLength, plain.width, plain.corpus]);
    assert.equal(variants.molecules, 300 + variants.variants.added);
    assert.ok(variants.variants.added > 450, `${variants.variants.added} variants`);
    assert.ok(bytes('variants').equals(bytes('again')), 'the same seed writes the same rows');
    // Every row, variant or not, is one of the 300 molecules.
    const vocabulary = new Vocabulary(variants.vocabulary);
    const molecules = (out: string) => {
      const b = bytes(out);
      return Array.from({ length: b.length / variants.width }, (_, i) => canonicalSmiles(decodeSelfies(vocabulary.decode(b.subarray(i * variants.width, (i + 1) * variants.width)))));
    };
    const written = new Set(molecules('plain'));
    assert.equal(written.size, 300);
    const all = molecules('variants');
    assert.deepEqual(all.filter(m => !written.has(m!)), []);
    assert.equal(new Set(all).size, 300);
  });
});

// PyTorch is not part of the project's environment (it trains on a GPU machine); GENHEALTH_TORCH_PYTHON names a
// Python that has it, for checking train_gpu.py here.
const torchPython = process.env.GENHEALTH_TORCH_PYTHON ?? 'python3';
const hasTorch = (() => {
  try {
    execFileSync(torchPython, ['-c', 'import torch, numpy'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('training on a GPU with train_gpu.py', { skip: (!existsSync(corpus) && 'no MOSES corpus') || (!hasTorch && `no PyTorch in ${torchPython} (set GENHEALTH_TORCH_PYTHON)`) }, () => {
  it('exports weights that TensorFlow.js reads to the trainer\'s validation loss, so adopt.mjs installs them', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'genhealth-train-gpu-'));
    const node = (script: string, ...args: string[]) => execFileSync(process.execPath, [path.join(root, 'models', 'molecules', script), ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, GENHEALTH_HOME: path.join(dir, 'home') } });
    node('tokenised.mjs', '--notation', 'smiles', '--limit', '3000', '--out', path.join(dir, 'tokens'));
    execFileSync(torchPython, [path.join(root, 'models', 'molecules', 'train_gpu.py'), '--notation', 'smiles', '--tokens', path.join(dir, 'tokens'), '--hidden', '16', '--layers', '2', '--dropout', '0.1',
      '--batch', '32', '--steps', '12', '--warmup', '2', '--eval-every', '6', '--checkpoint-every', '6', '--device', 'cpu', '--out', path.join(dir, 'gpu')], { stdio: 'ignore' });
    const events = node('adopt.mjs', '--from', path.join(dir, 'gpu'), '--limit', '3000', '--samples', '20', '--out', path.join(dir, 'adopted')).trim().split('\n').map(l => JSON.parse(l));
    const check = events.find(e => e.event === 'validation-loss');
    assert.ok(check.difference < 1e-4, JSON.stringify(check));
    const card = JSON.parse(readFileSync(path.join(dir, 'adopted', 'model.json'), 'utf8')).training;
    assert.equal(card.trainer, 'train_gpu.py');
    assert.match(card.command, /--steps 12 --tokens .* --out /);
  });
});
