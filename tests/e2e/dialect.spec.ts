import { DIALECT_SITE_URL } from './dialect-site.ts';
import { expect, test } from './fixtures.ts';
import { axeViolations } from './axe.ts';

// Mintlify's components on the fixture site (tests/fixtures/dialect-site): the site's own pages do not use them.
test.use({ baseURL: DIALECT_SITE_URL });
const PAGE = '/no/komponenter/';

test.describe('tabs', () => {
  test('are operable by keyboard: arrows move and wrap, Home and End jump, Tab goes into the panel', async ({
    page,
  }) => {
    await page.goto(PAGE);
    const tabs = page.getByRole('tablist').getByRole('tab');
    await expect(tabs).toHaveText(['Modulbaserte abonnementer', 'CRM Suite', 'Prøveversjon']);
    const moduler = page.getByRole('tab', { name: 'Modulbaserte abonnementer' });
    const suite = page.getByRole('tab', { name: 'CRM Suite' });
    const proeve = page.getByRole('tab', { name: 'Prøveversjon' });
    await expect(moduler).toHaveAttribute('aria-selected', 'true');
    // The panel's own title is hidden once the tab names it.
    await expect(page.getByRole('tabpanel')).toHaveText('Lisensene vises per modul.', { useInnerText: true });
    await expect(page.getByText('Lisensene vises per plan.')).toBeHidden();

    await moduler.focus();
    await page.keyboard.press('ArrowRight');
    await expect(suite).toBeFocused();
    await expect(suite).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('tabpanel', { name: 'CRM Suite' })).toContainText('Lisensene vises per plan.');
    await expect(page.getByText('Lisensene vises per modul.')).toBeHidden();

    await page.keyboard.press('End');
    await expect(proeve).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(moduler).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(proeve).toBeFocused();
    await page.keyboard.press('Home');
    await expect(moduler).toBeFocused();
    await expect(moduler).toHaveAttribute('aria-selected', 'true');
    // Only the selected tab is in the tab order; Tab moves on into its panel.
    await expect(suite).toHaveAttribute('tabindex', '-1');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('tabpanel', { name: 'Modulbaserte abonnementer' })).toBeFocused();
  });

  test('a link to a heading in a hidden panel opens that panel', async ({ page }) => {
    await page.goto(PAGE);
    await page.getByRole('link', { name: 'plangrensene' }).click();
    await expect(page.getByRole('tab', { name: 'CRM Suite' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('heading', { name: 'Plangrenser' })).toBeVisible();
  });

  test.describe('without script', () => {
    test.use({ javaScriptEnabled: false });
    test('every panel can be read under its own title', async ({ page }) => {
      await page.goto(PAGE);
      await expect(page.getByRole('tablist')).toHaveCount(0);
      for (const text of [
        'Lisensene vises per modul.',
        'Lisensene vises per plan.',
        'Prøveversjonen varer i 30 dager.',
      ]) {
        await expect(page.getByText(text)).toBeVisible();
      }
      await expect(page.getByText('CRM Suite', { exact: true })).toBeVisible();
    });
  });
});

test('a callout reads as a note with its Norwegian title', async ({ page }) => {
  await page.goto(PAGE);
  const note = page.getByRole('note').filter({ hasText: 'Endringer i lisensen' });
  await expect(note).toHaveText('MerkEndringer i lisensen gjelder fra neste pålogging.');
  await expect(page.getByRole('note').filter({ hasText: 'En advarsel' })).toContainText('Advarsel');
});

test('cards have headings in the outline, and a card with a link is clickable as a whole', async ({ page }) => {
  await page.goto(PAGE);
  for (const name of ['Lisenser', 'Dagbok', 'Brukere']) {
    await expect(page.getByRole('heading', { level: 3, name })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'På denne siden' }).getByRole('link', { name })).toBeVisible();
  }
  const link = page.getByRole('main').getByRole('link', { name: 'Dagbok' });
  await expect(link).toHaveAttribute('href', '/no/komponenter/#abonnement');
  // A click anywhere on the card, here on its call to action, follows the title's link.
  const cta = page.getByText('Les mer');
  await cta.scrollIntoViewIfNeeded();
  const box = await cta.boundingBox();
  await page.mouse.click(box!.x + box!.width / 2, box!.y + box!.height / 2);
  await expect(page).toHaveURL(/#abonnement$/);
});

test('steps are a numbered list with headings, and a video is a link that loads nothing from YouTube', async ({
  page,
}) => {
  await page.goto(PAGE);
  const steps = page.getByRole('list').filter({ has: page.getByRole('heading', { name: 'Lagre' }) });
  await expect(steps.getByRole('listitem')).toHaveCount(2);
  await expect(page.getByRole('img', { name: 'Fullført' })).toBeVisible();
  const video = page.getByRole('link', { name: 'Se videoen på YouTube' });
  await expect(video).toHaveAttribute('href', 'https://www.youtube.com/watch?v=abcDEF12345');
  await expect(page.locator('iframe')).toHaveCount(0);
  // The guards fail the test if anything was requested from another host.
});

test('an accordion opens and closes by keyboard', async ({ page }) => {
  await page.goto(PAGE);
  const summary = page.locator('summary').filter({ hasText: 'Eksempel på en e-post' });
  await expect(page.getByText('Med vennlig hilsen, SuperShop')).toBeHidden();
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Med vennlig hilsen, SuperShop')).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`has no accessibility violations in ${colorScheme} mode, with the tabs on the second tab`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(PAGE);
    await page.getByRole('tab', { name: 'CRM Suite' }).click();
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('fits a 360 px wide screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(PAGE);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});
