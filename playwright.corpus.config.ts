import { defineConfig } from '@playwright/test';
import site from './playwright.config.ts';

// Browser tests of the corpus build (dist-corpus/, built by npm run test:corpus): the site's settings, its own
// server for that output on E2E_PORT, and never a server it did not start.
const port = Number(process.env.E2E_PORT ?? 4322);

export default defineConfig({
  ...site,
  testDir: 'tests/e2e-corpus',
  reporter: 'list',
  webServer: {
    command: `npx astro preview --port ${port} --ignore-lock`,
    env: { SITE_OUT_DIR: 'dist-corpus' },
    url: `http://localhost:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
