import { readdirSync } from 'node:fs';
import { expect, test } from './fixtures.ts';
import { expectNoAxeViolations } from './axe.ts';

/** Vis meg: the simulator performs the exercise itself, outlining each control and saying what it does. */

const ids = readdirSync('content/exercises')
  .filter((f) => f.endsWith('.yaml') && f !== 'howto-steps.yaml')
  .map((f) => f.replace(/\.yaml$/, ''));

for (const id of ids) {
  test(`Vis meg runs «${id}» to the end on its own at the fastest speed`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.goto(`/ovelser/${id}/`);
    // Without ?modus= the page opens in Vis meg.
    await expect(
      page.getByRole('navigation', { name: 'Modus' }).getByRole('link', { name: 'Vis meg' }),
    ).toHaveAttribute('aria-current', 'page');
    const controls = page.getByRole('group', { name: 'Øvelsen' });
    await expect(controls).toContainText('Trinn 1 av');
    await controls.getByRole('combobox', { name: 'Hastighet' }).selectOption('rask');
    await controls.getByRole('button', { name: 'Spill av' }).click();
    await expect(page.getByText('Simulatoren har vist alle trinnene.')).toBeVisible({ timeout: 45_000 });
    const progress = page.getByRole('region', { name: 'Framdrift' });
    await expect(progress).toContainText(/(\d+) av \1 trinn er fullført/);
    await expect(page.getByRole('link', { name: 'Gjør øvelsen selv i Veiledet' })).toHaveAttribute(
      'href',
      `/ovelser/${id}/?modus=veiledet`,
    );
  });
}

test('Vis meg pauses, steps one step at a time, outlines the next control and starts over', async ({ page }) => {
  await page.goto('/ovelser/endre-konfigurasjon/?modus=vis-meg');
  const controls = page.getByRole('group', { name: 'Øvelsen' });
  const region = page.getByRole('region', { name: 'Simulatoren' });
  // Paused at the start: the first command's control is outlined and the caption says what comes.
  await expect(controls).toContainText('Neste: Velger Nordlys – Oslo AS i listen ERP-koblinger.');
  await expect(region.locator('[data-sim-target="connection-row:nordlys-oslo"]')).toHaveCSS('outline-style', 'solid');

  // Neste trinn does the whole first step (select, then open the dialog) and stops.
  await controls.getByRole('button', { name: 'Neste trinn' }).click();
  const dialog = page.getByRole('dialog', { name: 'Konfigurer ERP-kobling' });
  await expect(dialog).toBeVisible();
  const inDialog = dialog.getByRole('group', { name: 'Øvelsen' });
  await expect(inDialog).toContainText('Trinn 2 av 6');
  await expect(inDialog).toContainText('Neste: Fjerner merkingen i Aktiv.');
  await expect(dialog.getByRole('checkbox', { name: 'Aktiv' })).toHaveCSS('outline-style', 'solid');
  await expect(dialog.getByRole('checkbox', { name: 'Aktiv' })).toBeChecked();
  await expect(page.getByRole('region', { name: 'Framdrift' })).toContainText('1 av 6 trinn er fullført');

  await expectNoAxeViolations(page);

  // Playing and pausing.
  await inDialog.getByRole('button', { name: 'Spill av' }).click();
  await expect(inDialog.getByRole('button', { name: 'Pause' })).toBeVisible();
  await inDialog.getByRole('button', { name: 'Pause' }).click();
  await expect(inDialog.getByRole('button', { name: 'Spill av' })).toBeVisible();

  await inDialog.getByRole('button', { name: 'Start på nytt' }).click();
  await expect(dialog).toBeHidden();
  await expect(controls).toContainText('Trinn 1 av 6');
  await expect(page.getByRole('region', { name: 'Framdrift' })).toContainText('0 av 6 trinn er fullført');
});

test('Vis meg by keyboard: focus stays on the control while the dialog opens', async ({ page }) => {
  await page.goto('/ovelser/begrens-synlighet/?modus=vis-meg');
  const next = page.getByRole('group', { name: 'Øvelsen' }).getByRole('button', { name: 'Neste trinn' });
  await next.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Konfigurer ERP-kobling' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Neste trinn' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('radio', { name: 'Angitte brukere + grupper' })).toBeChecked();
  await expect(dialog.getByRole('button', { name: 'Neste trinn' })).toBeFocused();
});

test('Vis meg with reduced motion: outlines without animation', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/ovelser/gi-nytt-navn/?modus=vis-meg');
  const first = page.getByRole('region', { name: 'Simulatoren' }).getByRole('button', { name: 'Tilbud/Sync' });
  await expect(first).toHaveCSS('outline-style', 'solid');
  await expect(first).toHaveCSS('animation-name', 'none');
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await expect(first).toHaveCSS('animation-name', 'ex-outline-pulse');
});

test('Vis meg keeps its place over a reload', async ({ page }) => {
  await page.goto('/ovelser/gi-nytt-navn/?modus=vis-meg');
  const controls = page.getByRole('group', { name: 'Øvelsen' });
  await controls.getByRole('button', { name: 'Neste trinn' }).click();
  await expect(controls).toContainText('Trinn 2 av 5');
  await page.reload();
  await expect(page.getByRole('group', { name: 'Øvelsen' })).toContainText('Trinn 2 av 5');
  await expect(page.getByRole('region', { name: 'Simulatoren' }).getByRole('tab', { name: 'Sync' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
});
