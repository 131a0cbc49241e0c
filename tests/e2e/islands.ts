import type { Locator, Page } from '@playwright/test';

/** Waits until every island on the page has hydrated: a click before that never reaches React. */
export async function islandsHydrated(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
}

/** The page's simulator section, scrolled into view and hydrated (it is client:visible: only once a reader is near). */
export async function simulatorSection(page: Page): Promise<Locator> {
  const section = page.getByRole('region', { name: 'Prøv trinnene i simulatoren' });
  await section.scrollIntoViewIfNeeded();
  await islandsHydrated(page);
  return section;
}
