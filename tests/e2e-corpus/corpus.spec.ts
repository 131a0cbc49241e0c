import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test as plain } from '@playwright/test';
import { expect, test } from '../e2e/fixtures.ts';
import { axeViolations } from '../e2e/axe.ts';

// SuperOffice's real help, built by npm run test:corpus (DOCS_ROOT = the shared corpus) and served from
// dist-corpus/. The pages are the corpus's own; these tests read them as a reader would.

const HOWTO = '/no/erp/admin/update-connection/';
const TABS = '/no/learn/basics/notifications/';
const IMAGES = '/no/ai/learn/categorization/';
const NESTED = '/no/learn/getting-started/main-screen/navigator/';
const CARDS = '/no/admin/';
const CARD_LINKS = '/no/learn/';
/** Its first step is a snippet the page imports (`1. <StepsStartTask />`). */
const SNIPPET_STEPS = '/no/search-options/selection/learn/howto/print/';
const CAUTION = '/no/admin/license/activate/';
const TIP = '/no/admin/preferences/update/';

test('a callout of the real howto page is a note titled in Norwegian', async ({ page }) => {
  await page.goto(HOWTO);
  const note = page.getByRole('note').filter({ hasText: 'Hvis koblingen er aktiv' });
  await expect(note).toBeVisible();
  await expect(note).toContainText(/^\s*Merk/);
});

test('a tip and a caution nested in a step are notes titled «Tips» and «Forsiktig»', async ({ page }) => {
  await page.goto(TIP);
  await expect(page.getByRole('note').filter({ hasText: 'fritekstsøk' })).toContainText(/^\s*Tips/);
  await page.goto(CAUTION);
  const caution = page.getByRole('note').filter({ hasText: 'IKKE aktiver lisensene' });
  await expect(caution).toContainText(/^\s*Forsiktig/);
  // Inside the step it belongs to, as the writer indented it.
  await expect(page.getByRole('listitem').filter({ has: caution })).toHaveCount(1);
});

test('steps are one numbered list in order, the first from a snippet the page imports', async ({ page }) => {
  await page.goto(SNIPPET_STEPS);
  const steps = page.getByRole('article').getByRole('list').first().getByRole('listitem');
  await expect(steps).toHaveCount(4);
  await expect(steps.first()).toHaveText(
    'Gå til ønsket utvalg, og velg fanen som inneholder postene du vil jobbe med.',
  );
  await expect(steps.last()).toContainText('klikker du på Skriv ut');
  expect(
    await page
      .getByRole('article')
      .getByRole('list')
      .first()
      .evaluate((list) => list.tagName),
  ).toBe('OL');
});

test('a card is a heading that links on, and the card opens its page by keyboard', async ({ page }) => {
  await page.goto(CARD_LINKS);
  const title = page.getByRole('heading', { name: 'Dagbok', level: 2 });
  await expect(title.getByRole('link', { name: 'Dagbok' })).toHaveAttribute('href', '/no/diary/learn/');
  await title.getByRole('link').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/no\/diary\/learn\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('cards of link lists: each card a heading over its links, which lead to real pages', async ({ page }) => {
  await page.goto(CARDS);
  await expect(page.getByRole('heading', { name: 'Lisenser', level: 2 })).toBeVisible();
  await page.getByRole('link', { name: 'Aktivere lisens' }).click();
  await expect(page).toHaveURL(/\/no\/admin\/license\/activate\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Aktivere lisens');
});

test('previous and next follow the navigation’s order', async ({ page }) => {
  await page.goto(CAUTION);
  const pager = page.getByRole('navigation', { name: 'Forrige og neste side' });
  await pager.getByRole('link', { name: /Neste/ }).click();
  await expect(page).toHaveURL(/\/no\/admin\/license\/expander-services\/$/);
  await page
    .getByRole('navigation', { name: 'Forrige og neste side' })
    .getByRole('link', { name: /Forrige/ })
    .click();
  await expect(page).toHaveURL(new RegExp(`${CAUTION}$`));
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

/** Every twentieth page of the build that shows an image of the docs root: about a dozen real pages. */
function samplePagesWithImages(): string[] {
  const out = 'dist-corpus';
  const files = readdirSync(join(out, 'no'), { recursive: true, encoding: 'utf8' });
  return files
    .filter((file) => file.endsWith('index.html'))
    .sort()
    .filter((file) => readFileSync(join(out, 'no', file), 'utf8').includes(' src="/media/'))
    .map((file) => `/no/${file.replace(/index\.html$/, '')}`)
    .filter((_, i) => i % 20 === 0);
}

test.describe('a sample of real pages with images', () => {
  const sample = samplePagesWithImages();
  test('is a dozen pages', () => expect(sample.length).toBeGreaterThanOrEqual(10));
  for (const route of sample) {
    // The guards check that no request leaves the site and nothing is logged as an error.
    test(`${route}: every image loads from the site itself`, async ({ page, baseURL }) => {
      await page.goto(route);
      const images = page.getByRole('article').locator('img');
      expect(await images.count()).toBeGreaterThan(0);
      // Lazy images load when the reader scrolls to them; here all at once.
      await images.evaluateAll((all: HTMLImageElement[]) => all.forEach((img) => (img.loading = 'eager')));
      await expect
        .poll(() => images.evaluateAll((all: HTMLImageElement[]) => all.filter((img) => !img.complete).length))
        .toBe(0);
      const loaded = await images.evaluateAll((all: HTMLImageElement[]) =>
        all.map((img) => ({ src: img.currentSrc, width: img.naturalWidth })),
      );
      expect(loaded.filter((img) => img.width === 0)).toEqual([]);
      expect(loaded.filter((img) => new URL(img.src).origin !== new URL(baseURL!).origin)).toEqual([]);
    });
  }
});

for (const route of [HOWTO, TABS, IMAGES, NESTED, CARDS]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`${route} has no accessibility violations in ${colorScheme} mode`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(route);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}
