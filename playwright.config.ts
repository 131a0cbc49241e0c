import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromium.mjs';
import { DIALECT_SITE_PORT, E2E_PORT as port } from './tests/e2e/dialect-site.ts';

// E2E_PORT lets several checkouts run their browser tests side by side without sharing a server.

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // A test.only left in a commit would skip every other test: on CI that fails the run instead.
  forbidOnly: !!process.env.CI,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? 'list' : [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${port}`,
    locale: 'nb-NO',
    ...devices['Desktop Chrome'],
    launchOptions: chromiumLaunchOptions,
  },
  webServer: [
    {
      command: `npx astro preview --port ${port} --ignore-lock`,
      url: `http://localhost:${port}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `npx astro preview --root tests/fixtures/dialect-site --port ${DIALECT_SITE_PORT} --ignore-lock`,
      url: `http://localhost:${DIALECT_SITE_PORT}/no/komponenter/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
