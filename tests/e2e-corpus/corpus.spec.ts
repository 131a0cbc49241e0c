import AxeBuilder from '@axe-core/playwright';
import { test as plain } from '@playwright/test';
import { expect, test } from '../e2e/fixtures.ts';

// SuperOffice's real help, built by npm run test:corpus (DOCS_ROOT = the shared corpus) and served from
// dist-corpus/. The pages are the corpus's own; these tests read them as a reader would.

const HOWTO = '/no/erp/admin/update-connection/';
const TABS = '/no/learn/basics/notifications/';
const IMAGES = '/no/ai/learn/categorization/';
const NESTED = '/no/learn/getting-started/main-screen/navigator/';
const CARDS = '/no/admin/';

test('a callout of the real howto page is a note titled in Norwegian', async ({ page }) => {
  await page.goto(HOWTO);
  const note = page.getByRole('note').filter({ hasText: 'Hvis koblingen er aktiv' });
  await expect(note).toBeVisible();
  await expect(note).toContainText(/^\s*Merk/);
});

test('the simulator follows the steps of the real howto page, and «Prøv i simulatoren» its troubleshooting', async ({
  page,
}) => {
  await page.goto(HOWTO);
  const embed = page.getByRole('region', { name: 'Prøv trinnene i simulatoren' });
  await embed.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
  // The real page's first step is marked done when the reader does it in the simulator, as on the site's own page.
  const firstStep = page.locator('#trinn + ol > li').first();
  await embed.getByRole('navigation', { name: 'Navigator' }).getByRole('button', { name: 'Tilbud/Sync' }).click();
  await embed.getByRole('tab', { name: 'Sync' }).click();
  await expect(firstStep).toHaveClass(/\bhowto-step-done\b/);
  const tryIt = page.getByRole('link', { name: 'Prøv i simulatoren' });
  await expect(tryIt).toHaveAttribute('href', '/simulator/?situasjon=ok-nedtonet');
  // Right under «ERP-koblingen kan ikke lagres», before the next section.
  const after = await tryIt.evaluate((link) => {
    let node: Element | null = link.closest('p');
    while (node && !/^H[1-6]$/.test(node.tagName)) node = node.previousElementSibling;
    return node?.textContent;
  });
  expect(after).toBe('ERP-koblingen kan ikke lagres');
});

test('tabs of a real page work by keyboard', async ({ page }) => {
  await page.goto(TABS);
  const tabs = page.getByRole('tablist').first().getByRole('tab');
  await expect(tabs).toHaveText(['Chrome', 'Edge', 'Firefox', 'Safari']);
  await tabs.first().focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Edge' })).toBeFocused();
  await expect(page.getByRole('tab', { name: 'Edge' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel', { name: 'Edge' })).toBeVisible();
  await expect(page.getByRole('tabpanel', { name: 'Chrome' })).toBeHidden();
  await page.keyboard.press('End');
  await expect(page.getByRole('tab', { name: 'Safari' })).toBeFocused();
});

test('an image of a real page loads from the site itself, with its size', async ({ page, baseURL }) => {
  await page.goto(IMAGES);
  const image = page.getByRole('img', { name: 'Foreslått kategori i en sak -screenshot' });
  await image.scrollIntoViewIfNeeded();
  await expect(image).toHaveAttribute('src', /^\/media\/loc\/en\/ai\/suggested-category-demo\.png$/);
  await expect(image).toHaveAttribute('width', /^\d+$/);
  await expect
    .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBeGreaterThan(0);
  const source = await image.evaluate((img: HTMLImageElement) => img.currentSrc);
  expect(new URL(source).origin).toBe(new URL(baseURL!).origin);
});

test('a page in a nested navigation group shows the group open, the page current, and the way there', async ({
  page,
}) => {
  await page.goto(NESTED);
  const sidebar = page.getByRole('navigation', { name: 'Hjelpesider' });
  await expect(sidebar.getByRole('link', { name: 'Brukerveiledning' })).toHaveAttribute('aria-current', 'true');
  const group = sidebar.locator('details', { has: page.getByText('Elementene i utseende', { exact: true }) });
  await expect(group).toHaveAttribute('open', '');
  await expect(group.getByRole('link', { name: 'Navigator' })).toHaveAttribute('aria-current', 'page');
  const crumbs = page.getByRole('navigation', { name: 'Brødsmulesti' });
  await expect(crumbs.getByRole('link')).toHaveText([
    'SuperOffice Docs',
    'Brukerveiledning',
    'Komme i gang',
    'Elementene i utseende',
  ]);
  // The group folds by keyboard like any disclosure.
  await group.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(group).not.toHaveAttribute('open', '');
  await expect(page.getByRole('navigation', { name: 'Forrige og neste side' }).getByRole('link')).toHaveCount(2);
});

test('search finds a Norwegian word only the real help has, in another form than written', async ({ page }) => {
  await page.goto('/sok/?q=dashbordene');
  const results = page.locator('#search-results');
  await expect(page.getByRole('status')).toContainText(/treff/);
  const titles = results.locator('a.result-title');
  await expect(titles.filter({ hasText: /^Dashbord$/ })).toHaveAttribute('href', /^\/no\/dashboard\//);
  await expect(titles.filter({ hasText: 'Opprett et nytt dashbord' })).toHaveCount(1);
});

test('an old address redirects to where the page lives now', async ({ page }) => {
  await page.goto('/no/admin/erp/learn/erp-connect/');
  await expect(page).toHaveURL(/\/no\/erp\/learn\/connect\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

// The not-found page answers with status 404, which the browser logs as an error, so this test runs without the
// console guard and checks the hosts itself.
plain('a wildcard redirect sends any matching old address on from the not-found page', async ({ page, baseURL }) => {
  const hosts = new Set<string>();
  page.on('request', (request) => hosts.add(new URL(request.url()).host));
  await page.goto('/no/admin/options/learn/labels/noe-som-ble-flyttet/');
  await expect(page).toHaveURL(/\/no\/admin\/options\/change-ui-labels\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect([...hosts]).toEqual([new URL(baseURL!).host]);
});

for (const route of [HOWTO, TABS, IMAGES, NESTED, CARDS]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`${route} has no accessibility violations in ${colorScheme} mode`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(route);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
        [],
      );
    });
  }
}
