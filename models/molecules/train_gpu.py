#!/usr/bin/env python3
"""Trains the molecule language model of kernel-helpers/src/molecules/model.ts on a GPU with PyTorch.

The model is the same GRU, with the same equations: PyTorch's GRU applies the reset gate after the
recurrent product, as model.ts does, and a one-hot input makes its input weights model.ts's folded
embedding. Only the gate order differs (PyTorch r, z, n; model.ts z, r, n), and the export reorders it.
The ids, vocabulary and corpus hash come from `node models/molecules/tokenised.mjs`, so that both
trainers see the same tokens; `node models/molecules/adopt.mjs` then checks the exported weights
against this script's validation loss in TensorFlow.js, samples them, and installs them as a model.

    python3 models/molecules/train_gpu.py --notation smiles --hidden 256 --layers 1 --minutes 6 --out run/smiles

Why a second trainer: TensorFlow.js trains on the GPU only through @tensorflow/tfjs-node-gpu, whose
install downloads libtensorflow, which the project machine cannot do; on its wasm backend an epoch of
the smallest model takes 2.2 CPU-hours.

--minutes times the first steps and turns the budget into a step count (printed and recorded), so that the
learning-rate schedule fits the budget; rerun with --steps N (and the same seed) to repeat a run. Runs that share
a GPU and start together time each other's start-up and can plan too many steps: a run stops at 1.15 times its
budget, records `stoppedEarly`, and its recorded command repeats it with --stop-at.
Resumable: a checkpoint (weights, Adam state, step, data position) is written every --checkpoint-every
steps to --checkpoints, and a rerun with the same options continues from it. cuDNN's recurrent kernels
are not bit-reproducible across GPUs; the data order and initial weights are (from --seed).
"""
import argparse
import gzip
import json
import math
import os
import time

import numpy as np
import torch
import torch.nn.functional as F

PAD = 0
HERE = os.path.dirname(os.path.abspath(__file__))


def parse_args():
    p = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    p.add_argument('--notation', choices=['smiles', 'selfies'], required=True)
    p.add_argument('--tokens', default=os.path.join(HERE, 'data', 'gpu'), help='folder written by tokenised.mjs')
    p.add_argument('--hidden', type=int, default=256)
    p.add_argument('--layers', type=int, default=1)
    p.add_argument('--batch', type=int, default=512)
    p.add_argument('--lr', type=float, default=0.002)
    p.add_argument('--lr-final', type=float, default=0.00002)
    p.add_argument('--warmup', type=int, default=200, help='steps of linear warm-up')
    p.add_argument('--steps', type=int, default=0, help='total steps; the schedule decays over the last --decay-share of them')
    p.add_argument('--minutes', type=float, default=0, help='instead of --steps: a time budget, turned into steps after timing the first ones')
    p.add_argument('--decay-share', type=float, default=0.8)
    p.add_argument('--stop-at', type=int, default=0, help='stop after this step, the schedule of --steps unfinished (to repeat a run its time budget cut short)')
    p.add_argument('--clip', type=float, default=5.0)
    p.add_argument('--dropout', type=float, default=0.0, help='dropout between GRU layers while training (MOSES CharRNN: 0.2); none at inference')
    p.add_argument('--seed', type=int, default=1)
    p.add_argument('--eval-every', type=int, default=500)
    p.add_argument('--checkpoint-every', type=int, default=1000)
    p.add_argument('--out', required=True)
    p.add_argument('--checkpoints', default=None)
    p.add_argument('--device', default='cuda' if torch.cuda.is_available() else 'cpu')
    a = p.parse_args()
    if (a.steps > 0) == (a.minutes > 0):
        p.error('give either --steps N or --minutes M')
    if not 0 < a.decay_share <= 1:
        p.error(f'--decay-share must be in (0, 1], not {a.decay_share}')
    return a


def utc_now():
    return time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime())


def log(event, **fields):
    print(json.dumps({'time': utc_now(), 'event': event, **fields}), flush=True)


def load_tokens(folder, notation):
    meta = json.load(open(os.path.join(folder, f'{notation}.json')))

    def rows(name, count):
        with gzip.open(os.path.join(folder, f'{notation}-{name}.u8.gz')) as f:
            return np.frombuffer(f.read(), dtype=np.uint8).reshape(count, meta['width'])

    return meta, rows('train', meta['molecules']), rows('validation', meta['validation'])


class GruLanguageModel(torch.nn.Module):
    def __init__(self, vocabulary_size, hidden, layers, dropout=0.0):
        super().__init__()
        self.vocabulary_size = vocabulary_size
        self.gru = torch.nn.GRU(vocabulary_size, hidden, layers, dropout=dropout)
        self.output = torch.nn.Linear(hidden, vocabulary_size)

    def forward(self, ids):  # ids [T, B] → logits [T, B, V]
        top, _ = self.gru(F.one_hot(ids, self.vocabulary_size).float())
        return self.output(top)


