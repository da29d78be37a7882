/**
 * `npm run bench -- fairness`: the full report (every metric, 3 × 5 intersectional groups) on
 * 1,000,000 rows with 1,000 bootstrap replicates — seconds and peak memory, in a child process.
 * Baseline: Fairlearn 0.15's MetricFrame with bootstrap on the same rows (from .venv, when the test
 * dependencies are installed). Fairlearn needs about 10 s per replicate here, so it runs a few
 * replicates and its 1,000-replicate time is extrapolated linearly (reported as such).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { emit } from '../bench/record';
import { Random } from '../cohort/random';
import { fairnessReport } from './report';

const ROWS = 1_000_000;
const N_BOOT = 1000;
const LEVELS = { sex: ['F', 'M', 'X'], race: ['asian', 'black', 'hispanic', 'other', 'white'] };
const PYTHON = path.resolve(__dirname, '..', '..', '..', '.venv', 'bin', 'python');
const BASELINE = path.resolve(__dirname, '..', '..', 'oracles', 'fairlearn_bench.py');

function rows(n: number) {
  const random = new Random(7);
  const codes = { sex: new Uint8Array(n), race: new Uint8Array(n) };
  const label = new Float64Array(n);
  const pred = new Float64Array(n);
  const prob = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    codes.sex[i] = Math.floor(random.next() * 3);
    codes.race[i] = Math.floor(random.next() * 5);
    // A score that depends a little on the groups, so the disparities are not all zero.
    prob[i] = Math.min(1, random.next() * (0.8 + 0.1 * codes.sex[i] + 0.05 * codes.race[i]));
    label[i] = random.next() < prob[i] ? 1 : 0;
    pred[i] = prob[i] > 0.5 ? 1 : 0;
  }
  return { codes, label, pred, prob };
}

/** Run in a child so that its peak resident memory is the report's alone. */
export function reportChild(n: number, nBoot: number): void {
  const { codes, label, pred, prob } = rows(n);
  const started = process.hrtime.bigint();
  const sex = Array.from(codes.sex, c => LEVELS.sex[c]);
  const race = Array.from(codes.race, c => LEVELS.race[c]);
  const report = fairnessReport({ sex, race, label, pred, prob }, { yTrue: 'label', yPred: 'pred', score: 'prob', sensitive: ['sex', 'race'], nBoot, seed: 1 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  process.stdout.write(JSON.stringify({ seconds, maxRssKiB: process.resourceUsage().maxRSS, groups: report.byGroup.length, measures: report.measures.length }) + '\n');
}

export async function run(): Promise<void> {
  const nBoot = Number(process.env.GENHEALTH_BENCH_FAIRNESS_BOOT ?? N_BOOT);
  const out = execFileSync(process.execPath, ['-e', `require(${JSON.stringify(__filename)}).reportChild(${ROWS}, ${nBoot})`], { encoding: 'utf8', maxBuffer: 1 << 20 });
  const ours = JSON.parse(out.trim().split('\n').pop()!);
  const common = { bench: 'fairness', rows: ROWS, n_boot: nBoot, groups: ours.groups };
  emit({ ...common, metric: 'peak-memory-report', value: Math.round(ours.maxRssKiB / 1024), unit: 'MiB' });
  if (!existsSync(PYTHON)) {
    emit({ ...common, metric: 'seconds-report', value: Number(ours.seconds.toFixed(1)), unit: 's', baseline: 'Fairlearn not installed (npm test installs it)' });
    return;
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'genhealth-bench-fairness-'));
  const { codes, label, pred } = rows(ROWS);
  writeFileSync(path.join(dir, 'label.f64'), Buffer.from(label.buffer));
  writeFileSync(path.join(dir, 'pred.f64'), Buffer.from(pred.buffer));
  writeFileSync(path.join(dir, 'sex.u8'), codes.sex);
  writeFileSync(path.join(dir, 'race.u8'), codes.race);
  writeFileSync(path.join(dir, 'levels.json'), JSON.stringify(LEVELS));
  const fairlearnBoot = Number(process.env.GENHEALTH_BENCH_FAIRLEARN_BOOT ?? 5);
  const fl = JSON.parse(execFileSync(PYTHON, [BASELINE, dir, String(fairlearnBoot)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim().split('\n').pop()!);
  const perReplicate = (fl.boot_seconds - fl.point_seconds) / fairlearnBoot;
  const extrapolated = fl.point_seconds + perReplicate * nBoot;
  emit({
    ...common, metric: 'seconds-report', value: Number(ours.seconds.toFixed(1)), unit: 's', goal: '10x faster than Fairlearn',
    baseline: `Fairlearn 0.15 MetricFrame (3 rates, difference and ratio) with n_boot=${nBoot}: ${extrapolated.toFixed(0)} s, extrapolated from ${fairlearnBoot} replicates (${perReplicate.toFixed(2)} s each)`,
    ratio: Number((extrapolated / ours.seconds).toFixed(1))
  });
}
