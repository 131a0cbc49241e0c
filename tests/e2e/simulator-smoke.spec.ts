import { expect, test } from './fixtures.ts';
import { axeViolations } from './axe.ts';
import { simulatorSection } from './islands.ts';

const HOWTO = '/no/erp/admin/update-connection/';

test('the howto page loads no simulator JavaScript until the reader scrolls near it', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => void (request.resourceType() === 'script' && scripts.push(request.url())));
  await page.goto(HOWTO);
  await page.waitForLoadState('networkidle');
  expect(scripts).toEqual([]);
  await simulatorSection(page);
  expect(scripts.length).toBeGreaterThan(0);
});

test('steps 1 to 5 of the page, performed in the embedded simulator by role and Norwegian name', async ({ page }) => {
  await page.goto(HOWTO);
  const sim = await simulatorSection(page);

  // 1. I Innstillinger og vedlikehold, velg Tilbud/Sync i navigatoren og gå til fanen Sync.
  const navigator = sim.getByRole('navigation', { name: 'Navigator' });
  await expect(navigator.getByRole('button', { name: 'Brukere' })).toHaveAttribute('aria-current', 'page');
  await navigator.getByRole('button', { name: 'Tilbud/Sync' }).click();
  await expect(navigator.getByRole('button', { name: 'Tilbud/Sync' })).toHaveAttribute('aria-current', 'page');
  await sim.getByRole('tab', { name: 'Sync' }).click();
  await expect(sim.getByRole('tab', { name: 'Sync' })).toHaveAttribute('aria-selected', 'true');

  // 2. Velg ERP-koblingen og klikk på Konfigurer ERP-kobling.
  const configure = sim.getByRole('button', { name: 'Konfigurer ERP-kobling' });
  await expect(configure).toHaveAttribute('aria-disabled', 'true');
  await sim.getByRole('radio', { name: 'Nordlys – Oslo AS' }).check();
  await expect(configure).not.toHaveAttribute('aria-disabled');
  await configure.click();
  const dialog = page.getByRole('dialog', { name: 'Konfigurer ERP-kobling' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Navn', exact: true })).toBeFocused();

  // 3. Oppdater navn eller omfang etter behov.
  await dialog.getByRole('textbox', { name: 'Navn', exact: true }).fill('Nordlys – Oslo hovedkontor');

  // 4. Konfigurasjonsfeltene: fjern Aktiv, oppdater, merk av for Aktiv, test.
  const timeout = dialog.getByRole('textbox', { name: 'Tidsavbrudd (sekunder)' });
  await expect(timeout).toHaveAttribute('readonly', '');
  await dialog.getByRole('checkbox', { name: 'Aktiv' }).uncheck();
  await expect(timeout).not.toHaveAttribute('readonly');
  await timeout.fill('45');
  await dialog.getByRole('checkbox', { name: 'Aktiv' }).check();
  const ok = dialog.getByRole('button', { name: 'OK', exact: true });
  await expect(ok).toHaveAttribute('aria-disabled', 'true');
  await expect(dialog.getByRole('list', { name: 'Hvorfor er OK nedtonet?' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Test ERP-tilkobling' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Tilkoblingen er vellykket. Konfigurasjonen kan lagres.');
  await expect(ok).not.toHaveAttribute('aria-disabled');

  // 5. Klikk på OK for å lagre og lukke dialogboksen.
  await ok.click();
  await expect(dialog).toBeHidden();
  await expect(configure).toBeFocused();
  const row = sim.getByRole('row').filter({ has: page.getByRole('radio', { name: 'Nordlys – Oslo hovedkontor' }) });
  await expect(row.getByRole('cell').last()).toHaveText('Aktiv');
});

test('/simulator/?situasjon=felt-last opens the dialog with the configuration fields locked', async ({ page }) => {
  await page.goto('/simulator/?situasjon=felt-last');
  const dialog = page.getByRole('dialog', { name: 'Konfigurer ERP-kobling' });
  await expect(dialog).toBeVisible();
  for (const name of ['URL', 'Klientnummer', 'Brukernavn', 'Tidsavbrudd (sekunder)'])
    await expect(dialog.getByRole('textbox', { name, exact: true })).toHaveAttribute('readonly', '');
  await expect(dialog.getByRole('link', { name: 'Slik endrer du låste felt' })).toHaveAttribute(
    'href',
    '/no/erp/admin/troubleshooting/fields-locked/#aktiv',
  );
  await expect(dialog.getByRole('textbox', { name: 'Navn', exact: true })).toBeFocused();
  await expect(page).toHaveURL(/\/simulator\/$/);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Konfigurer ERP-kobling' })).toBeFocused();
});

for (const colorScheme of ['light', 'dark'] as const) {
  for (const situation of ['felt-last', 'ok-nedtonet', 'kan-ikke-aktiveres'])
    test(`axe finds no violations with the dialog open (${situation}, ${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(`/simulator/?situasjon=${situation}`);
      await expect(page.getByRole('dialog', { name: 'Konfigurer ERP-kobling' })).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
}

test('at 360 px the page does not scroll sideways, with the simulator hydrated and its dialog open', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const overflow = () =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await page.goto(HOWTO);
  const sim = await simulatorSection(page);
  await sim.getByRole('button', { name: 'Tilbud/Sync' }).click();
  await sim.getByRole('tab', { name: 'Sync' }).click();
  expect(await overflow()).toBeLessThanOrEqual(0);
  await sim.getByRole('radio', { name: 'Nordlys – Bergen filial' }).check();
  await sim.getByRole('button', { name: 'Konfigurer ERP-kobling' }).click();
  const dialog = page.getByRole('dialog', { name: 'Konfigurer ERP-kobling' });
  await expect(dialog).toBeVisible();
  expect(await overflow()).toBeLessThanOrEqual(0);
  const box = await dialog.boundingBox();
  expect(box && box.x >= 0 && box.x + box.width <= 360).toBe(true);
});
