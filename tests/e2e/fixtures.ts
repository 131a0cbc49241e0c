import { test as base, expect } from '@playwright/test';

/**
 * Every e2e test runs with two guards: the page must not log a console error, and it must not ask any host but
 * the site's own for anything (fonts, icons, scripts all local). Both are checked after the test body.
 */
export const test = base.extend<{ guards: { consoleErrors: string[]; foreignRequests: string[] } }>({
  guards: [
    async ({ page, baseURL }, use) => {
      const own = new URL(baseURL ?? 'http://localhost').host;
      const consoleErrors: string[] = [];
      const foreignRequests: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(`${page.url()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => consoleErrors.push(`${page.url()}: ${error.message}`));
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (['data:', 'blob:', 'about:'].includes(url.protocol)) return;
        if (url.host !== own) foreignRequests.push(request.url());
      });
      await use({ consoleErrors, foreignRequests });
      expect(foreignRequests, 'requests to other hosts').toEqual([]);
      expect(consoleErrors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
