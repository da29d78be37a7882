/** The molecules output in JupyterLab: structure grid, filters, property table, metrics and exports. */
import { expect, test } from '@jupyterlab/galata';
import * as fs from 'fs';
import * as path from 'path';

const artifacts = path.resolve(__dirname, '..', 'artifacts');

test('molecules output: a grid of structures that the filters narrow, a sortable table and metrics', async ({ page }) => {
  await page.notebook.createNew('molecules.ipynb', { kernel: 'genhealth' });
  await page.notebook.setCell(0, 'code', '%%molecules n=30 mode=selfies seed=4');
  await page.notebook.run();
  const output = (await page.notebook.getCellOutputLocator(0))!.locator('.jp-GenHealthMolecules');
  await expect(output.locator('.jp-GenHealthMolecules-header')).toContainText('30 molecules', { timeout: 120_000 });
  const cards = output.locator('.jp-GenHealthMolecules-card');
  await expect(cards).toHaveCount(24);
  // Depictions are images of sanitised SVG, drawn by the browser.
  const img = cards.first().locator('img');
  await expect(img).toHaveAttribute('src', /^data:image\/svg\+xml;base64,/);
  expect(await img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
  await expect(output.locator('[data-metric="valid"]')).toHaveText('1.000');
  await expect(output.locator('.jp-GenHealthMolecules-count')).toHaveText('showing 30 of 30');
  // Filters: MW at most 300 keeps only the lighter molecules, in the grid, the count and the table.
  await output.locator('[data-filter="mw-max"]').fill('300');
  const count = await output.locator('.jp-GenHealthMolecules-count').textContent();
  const shown = Number(/showing (\d+)/.exec(count ?? '')![1]);
  expect(shown).toBeLessThan(30);
  const weights = await output.locator('.jp-GenHealthMolecules-card figcaption div').allTextContents();
  expect(shown).toBeGreaterThan(0);
  expect(weights.length).toBe(Math.min(shown, 24));
  for (const w of weights) expect(Number(/MW ([\d.]+)/.exec(w)![1])).toBeLessThanOrEqual(300);
  // The table sorts by a property when its header is clicked.
  await output.locator('.jp-GenHealthMolecules-table th[data-column="qed"]').click();
  const qed = (await output.locator('.jp-GenHealthMolecules-table tbody tr td:nth-child(4)').allTextContents()).map(Number);
  expect(qed).toEqual([...qed].sort((a, b) => a - b));
  await expect(output.locator('button', { hasText: 'SDF' })).toBeEnabled();
  fs.mkdirSync(artifacts, { recursive: true });
  await output.locator('[data-filter="mw-max"]').fill('');
  await output.scrollIntoViewIfNeeded();
  await output.screenshot({ path: path.join(artifacts, 'molecules-grid.png') });
});
