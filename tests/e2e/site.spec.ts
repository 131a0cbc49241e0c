import { builtHtml, pageRoutes, redirectRoutes } from './routes.ts';
import { expect, test } from './fixtures.ts';
import { axeViolations } from './axe.ts';

const routes = pageRoutes();

test('the site has the pages the content defines', () => {
  for (const route of [
    '/',
    '/no/erp/admin/',
    '/no/erp/admin/add-connection/',
    '/no/erp/admin/configure/',
    '/no/erp/admin/update-connection/',
    '/no/erp/learn/connect/',
    '/no/erp/admin/troubleshooting/ok-dimmed/',
    '/no/erp/admin/troubleshooting/test-fails/',
    '/no/erp/admin/troubleshooting/fields-locked/',
    '/no/erp/admin/troubleshooting/cannot-activate/',
  ]) {
    expect(routes, route).toContain(route);
  }
});

for (const route of routes) {
  test.describe(`page ${route}`, () => {
    test('renders with a heading, a language and the site chrome', async ({ page }) => {
      const response = await page.goto(route);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      await expect(page.locator('html')).toHaveAttribute('lang', /^(no|nb)$/);
      await expect(page.getByRole('main')).toBeVisible();
      await expect(page.getByRole('searchbox', { name: 'Søk i hjelpen' })).toBeVisible();
    });

    for (const colorScheme of ['light', 'dark'] as const) {
      test(`has no accessibility violations in ${colorScheme} mode`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await page.goto(route);
        expect(await axeViolations(page)).toEqual([]);
      });
    }

    test('fits a 360 px wide screen without sideways scrolling', async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(route);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });
}

test('every internal link and anchor on every page resolves', async ({ page, request }) => {
  // A crawl of every route: its length grows with the site, so it gets more than the default 30 s.
  test.setTimeout(180_000);
  const checked = new Map<string, boolean>();
  const broken: string[] = [];
  for (const route of routes) {
    await page.goto(route);
    const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    for (const href of hrefs) {
      const url = new URL(href);
      if (url.origin !== new URL(page.url()).origin) continue;
      const key = url.pathname + url.hash;
      if (checked.has(key)) continue;
      const response = await request.get(url.pathname + url.search);
      let ok = response.ok();
      if (ok && url.hash) {
        const id = decodeURIComponent(url.hash.slice(1));
        ok = (builtHtml(url.pathname) ?? '').includes(`id="${id}"`);
      }
      checked.set(key, ok);
      if (!ok) broken.push(`${route} -> ${key}`);
    }
  }
  expect(broken).toEqual([]);
  expect(checked.size).toBeGreaterThan(10);
});

test('search in the header finds the howto page for "synlighet" and links to its sections', async ({ page }) => {
  await page.goto('/');
  const search = page.getByRole('searchbox', { name: 'Søk i hjelpen' });
  await search.fill('synlighet');
  await search.press('Enter');
  await expect(page).toHaveURL(/\/sok\/\?q=synlighet/);
  await expect(page.getByRole('status')).toContainText('treff for «synlighet»');
  const result = page.getByRole('link', { name: 'Rediger ERP-kobling', exact: true });
  await expect(result).toHaveAttribute('href', '/no/erp/admin/update-connection/');
  await expect(page.locator('.sections a[href*="/no/erp/admin/update-connection/#"]').first()).toBeVisible();
  await expect(search).toHaveValue('synlighet');
});

test('search says so when nothing matches', async ({ page }) => {
  await page.goto('/sok/?q=xyzzyplugh');
  await expect(page.getByRole('status')).toHaveText(/Ingen treff for «xyzzyplugh»/);
});

test('each redirect_from path leads to its page', async ({ page }) => {
  const redirects = redirectRoutes();
  expect(redirects).toContain('/no/erp/admin/add-sync-connector/');
  for (const route of redirects) {
    await page.goto(route);
    await expect(page).not.toHaveURL(new RegExp(`${route}$`));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
});

test('the skip link is the first thing the keyboard reaches and moves to the content', async ({ page }) => {
  await page.goto('/no/erp/admin/update-connection/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Hopp til innholdet' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});

test('dark mode follows the system', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/no/erp/admin/update-connection/');
  const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(light).toBe('rgb(255, 255, 255)');
  expect(dark).not.toBe(light);
});

test('printing leaves out the site chrome and keeps the text', async ({ page }) => {
  await page.goto('/no/erp/admin/update-connection/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Hjelpesider' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Rediger ERP-kobling', level: 1 })).toBeVisible();
});

test('the page shows its audience with a tooltip, author, date in Norwegian and version', async ({ page }) => {
  await page.goto('/no/erp/admin/update-connection/');
  const badge = page.getByText('Administrator', { exact: true });
  await badge.focus();
  await expect(page.getByRole('tooltip')).toHaveText('Innstillinger og vedlikehold');
  await expect(page.getByText('Bergfrid Dias')).toBeVisible();
  await expect(page.locator('time')).toHaveText('31. mars 2025');
  await expect(page.locator('time')).toHaveAttribute('datetime', '2025-03-31');
  await expect(page.locator('.page-meta')).toContainText('10.5');
});

test('navigation: sidebar in source order, breadcrumbs, on-this-page and previous/next', async ({ page }) => {
  await page.goto('/no/erp/admin/update-connection/');
  const sidebar = page.getByRole('navigation', { name: 'Hjelpesider' });
  const labels = await sidebar.getByRole('link').allTextContents();
  const order = [
    'Oversikt',
    'Legg til en Sync Connector og ERP-kobling',
    'Konfigurer ERP-kobling',
    'Rediger ERP-kobling',
  ];
  expect(labels.filter((l) => order.includes(l))).toEqual(order);
  expect(labels.indexOf('Rediger ERP-kobling')).toBeLessThan(
    labels.indexOf('Knytt firmaer, personer og prosjekter til ERP-aktører'),
  );
  await expect(sidebar.getByRole('link', { name: 'Rediger ERP-kobling' })).toHaveAttribute('aria-current', 'page');
  const crumbs = page.getByRole('navigation', { name: 'Brødsmulesti' });
  await expect(crumbs.getByRole('link', { name: 'Start' })).toHaveAttribute('href', '/');
  const onPage = page.getByRole('navigation', { name: 'På denne siden' });
  await expect(onPage.getByRole('link', { name: 'Trinn' })).toHaveAttribute('href', '#trinn');
  const pager = page.getByRole('navigation', { name: 'Forrige og neste side' });
  await expect(pager.getByRole('link', { name: /Forrige/ })).toHaveAttribute('href', '/no/erp/admin/configure/');
});

test('the header leads each group to its tools', async ({ page }) => {
  await page.goto('/');
  const header = page.getByRole('navigation', { name: 'Hovedmeny' });
  for (const [name, href] of [
    ['Simulator', '/simulator/'],
    ['Øvelser', '/ovelser/'],
    ['For kursledere', '/kursleder/'],
    ['Oversettelse', '/oversettelse/'],
  ] as const) {
    await expect(header.getByRole('link', { name })).toHaveAttribute('href', href);
  }
});

test('on a phone the menu is a disclosure that opens', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/no/erp/admin/update-connection/');
  const sidebarLink = page.locator('.sidebar').getByRole('link', { name: 'Konfigurer ERP-kobling' });
  await expect(sidebarLink).toBeHidden();
  await page.getByText('Meny', { exact: true }).click();
  await expect(sidebarLink).toBeVisible();
});
