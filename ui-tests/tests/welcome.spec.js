/**
 * The welcome lesson in a real JupyterLab: run all, then check magic highlighting, the table
 * renderer, the backend, the error-and-carry-on behaviour and both themes.
 */
import { expect, test } from '@jupyterlab/galata';
import * as fs from 'fs';
import * as path from 'path';
const NOTEBOOK = 'welcome.ipynb';
const source = path.resolve(__dirname, '..', '..', 'notebooks', NOTEBOOK);
const cells = JSON.parse(fs.readFileSync(source, 'utf8')).cells;
const indexOf = (id) => cells.findIndex(c => c.id === id);
const artifacts = path.resolve(__dirname, '..', 'artifacts');
test.describe('welcome lesson', () => {
    test.beforeEach(async ({ page, tmpPath }) => {
        await page.contents.uploadFile(source, `${tmpPath}/${NOTEBOOK}`);
        await page.notebook.openByPath(`${tmpPath}/${NOTEBOOK}`);
        await page.notebook.activate(NOTEBOOK);
    });
    test('runs all cells with the GenHealth kernel', async ({ page }) => {
        await expect(page.locator('.jp-Notebook-ExecutionIndicator, .jp-KernelName').first()).toBeVisible();
        await page.notebook.run();
        // JupyterLab picked TypeScript for the editors (tslab's kernel_info made it JavaScript).
        const mime = await page.evaluate(() => window.jupyterapp.shell.currentWidget.content.codeMimetype);
        expect(mime).toBe('application/typescript');
        // Magic lines are decorated, with the name and option parts marked (CodeMirror draws visible lines only).
        await (await page.notebook.getCellLocator(indexOf('table'))).scrollIntoViewIfNeeded();
        const tableInput = (await page.notebook.getCellInputLocator(indexOf('table')));
        await expect(tableInput.locator('.jp-GenHealthMagic-line').first()).toBeVisible();
        await expect(tableInput.locator('.jp-GenHealthMagic-name').first()).toHaveText('%%table');
        await expect(tableInput.locator('.jp-GenHealthMagic-key').first()).toHaveText('page_size');
        // %backend says wasm.
        const backend = (await page.notebook.getCellOutputLocator(indexOf('backend')));
        await expect(backend).toContainText('TensorFlow.js backend: wasm');
        // The table renderer shows five rows sorted by HbA1c, highest first, and sorts on click.
        const table = (await page.notebook.getCellOutputLocator(indexOf('table'))).locator('.jp-GenHealthTable');
        const rows = table.locator('tbody tr');
        await expect(rows).toHaveCount(5);
        await expect(rows.first().locator('td').nth(4)).toHaveText('8.1');
        await expect(table.locator('.jp-GenHealthTable-status')).toHaveText('Rows 1–5 of 12 · page 1 of 3');
        await table.locator('th[data-column="age"]').click();
        await expect(rows.first().locator('td').nth(1)).toHaveText('29');
        await expect(table.locator('th[data-column="age"]')).toHaveAttribute('aria-sort', 'ascending');
        await table.locator('th[data-column="age"]').click();
        await expect(rows.first().locator('td').nth(1)).toHaveText('73');
        await table.locator('.jp-GenHealthTable-next').click();
        await expect(table.locator('.jp-GenHealthTable-status')).toHaveText('Rows 6–10 of 12 · page 2 of 3');
        // The typo gives a MagicError, and the next cell ran anyway.
        const error = (await page.notebook.getCellOutputLocator(indexOf('error')));
        await expect(error).toContainText("MagicError: unknown option 'pagesize' for %%table. Did you mean 'page_size'?");
        const after = (await page.notebook.getCellOutputLocator(indexOf('after')));
        await expect(after).toContainText('12');
        fs.mkdirSync(artifacts, { recursive: true });
        await (await page.notebook.getCellLocator(indexOf('table'))).scrollIntoViewIfNeeded();
        await page.screenshot({ path: path.join(artifacts, 'welcome-light.png') });
        await page.theme.setDarkTheme();
        await (await page.notebook.getCellLocator(indexOf('table'))).scrollIntoViewIfNeeded();
        await page.screenshot({ path: path.join(artifacts, 'welcome-dark.png') });
        await page.theme.setLightTheme();
    });
});
//# sourceMappingURL=welcome.spec.js.map