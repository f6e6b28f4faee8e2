import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findBrowser } from './scripts/lib/browser.ts';
import { basePath } from './scripts/lib/base.ts';

const browser = findBrowser();
// Another port (and another built folder, CROSSINGS_OUT_DIR) lets two test runs share a machine.
const port = Number(process.env['CROSSINGS_TEST_PORT'] ?? 4321);

export default defineConfig({
  testDir: 'e2e',
  // One worker in CI: each test's Chromium is several processes, and on two cores two workers made the
  // browser tests twice as slow (442 tests in 21.2 minutes, against 400 in 10.3 on one worker before).
  workers: process.env['CI'] ? 1 : 2,
  // Room for a machine doing other work (CI beside other jobs, a laptop building something else): the limits
  // bound a test that hangs; they are not what any test waits for. A quiet machine runs well inside them.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: Boolean(process.env['CI']),
  reporter: process.env['CI'] ? 'list' : [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    // Every page of the site registers a service worker that precaches the whole site (9 MB) in the
    // background: in a test not about offline reading that is work beside the test's own (blocking it cut
    // the browser's CPU time for eight axe tests from 43.5 s to 23.5 s). The specs about the worker (offline,
    // and the CSP walk, which must see all a reader's browser fetches) allow it.
    serviceWorkers: 'block',
    baseURL: `http://localhost:${port}`,
    launchOptions: {
      ...(browser ? { executablePath: browser.path } : {}),
      args: chromiumArgs,
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    // Tests run against the built site, served with the headers a static host would add.
    command: `node scripts/serve.ts --dir ${process.env['CROSSINGS_OUT_DIR'] ?? 'dist'} --port ${port}`,
    // A build for a base path (CROSSINGS_BASE) is served under it: its home page is there.
    url: `http://localhost:${port}${basePath}`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
