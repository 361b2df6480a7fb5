// End-to-end tests against the release build in dist/, served by a plain
// static server (no SPA fallback, no compression) on localhost, in Debian's
// chromium. Playwright never downloads a browser here.
import { defineConfig } from '@playwright/test';
import { chromiumFlags } from './support/browser.mjs';

const port = Number(process.env.E2E_PORT || 4317);
// A second build with --public-url /qi-involve/ checks deployment under a sub-path.
export const subPathPort = port + 1;

export default defineConfig({
  testDir: './specs',
  outputDir: './results',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    viewport: { width: 768, height: 1024 },
    launchOptions: { executablePath: '/usr/bin/chromium', args: chromiumFlags },
    trace: 'off',
  },
  webServer: [
    {
      command: `python3 -m http.server ${port} --bind 127.0.0.1 --directory ../../dist`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'ignore',
    },
    {
      command: `python3 -m http.server ${subPathPort} --bind 127.0.0.1 --directory ../../dist-subpath`,
      url: `http://127.0.0.1:${subPathPort}/qi-involve/`,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'ignore',
    },
  ],
});
