/** The launcher item opens a notebook on the GenHealth kernel with a starter cell that runs. */
import { expect, test } from '@jupyterlab/galata';
test('the "GenHealth notebook" launcher item', async ({ page }) => {
    const card = page.locator('.jp-Launcher .jp-LauncherCard[title="GenHealth notebook"]:visible');
    await expect(card).toBeVisible();
    await card.click();
    await expect(page.locator('.jp-NotebookPanel:visible .jp-Toolbar-kernelName')).toContainText('GenHealth (TypeScript)');
    await expect((await page.notebook.getCellInputLocator(0))).toContainText('%lsmagic');
    await page.notebook.runCell(0);
    await expect((await page.notebook.getCellOutputLocator(0))).toContainText('Available magics');
    await expect((await page.notebook.getCellOutputLocator(0))).toContainText('TensorFlow.js backend: wasm');
});
test('command palette lists the GenHealth commands', async ({ page }) => {
    await page.keyboard.press('Control+Shift+c');
    const palette = page.locator('#command-palette');
    await palette.locator('input').fill('GenHealth');
    await expect(palette.getByText('New GenHealth Notebook')).toBeVisible();
    await expect(palette.getByText('Open the GenHealth Lab Welcome Lesson')).toBeVisible();
});
//# sourceMappingURL=launcher.spec.js.map