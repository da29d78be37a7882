/** models/molecules/train.mjs: a run stopped and resumed gives the same weights, bit for bit, as one uninterrupted run. */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';

const root = path.resolve(__dirname, '..', '..', '..');
const script = path.join(root, 'models', 'molecules', 'train.mjs');
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
});
