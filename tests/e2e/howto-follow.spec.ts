import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { simulatorSection } from './islands.ts';

/** The howto page follows its reader: its own numbered steps are marked as they are done in the embedded simulator. */

const HOWTO = '/no/erp/admin/update-connection/';

/** The page's steps by number ("1", "4.2"): the list right after the Trinn heading, and the list in step 4. */
function steps(page: Page) {
  const list = page.locator('#trinn + ol');
  const top = list.locator(':scope > li');
  return (number: string): Locator => {
    const [first, second] = number.split('.').map(Number);
    const item = top.nth(first! - 1);
    return second === undefined ? item : item.locator(':scope > ol > li').nth(second - 1);
  };
}

/** The list's text without the hidden cues the marking adds. */
const stepText = (page: Page) =>
  page.locator('#trinn + ol').evaluate((list) => {
    const copy = list.cloneNode(true) as Element;
    copy.querySelectorAll('[data-howto-cue]').forEach((cue) => cue.remove());
    return copy.textContent;
  });

const isDone = (item: Locator) => expect(item).toHaveClass(/\bhowto-step-done\b/);
const isNotDone = (item: Locator) => expect(item).not.toHaveClass(/\bhowto-step-done\b/);

test('the page’s steps are marked done as the reader performs them, and the text stays as written', async ({
  page,
}) => {
  await page.goto(HOWTO);
  const step = steps(page);
  const texts = await stepText(page);
  // Nothing is marked, and no script has run, before the reader comes near the simulator.
  await expect(page.locator('.howto-step-done')).toHaveCount(0);
  const sim = await simulatorSection(page);
  await isNotDone(step('1'));

  await sim.getByRole('navigation', { name: 'Navigator' }).getByRole('button', { name: 'Tilbud/Sync' }).click();
  await isNotDone(step('1'));
  await sim.getByRole('tab', { name: 'Sync' }).click();
  await isDone(step('1'));
  // Screen readers hear «Utført» first in the step; the visible text is the page's own.
  await expect(step('1').locator('.visually-hidden')).toHaveText('Utført');
  await expect(step('1')).toContainText('I Innstillinger og vedlikehold, velg');

  await sim.getByRole('radio', { name: 'Nordlys – Oslo AS' }).check();
  await sim.getByRole('button', { name: 'Konfigurer ERP-kobling' }).click();
  const dialog = page.getByRole('dialog', { name: 'Konfigurer ERP-kobling' });
  await isDone(step('2'));
  await isNotDone(step('3'));

  await dialog.getByRole('textbox', { name: 'Navn', exact: true }).fill('Nordlys – Oslo hovedkontor');
  await isDone(step('3'));
  await dialog.getByRole('checkbox', { name: 'Aktiv' }).uncheck();
  await isDone(step('4.1'));
  await isNotDone(step('4'));
  await dialog.getByRole('textbox', { name: 'Tidsavbrudd (sekunder)' }).fill('45');
  await isDone(step('4.2'));
  await dialog.getByRole('checkbox', { name: 'Aktiv' }).check();
  await isDone(step('4.3'));
  await dialog.getByRole('button', { name: 'Test ERP-tilkobling' }).click();
  await isDone(step('4.4'));
  await isDone(step('4'));
  await isNotDone(step('5'));
  await dialog.getByRole('button', { name: 'OK', exact: true }).click();
  await isDone(step('5'));
  await isNotDone(step('6'));
  await sim.getByRole('button', { name: 'Tilordninger' }).click();
  const mappings = page.getByRole('dialog', { name: 'Tilordninger' });
  await expect(mappings).toBeVisible();
  await isDone(step('6'));
  await expect(page.locator('.howto-step-done')).toHaveCount(10);
  await mappings.getByRole('button', { name: 'Avbryt' }).click();

  // The text of the steps is unchanged; only the hidden «Utført» words are added for screen readers.
  expect(await stepText(page)).toBe(texts);

  // Tilbakestill starts the page over.
  await sim.getByRole('button', { name: 'Tilbakestill' }).click();
  await expect(page.locator('.howto-step-done')).toHaveCount(0);
  await expect(page.locator('#trinn + ol .visually-hidden')).toHaveCount(0);
});

test('a done step shows a checkmark that screen readers skip, and a hidden «Utført» they read', async ({ page }) => {
  await page.goto(HOWTO);
  const sim = await simulatorSection(page);
  await sim.getByRole('button', { name: 'Tilbud/Sync' }).click();
  await sim.getByRole('tab', { name: 'Sync' }).click();
  const first = steps(page)('1');
  await isDone(first);
  const mark = await first.locator(':scope > p').evaluate((p) => getComputedStyle(p, '::before').content);
  expect(mark).toContain('✓');
  // The checkmark's alternative text is empty (content: '✓' / ''); the cue is read first in the item.
  expect(mark).toMatch(/\/\s*""$/);
  const snapshot = await first.ariaSnapshot();
  expect(snapshot.indexOf('Utført')).toBeGreaterThan(-1);
  expect(snapshot.indexOf('Utført')).toBeLessThan(snapshot.indexOf('Innstillinger og vedlikehold'));
});
