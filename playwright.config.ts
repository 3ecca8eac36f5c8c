import { defineConfig } from '@playwright/test';

// Service-worker requests are reported to context.on('request') only with this set (Chromium).
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

/**
 * Browser tests: Chromium (Playwright, extension loaded unpacked) and Firefox (puppeteer-core,
 * temporary add-on). Each test file launches its own browser; the global setup builds the
 * extension first unless dist/ is newer than the sources.
 */
export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './e2e/global-setup.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  outputDir: 'test-results',
  reporter: [['list']],
  use: { trace: 'off', screenshot: 'off' },
});
