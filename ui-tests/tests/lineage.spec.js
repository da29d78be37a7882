/**
 * The lineage panel after running the lesson: it lists the runs, the DAG shows the parent link, and
 * Reproduce turns the run's badge green.
 */
import { expect, test } from '@jupyterlab/galata';
import * as fs from 'fs';
import * as path from 'path';
const NOTEBOOK = 'welcome.ipynb';
const source = path.resolve(__dirname, '..', '..', 'notebooks', NOTEBOOK);
const artifacts = path.resolve(__dirname, '..', 'artifacts');
test('lineage panel: runs, graph, reproduce', async ({ page, tmpPath }) => {
    test.setTimeout(240_000);
    await page.contents.uploadFile(source, `${tmpPath}/${NOTEBOOK}`);
    await page.notebook.openByPath(`${tmpPath}/${NOTEBOOK}`);
    await page.notebook.activate(NOTEBOOK);
    await page.notebook.run();
    // %lineage list renders with the lineage renderer: the two table runs.
    const cells = JSON.parse(fs.readFileSync(source, 'utf8')).cells;
    const listOutput = (await page.notebook.getCellOutputLocator(cells.findIndex(c => c.id === 'lineage-list')));
    await expect(listOutput.locator('table.jp-GenHealthLineage-list tbody tr')).toHaveCount(2);
    await page.evaluate(() => window.jupyterapp.commands.execute('genhealth:open-lineage'));
    const panel = page.locator('#jp-genhealth-lineage');
    await expect(panel).toBeVisible();
    const rows = panel.locator('.jp-GenHealthLineage-run');
    await expect(rows).toHaveCount(2);
    await expect(panel.locator('.jp-GenHealthLineage-location')).toContainText('.genhealth');
    // Newest first: the derived table, whose parent is the first table.
    const derived = rows.first();
    const derivedId = (await derived.getAttribute('data-run'));
    const parentId = (await rows.nth(1).getAttribute('data-run'));
    await derived.click();
    const details = panel.locator('.jp-GenHealthLineage-details');
    await expect(details).toHaveAttribute('data-run', derivedId);
    await expect(details).toContainText('Youngest first');
    await expect(details.locator('summary', { hasText: 'Parents' }).locator('..')).toContainText(parentId);
    const graph = panel.locator('svg.jp-GenHealthLineage-graph');
    await expect(graph.locator('.jp-GenHealthLineage-node.jp-mod-run')).toHaveCount(2);
    await expect(graph.locator(`line[data-from="${parentId}"]`)).toHaveCount(1);
    await expect(graph.locator(`line[data-to="${derivedId}"]`)).toHaveCount(1);
    await details.locator('.jp-GenHealthLineage-reproduce').click();
    const badge = panel.locator(`.jp-GenHealthLineage-run[data-run="${derivedId}"] .jp-GenHealthLineage-badge`);
    await expect(badge).toHaveText('reproduced', { timeout: 180_000 });
    await expect(badge).toHaveClass(/jp-mod-reproduced/);
    await expect(panel.locator('.jp-GenHealthLineage-message')).toContainText('reproduced: 1 output hash(es) identical');
    // Compare the two runs.
    await rows.nth(0).locator('input[type=checkbox]').check();
    await rows.nth(1).locator('input[type=checkbox]').check();
    await panel.locator('.jp-GenHealthLineage-diff').click();
    await expect(panel.locator('.jp-GenHealthLineage-diffview')).toContainText('params.sort');
    fs.mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: path.join(artifacts, 'lineage-panel.png') });
});
//# sourceMappingURL=lineage.spec.js.map