def batch_loss(model, rows):
    """Mean next-token cross-entropy over the real targets; rows [B, T] ids padded with 0."""
    ids = rows.t().long()
    logits = model(ids[:-1])
    return F.cross_entropy(logits.reshape(-1, logits.shape[-1]), ids[1:].reshape(-1), ignore_index=PAD)


def trimmed(rows, lengths):
    return rows[:, : int(lengths.max())]


def epoch_batches(lengths, batch, seed, epoch):
    """A seeded permutation, sorted by length within windows of 64 batches (less padding), batches shuffled."""
    rng = np.random.default_rng(seed * 1000 + epoch)
    order = rng.permutation(len(lengths))
    window = 64 * batch
    batches = []
    for w in range(0, len(order), window):
        part = order[w: w + window]
        part = part[np.argsort(lengths[part], kind='stable')]
        group = [part[b: b + batch] for b in range(0, len(part), batch)]
        batches.extend(group[i] for i in rng.permutation(len(group)))
    return batches


def decay_start(a, total):
    # Never before a --minutes run knows its step count (warm-up + 100 timed steps), so --steps replays it.
    return max(int(total * (1 - a.decay_share)), a.warmup + 100)


def learning_rate(a, step, total):
    if step < a.warmup:
        return a.lr * (step + 1) / a.warmup
    decay_from = decay_start(a, total)
    if step < decay_from:
        return a.lr
    progress = min(1.0, (step - decay_from) / max(1, total - decay_from))
    return a.lr_final + (a.lr - a.lr_final) * 0.5 * (1 + math.cos(math.pi * progress))


@torch.no_grad()
def validation_loss(model, validation, lengths, exact=False):
    """Token-weighted mean loss over the validation molecules; `exact` turns TF32 off (for comparing with TensorFlow.js)."""
    tf32 = torch.backends.cudnn.allow_tf32, torch.backends.cuda.matmul.allow_tf32
    if exact:
        torch.backends.cudnn.allow_tf32 = torch.backends.cuda.matmul.allow_tf32 = False
    model.eval()
    total = count = 0.0
    for i in range(0, len(validation), 256):
        rows = trimmed(validation[i: i + 256], lengths[i: i + 256])
        tokens = float((rows[:, 1:] != PAD).sum())
        total += float(batch_loss(model, rows)) * tokens
        count += tokens
    model.train()
    torch.backends.cudnn.allow_tf32, torch.backends.cuda.matmul.allow_tf32 = tf32
    return total / count


def tfjs_weights(model, hidden, layers):
    """model.ts's weights, in its order and layout: [in, 3H] with the gates as z, r, n."""
    def zrn(t):  # PyTorch stacks r, z, n along the first axis
        r, z, n = t.detach().float().cpu().split(hidden, 0)
        return torch.cat([z, r, n], 0)

    weights = []
    for l in range(layers):
        weights.append((f'gru{l}/input', zrn(getattr(model.gru, f'weight_ih_l{l}')).t()))
        weights.append((f'gru{l}/recurrent', zrn(getattr(model.gru, f'weight_hh_l{l}')).t()))
        weights.append((f'gru{l}/input_bias', zrn(getattr(model.gru, f'bias_ih_l{l}'))))
        weights.append((f'gru{l}/recurrent_bias', zrn(getattr(model.gru, f'bias_hh_l{l}'))))
    weights.append(('output/kernel', model.output.weight.detach().float().cpu().t()))
    weights.append(('output/bias', model.output.bias.detach().float().cpu()))
    return [(name, t.contiguous().numpy().astype('<f4')) for name, t in weights]


def write_atomic(path, data):
    with open(path + '.tmp', 'wb') as f:
        f.write(data)
    os.replace(path + '.tmp', path)


def export(a, meta, model, card, history):
    os.makedirs(a.out, exist_ok=True)
    weights = tfjs_weights(model, a.hidden, a.layers)
    write_atomic(os.path.join(a.out, 'weights.bin'), b''.join(w.tobytes() for _, w in weights))
    config = {'notation': a.notation, 'vocabulary': meta['vocabulary'], 'hidden': a.hidden, 'layers': a.layers, 'maxLength': meta['maxLength'] + 10}
    if meta.get('variants'):
        config['spellings'] = 'rooted'  # the SELFIES guard must not hold it to canonical spellings (model.ts)
    manifest = [{'paths': ['weights.bin'], 'weights': [{'name': n, 'shape': list(w.shape), 'dtype': 'float32'} for n, w in weights]}]
    model_json = {'format': 'genhealth-molecule-lm', 'generatedBy': 'GenHealth Lab', 'config': config, 'training': card, 'weightsManifest': manifest}
    write_atomic(os.path.join(a.out, 'model.json'), (json.dumps(model_json, indent=1) + '\n').encode())
    write_atomic(os.path.join(a.out, 'training.json'), (json.dumps({**card, 'history': history}, indent=1) + '\n').encode())


