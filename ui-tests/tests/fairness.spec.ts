/** The fairness report in JupyterLab: verdicts, groups with intervals, disparities, the sex × race heat map, ROC and calibration. */
import { expect, test } from '@jupyterlab/galata';
import * as fs from 'fs';
import * as path from 'path';

const artifacts = path.resolve(__dirname, '..', 'artifacts');

test('fairness output: verdict per measure, every intersectional group, four charts, a before/after panel', async ({ page }) => {
  await page.notebook.createNew('fairness.ipynb', { kernel: 'genhealth' });
  await page.notebook.setCell(0, 'code', '%%cohort n=600 seed=3 out=cohort');
  await page.notebook.addCell(
    'code',
    [
      'const rows = cohort.table(["age", "sex", "race", "condition:44054006"]).toRecords()',
      '  .filter(r => (r.age as number) >= 18)',
      '  .map((r, i) => ({ ...r, label: r["condition:44054006"], pred: (r.age as number) >= 55 || (r.sex === "M" && i % 5 === 0) ? 1 : 0, prob: Math.min(1, (r.age as number) / 90) }))'
    ].join('\n')
  );
  await page.notebook.addCell('code', '%fairness data=rows y_true=label y_pred=pred score=prob sensitive=sex,race n_boot=50 seed=1 mitigate=thresholds constraint=demographic_parity objective=balanced_accuracy');
  await page.notebook.run();
  const output = (await page.notebook.getCellOutputLocator(2))!.locator('.jp-GenHealthFairness');
  await expect(output.locator('.jp-GenHealthFairness-header')).toContainText(/\d+ of \d+ measures fail/);
  const dp = output.locator('.jp-GenHealthFairness-measures tr[data-measure="demographic_parity_ratio"]');
  await expect(dp.locator('td').last()).toHaveText(/^(pass|fail)$/);
  // Both sexes and several races appear; empty intersections are left out of the table.
  const groups = output.locator('.jp-GenHealthFairness-groups tbody tr');
  expect(await groups.count()).toBeGreaterThan(4);
  await expect(groups.first().locator('td').nth(3)).toContainText('[');
  for (const chart of ['disparities', 'heatmap', 'roc', 'calibration']) {
    await expect(output.locator(`[data-chart="${chart}"] .main-svg`).first()).toBeVisible({ timeout: 60_000 });
  }
  // The before/after panel of the mitigation: measures side by side, the rules chosen, and its chart.
  const panel = output.locator('.jp-GenHealthFairness-mitigation[data-method="thresholds"]');
  await expect(panel.locator('h4')).toContainText('Before → after: Group thresholds for demographic parity');
  await expect(panel.locator('tr[data-measure="demographic_parity_difference"] td').nth(4)).toHaveText(/^(pass|fail)$/);
  await expect(panel.locator('.jp-GenHealthFairness-details tbody tr')).toHaveCount(await groups.count());
  await expect(panel.locator('[data-chart="mitigation-thresholds"] .main-svg').first()).toBeVisible({ timeout: 60_000 });
  fs.mkdirSync(artifacts, { recursive: true });
  await panel.scrollIntoViewIfNeeded();
  await panel.screenshot({ path: path.join(artifacts, 'fairness-mitigation.png') });
  await output.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(artifacts, 'fairness-light.png'), fullPage: false });
  for (const chart of ['roc', 'calibration']) {
    const node = output.locator(`[data-chart="${chart}"]`);
    await node.scrollIntoViewIfNeeded();
    await node.screenshot({ path: path.join(artifacts, `fairness-${chart}.png`) });
  }
});
