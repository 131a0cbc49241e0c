import { test as base, expect, type FrameLocator, type Page } from '@playwright/test';
import { startLmsServer, type LmsServer } from './server.ts';

/**
 * Tests of the built packages in a real runtime: each test gets its own platform (server.ts), and the same two
 * guards as the site's tests, aimed at the platform's host: the package asks for nothing anywhere else, and no
 * console error occurs (except the failed requests a test provokes by taking the platform down).
 */
export const test = base.extend<{ lms: LmsServer; allowFailedRequests: { value: boolean } }>({
  // Playwright reads a fixture's dependencies from the destructured first argument; this one has none.
  // eslint-disable-next-line no-empty-pattern
  allowFailedRequests: async ({}, use) => use({ value: false }),
  lms: async ({ page, allowFailedRequests }, use) => {
    const server = await startLmsServer();
    const own = new URL(server.url).host;
    const foreign: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['data:', 'blob:', 'about:'].includes(url.protocol) && url.host !== own) foreign.push(request.url());
    });
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      // xAPI answers 404 for a document that is not there yet (the first launch's saved place, the learner's
      // preferences): the protocol's answer, which the browser logs all the same.
      if (
        message.text().includes('status of 404') &&
        /\/lrs\/(activities\/state|agents\/profile)/.test(message.location().url)
      )
        return;
      if (allowFailedRequests.value && /Failed to load resource|status of 503/.test(message.text())) return;
      errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await use(server);
    await server.close();
    expect(foreign, 'requests to other hosts').toEqual([]);
    expect(errors, 'console errors').toEqual([]);
  },
});

export { expect };

/** The exercise in the platform's frame (SCORM) or the page itself (cmi5). */
export type Scope = FrameLocator | Page;

/** Tilbud/Sync, the Sync tab and the Oslo connection, by role and the names the simulator shows. */
export async function openSyncAndSelectOslo(scope: Scope) {
  const region = scope.getByRole('region', { name: 'Simulatoren' });
  await region.getByRole('navigation', { name: 'Navigator' }).getByRole('button', { name: 'Tilbud/Sync' }).click();
  await region.getByRole('tab', { name: 'Sync' }).click();
  await region.getByRole('radio', { name: 'Nordlys – Oslo AS' }).check();
  return region;
}

/**
 * The rest of «Gi en ERP-kobling nytt navn» from a selected Oslo connection: open the dialog, make one mistake
 * (typing in a configuration field while Aktiv is checked), rename, save with OK.
 */
export async function renameOsloWithOneMistake(scope: Scope) {
  const region = scope.getByRole('region', { name: 'Simulatoren' });
  await region.getByRole('button', { name: 'Konfigurer ERP-kobling' }).click();
  const dialog = scope.getByRole('dialog', { name: 'Konfigurer ERP-kobling' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Tidsavbrudd (sekunder)' }).press('7');
  await dialog.getByRole('textbox', { name: 'Navn', exact: true }).fill('Nordlys – Oslo hovedkontor');
  await dialog.getByRole('button', { name: 'OK', exact: true }).click();
  await expect(dialog).toBeHidden();
}

/** The platform's status line in the package. */
export const lmsStatus = (scope: Scope) => scope.getByRole('region', { name: 'Læringsplattform' }).getByRole('status');
