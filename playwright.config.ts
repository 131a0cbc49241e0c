import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromium.mjs';
import { DIALECT_SITE_PORT, E2E_PORT as port } from './tests/e2e/dialect-site.ts';

// The browser tests serve the built site on a port of their own, far from npm start's 4321 (and from 4322, where a
// server used to move when 4321 was taken). E2E_PORT lets several checkouts run side by side without sharing one.
// Never test a server these tests did not start (it may be another checkout's, or an old build), unless told to
// with E2E_REUSE=1. A taken port then fails at once, naming the port (strictPort in astro.config.mjs).
const reuseExistingServer = process.env.E2E_REUSE === '1';

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
      reuseExistingServer,
      timeout: 60_000,
    },
    {
      command: `npx astro preview --root tests/fixtures/dialect-site --port ${DIALECT_SITE_PORT} --ignore-lock`,
      url: `http://localhost:${DIALECT_SITE_PORT}/no/komponenter/`,
      reuseExistingServer,
      timeout: 60_000,
    },
  ],
});
