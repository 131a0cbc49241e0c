import { defineConfig } from '@playwright/test';
import site from './playwright.config.ts';
import { E2E_PORT as port } from './tests/e2e/dialect-site.ts';

// Browser tests of the corpus build (dist-corpus/, built by npm run test:corpus): the site's settings, its own
// server for that output on the site tests' port (E2E_PORT), and never a server it did not start.

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
