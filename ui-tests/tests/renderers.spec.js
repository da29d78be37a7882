/** Renderers never execute payload text, and explain payloads they cannot read. */
import { expect, test } from '@jupyterlab/galata';
test('table text with HTML and script payloads is shown as text and never runs', async ({ page }) => {
    await page.notebook.createNew('xss.ipynb', { kernel: 'genhealth' });
    await page.notebook.setCell(0, 'code', [
        '%%table title="<img src=x onerror=window.__xss=1>"',
        'name,note',
        '"<img src=x onerror=""window.__xss=2"">","<script>window.__xss=3</script>"',
        '<b onmouseover=window.__xss=4>bold</b>,plain'
    ].join('\n'));
    await page.notebook.runCell(0);
    const table = (await page.notebook.getCellOutputLocator(0)).locator('.jp-GenHealthTable');
    await expect(table.locator('tbody tr')).toHaveCount(2);
    await expect(table.locator('tbody tr').first().locator('td').first()).toHaveText('<img src=x onerror="window.__xss=2">');
    await expect(table.locator('.jp-GenHealthTable-caption')).toContainText('<img src=x onerror=window.__xss=1>');
    await table.locator('tbody tr').nth(1).locator('td').first().hover();
    expect(await table.locator('img, script, b').count()).toBe(0);
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => window.__xss)).toBeUndefined();
});
test('a payload of an unknown version gets a readable message', async ({ page }) => {
    await page.notebook.createNew('version.ipynb', { kernel: 'genhealth' });
    await page.notebook.setCell(0, 'code', [
        'import { display } from "genhealth";',
        'display({ "application/vnd.genhealth.table+json": { version: 2, kind: "table", run_id: "r", summary: {} }, "text/plain": "table" });'
    ].join('\n'));
    await page.notebook.runCell(0);
    await expect((await page.notebook.getCellOutputLocator(0)).locator('.jp-GenHealthOutput-error')).toContainText('payload version 2; this GenHealth extension reads version 1');
});
//# sourceMappingURL=renderers.spec.js.map