/** The cohorts lesson in JupyterLab: the cohort renderer draws its charts and the patient table. */
import { expect, test } from '@jupyterlab/galata';
import * as fs from 'fs';
import * as path from 'path';
const NOTEBOOK = 'cohorts.ipynb';
const source = path.resolve(__dirname, '..', '..', 'notebooks', NOTEBOOK);
const cells = JSON.parse(fs.readFileSync(source, 'utf8')).cells;
const artifacts = path.resolve(__dirname, '..', 'artifacts');
test('cohort output: breakdowns, three charts, prevalence and the patient table', async ({ page, tmpPath }) => {
    await page.contents.uploadFile(source, `${tmpPath}/${NOTEBOOK}`);
    await page.notebook.openByPath(`${tmpPath}/${NOTEBOOK}`);
    await page.notebook.activate(NOTEBOOK);
    await page.notebook.run();
    const index = cells.findIndex(c => c.id === 'cohort');
    await (await page.notebook.getCellLocator(index)).scrollIntoViewIfNeeded();
    const output = (await page.notebook.getCellOutputLocator(index)).locator('.jp-GenHealthCohort');
    await expect(output.locator('.jp-GenHealthCohort-header')).toContainText('1,000 synthetic patients');
    for (const chart of ['pyramid', 'prevalence', 'trajectories']) {
        await expect(output.locator(`[data-chart="${chart}"] .main-svg`).first()).toBeVisible({ timeout: 60_000 });
    }
    await expect(output.locator('.jp-GenHealthCohort-prevalence tr[data-code="44054006"]')).toContainText('Diabetes mellitus type 2');
    await expect(output.locator('.jp-GenHealthCohort-patients tbody tr')).toHaveCount(10);
    fs.mkdirSync(artifacts, { recursive: true });
    await output.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(artifacts, 'cohort-light.png'), fullPage: false });
});
//# sourceMappingURL=cohorts.spec.js.map