def main():
    a = parse_args()
    torch.manual_seed(a.seed)
    device = torch.device(a.device)
    meta, train, validation = load_tokens(a.tokens, a.notation)
    train_lengths = (train != PAD).sum(1)
    validation_lengths = (validation != PAD).sum(1)
    train_gpu = torch.from_numpy(train).to(device)
    validation_gpu = torch.from_numpy(validation).to(device)
    vocabulary_size = len(meta['vocabulary']) + 3
    model = GruLanguageModel(vocabulary_size, a.hidden, a.layers, a.dropout).to(device)
    optimizer = torch.optim.Adam(model.parameters(), lr=a.lr, fused=device.type == 'cuda')
    checkpoints = a.checkpoints or os.path.join(a.out, 'checkpoint')
    state = {'step': 0, 'epoch': 0, 'batch_in_epoch': 0, 'molecules': 0, 'seconds': 0.0, 'steps': a.steps, 'history': []}
    checkpoint_file = os.path.join(checkpoints, 'checkpoint.pt')
    if os.path.exists(checkpoint_file):
        saved = torch.load(checkpoint_file, map_location=device, weights_only=False)
        if saved['corpus'] != meta['corpus']['sha256'] or saved.get('variants') != meta.get('variants'):
            raise SystemExit(f'the checkpoint in {checkpoints} was trained on other rows (corpus sha256 {saved["corpus"]}, variants {saved.get("variants")}): remove it or give --checkpoints <another folder>')
        differ = {k: (v, options(a)[k]) for k, v in saved['options'].items() if options(a)[k] != v}
        if differ:
            raise SystemExit(f'the checkpoint in {checkpoints} was made with other options; continue it with the same ones: '
                             + ', '.join(f'--{k.replace("_", "-")} {was} (not {now})' for k, (was, now) in differ.items()))
        model.load_state_dict(saved['model'])
        optimizer.load_state_dict(saved['optimizer'])
        torch.set_rng_state(saved['rng']['cpu'].cpu())
        if saved['rng']['cuda'] is not None and device.type == 'cuda':
            torch.cuda.set_rng_state_all([r.cpu() for r in saved['rng']['cuda']])
        state = saved['state']
        if a.steps and a.steps != state['steps']:
            raise SystemExit(f'the checkpoint in {checkpoints} runs {state["steps"]} steps (the schedule depends on them), not --steps {a.steps}')
        log('resumed', step=state['step'])
    parameters = sum(p.numel() for p in model.parameters())
    log('start', notation=a.notation, hidden=a.hidden, layers=a.layers, parameters=parameters, molecules=len(train), device=str(device),
        gpu=torch.cuda.get_device_name(0) if device.type == 'cuda' else None, torch=torch.__version__)

    def save_checkpoint():
        os.makedirs(checkpoints, exist_ok=True)
        # The random state too: dropout draws from it, and a resumed run should draw what an uninterrupted one would.
        rng = {'cpu': torch.get_rng_state(), 'cuda': torch.cuda.get_rng_state_all() if device.type == 'cuda' else None}
        torch.save({'model': model.state_dict(), 'optimizer': optimizer.state_dict(), 'state': state, 'rng': rng, 'corpus': meta['corpus']['sha256'], 'variants': meta.get('variants'), 'options': options(a)}, checkpoint_file + '.tmp')
        os.replace(checkpoint_file + '.tmp', checkpoint_file)

    def evaluate():
        entry = {'step': state['step'], 'epoch': state['epoch'], 'molecules': state['molecules'], 'seconds': round(state['seconds']), 'valLoss': validation_loss(model, validation_gpu, validation_lengths)}
        state['history'].append(entry)
        log('eval', **entry)

    batches = epoch_batches(train_lengths, a.batch, a.seed, state['epoch'])
    started = time.time() - state['seconds']
    state.setdefault('startedAt', utc_now())
    timed_from = None
    running = None
    while (not state['steps'] or state['step'] < state['steps']) and not (a.stop_at and state['step'] >= a.stop_at):
        if a.minutes and time.time() - started > a.minutes * 60 * 1.15:
            log('over-budget', step=state['step'], steps=state['steps'])  # slower than timed: stop, with the schedule unfinished
            break
        if a.minutes and not state['steps']:
            # The budget becomes a step count once 100 steps after warm-up have been timed.
            if timed_from is None and state['step'] >= a.warmup:
                torch.cuda.synchronize() if device.type == 'cuda' else None
                timed_from = (time.time(), state['step'])
            elif timed_from and state['step'] == timed_from[1] + 100:  # also in a resumed run that had no budget yet
                torch.cuda.synchronize() if device.type == 'cuda' else None
                per_step = (time.time() - timed_from[0]) / 100
                state['steps'] = state['step'] + int((a.minutes * 60 - (time.time() - started)) / per_step)
                log('budget', steps=state['steps'], secondsPerStep=round(per_step, 5))
        if state['batch_in_epoch'] >= len(batches):
            state['epoch'] += 1
            state['batch_in_epoch'] = 0
            batches = epoch_batches(train_lengths, a.batch, a.seed, state['epoch'])
        index = batches[state['batch_in_epoch']]
        rows = trimmed(train_gpu[torch.from_numpy(index).to(device)], train_lengths[index])
        for group in optimizer.param_groups:
            group['lr'] = learning_rate(a, state['step'], state['steps'] or 10 ** 9)
        loss = batch_loss(model, rows)
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), a.clip)
        optimizer.step()
        state['step'] += 1
        state['batch_in_epoch'] += 1
        state['molecules'] += len(index)
        state['seconds'] = time.time() - started
        if state['step'] % 100 == 0:
            value = float(loss.detach())
            running = value if running is None else 0.9 * running + 0.1 * value
            log('step', step=state['step'], loss=round(running, 4), lr=float(f"{optimizer.param_groups[0]['lr']:.3g}"), moleculesPerSecond=round(state['molecules'] / state['seconds']))
        if state['step'] % a.eval_every == 0:
            evaluate()
        if state['step'] % a.checkpoint_every == 0:
            save_checkpoint()
    if not state['history'] or state['history'][-1]['step'] != state['step']:
        evaluate()
    save_checkpoint()
    exact = validation_loss(model, validation_gpu, validation_lengths, exact=True)
    steps_per_epoch = math.ceil(len(train) / a.batch)
    planned = state['steps'] or state['step']  # no budget yet: the run stopped before timing its steps
    tokens = '' if os.path.abspath(a.tokens) == os.path.join(HERE, 'data', 'gpu') else f' --tokens {a.tokens}'
    card = {
        'corpus': meta['corpus'], **({'variants': meta['variants']} if 'variants' in meta else {}), 'hidden': a.hidden, 'layers': a.layers, 'batch': a.batch, 'lr': a.lr, 'clip': a.clip, 'dropout': a.dropout, 'seed': a.seed,
        'schedule': {'warmup': a.warmup, 'decayFrom': decay_start(a, planned), 'decaySteps': max(0, planned - decay_start(a, planned)), 'lrFinal': a.lr_final},
        'steps': state['step'], 'epochs': state['epoch'] + state['batch_in_epoch'] / steps_per_epoch, 'molecules': state['molecules'], 'seconds': round(state['seconds']),
        'backend': f'PyTorch {torch.__version__} ({torch.cuda.get_device_name(0) if device.type == "cuda" else "cpu"})', 'trainer': 'train_gpu.py',
        'command': f'python3 models/molecules/train_gpu.py --notation {a.notation} --hidden {a.hidden} --layers {a.layers} --batch {a.batch} --lr {a.lr} --lr-final {a.lr_final} --warmup {a.warmup} --decay-share {a.decay_share} --clip {a.clip} --dropout {a.dropout} --seed {a.seed} --steps {planned}{tokens} --out {a.out}',
        'startedAt': state['startedAt'], 'endedAt': utc_now(),
        'parameters': parameters, 'validationLossFloat32': exact, 'lastEvaluation': state['history'][-1],
    }
    if not state['steps']:
        card['stoppedEarly'] = f'stopped at step {state["step"]} before its time budget became a step count: the learning rate never decayed'
    elif state['step'] < state['steps']:
        card['stoppedEarly'] = f'stopped at step {state["step"]} of {state["steps"]}, before the learning rate had decayed to --lr-final'
        card['command'] += f' --stop-at {state["step"]}'
    export(a, meta, model, card, state['history'])
    log('exported', out=a.out, steps=state['step'], epochs=round(card['epochs'], 3), valLoss=state['history'][-1]['valLoss'], valLossFloat32=exact)


def options(a):
    """What a resumed run must share with the run it continues."""
    return {k: getattr(a, k) for k in ('notation', 'hidden', 'layers', 'batch', 'lr', 'lr_final', 'warmup', 'decay_share', 'clip', 'dropout', 'seed')}


if __name__ == '__main__':
    main()
