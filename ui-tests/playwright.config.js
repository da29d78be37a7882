/**
 * Galata + Playwright against a real JupyterLab (from .venv) in Debian's Chromium. Playwright never
 * downloads a browser here, and video stays off because it needs a downloaded ffmpeg.
 */
const path = require('path');
const baseConfig = require('@jupyterlab/galata/lib/playwright-config');

const port = Number(process.env.GENHEALTH_UI_PORT || 18888);
const root = path.resolve(__dirname, '..');

module.exports = {
  ...baseConfig,
  testDir: './tests',
  outputDir: './test-results',
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 120000,
  expect: { timeout: 30000 },
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    ...baseConfig.use,
    baseURL: `http://127.0.0.1:${port}`,
    video: 'off',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic'
      ]
    }
  },
  webServer: {
    command: `${path.join(root, '.venv', 'bin', 'jupyter')} lab --config ${path.join(__dirname, 'jupyter_server_test_config.py')}`,
    url: `http://127.0.0.1:${port}/lab`,
    timeout: 180000,
    reuseExistingServer: false,
    env: {
      ...process.env,
      GENHEALTH_UI_PORT: String(port),
      // Inside the repository, so notebooks resolve the `genhealth` package from its node_modules.
      JUPYTERLAB_GALATA_ROOT_DIR: path.join(__dirname, 'server-root')
    }
  }
};
