import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/**
 * The Sync tab's four exercises, each completed in Test mode by role and Norwegian name, as a learner without
 * outlines or hints would: the result must say every step is done, with no mistakes.
 */

async function start(page: Page, id: string) {
  await page.goto(`/ovelser/${id}/?modus=test`);
  const sim = page.getByRole('region', { name: 'Simulatoren' });
  await expect(sim.getByRole('tab', { name: 'Sync' })).toBeVisible();
  return sim;
}

async function expectAllDone(page: Page, steps: number) {
  const result = page.getByRole('region', { name: 'Øvelsen er fullført' });
  await expect(result).toContainText(`Trinn fullført: ${steps} av ${steps}`);
  await expect(result).toContainText('Feil: 0');
}

const tool = (sim: Locator, name: string) =>
  sim.getByRole('group', { name: 'Innstillinger for valgt kobling' }).getByRole('button', { name });
const okOf = (dialog: Locator) => dialog.getByRole('button', { name: 'OK', exact: true });

test('legg-til-kobling in Test mode: a Sync Connector and a connection added end to end', async ({ page }) => {
  const sim = await start(page, 'legg-til-kobling');
  await sim.getByRole('group', { name: 'Sync Connectors' }).getByRole('button', { name: 'Legg til' }).click();
  const connector = page.getByRole('dialog', { name: 'Legg til Sync Connector' });
  await connector.getByRole('textbox', { name: 'Navn', exact: true }).fill('Fjelltopp');
  await connector.getByRole('textbox', { name: 'URL', exact: true }).fill('https://sync.fjelltopp.example/connector');
  await okOf(connector).click();

  await sim.getByRole('group', { name: 'ERP-koblinger' }).getByRole('button', { name: 'Legg til' }).click();
  const dialog = page.getByRole('dialog', { name: 'Angi ny ERP-kobling' });
  await dialog.getByRole('textbox', { name: 'Navn', exact: true }).fill('Fjelltopp Regnskap');
  await dialog.getByRole('combobox', { name: 'Sync Connector' }).selectOption({ label: 'Fjelltopp' });
  await dialog.getByRole('textbox', { name: 'Tjenesteadresse' }).fill('https://api.fjelltopp.example');
  await dialog.getByRole('textbox', { name: 'Firmanummer' }).fill('100200');
  await dialog.getByRole('textbox', { name: 'Integrasjonsbruker' }).fill('crm.sync');
  await dialog.getByRole('textbox', { name: 'Tilgangsnøkkel' }).fill('FT-7c1e-55ab');
  await dialog.getByRole('button', { name: 'Test ERP-tilkobling' }).click();
  await expect(okOf(dialog)).not.toHaveAttribute('aria-disabled');
  await okOf(dialog).click();
  await expectAllDone(page, 7);
});

test('tilordne-felt in Test mode: a field mapped with a direction and Vis i søk', async ({ page }) => {
  const sim = await start(page, 'tilordne-felt');
  await sim.getByRole('radio', { name: 'Nordlys – testmiljø' }).check();
  await tool(sim, 'Tilordninger').click();
  const dialog = page.getByRole('dialog', { name: 'Tilordninger' });
  const row = dialog.getByRole('group', { name: 'Organisasjonsnummer' });
  await row.getByRole('combobox', { name: 'SuperOffice-felt' }).selectOption({ label: 'Org.nr.' });
  await row.getByRole('group', { name: 'Retning' }).getByRole('button', { name: 'Begge veier' }).click();
  await row.getByRole('checkbox', { name: 'Vis i søk' }).check();
  await dialog.getByRole('button', { name: 'Fullført' }).click();
  await expectAllDone(page, 5);
});

test('listeverdier in Test mode: the rest of the list mapped without duplicates, then Lagre', async ({ page }) => {
  const sim = await start(page, 'listeverdier');
  await sim.getByRole('radio', { name: 'Nordlys – testmiljø' }).check();
  await tool(sim, 'Listetilordning').click();
  const dialog = page.getByRole('dialog', { name: 'Listetilordning' });
  await dialog.getByRole('combobox', { name: 'Liste' }).selectOption({ label: 'Kundekategori' });
  const values = dialog.getByRole('table', { name: 'Kundekategori' });
  await values.getByRole('combobox', { name: 'CRM-verdi B – fast kunde' }).selectOption({ label: 'Kunde B' });
  await values.getByRole('combobox', { name: 'CRM-verdi C – småkunde' }).selectOption({ label: 'Kunde C' });
  await values.getByRole('combobox', { name: 'CRM-verdi Offentlig' }).selectOption({ label: 'Offentlig virksomhet' });
  await dialog.getByRole('button', { name: 'Lagre' }).click();
  await expectAllDone(page, 4);
});

test('aktiver-med-retning in Test mode: Avbryt, a direction in Tilordninger, then Aktiv, test and OK', async ({
  page,
}) => {
  await page.goto('/ovelser/aktiver-med-retning/?modus=test');
  const sim = page.getByRole('region', { name: 'Simulatoren' });
  const configure = page.getByRole('dialog', { name: 'Konfigurer ERP-kobling' });
  await expect(okOf(configure)).toHaveAttribute('aria-disabled', 'true');
  await configure.getByRole('button', { name: 'Avbryt' }).click();
  await tool(sim, 'Tilordninger').click();
  const mappings = page.getByRole('dialog', { name: 'Tilordninger' });
  await mappings
    .getByRole('group', { name: 'Navn (obligatorisk)' })
    .getByRole('group', { name: 'Retning' })
    .getByRole('button', { name: 'Begge veier' })
    .click();
  await mappings.getByRole('button', { name: 'Fullført' }).click();
  await sim.getByRole('button', { name: 'Konfigurer ERP-kobling' }).click();
  await configure.getByRole('checkbox', { name: 'Aktiv' }).check();
  await configure.getByRole('button', { name: 'Test ERP-tilkobling' }).click();
  await expect(configure.getByRole('status')).toHaveText('Tilkoblingen er vellykket. Konfigurasjonen kan lagres.');
  await okOf(configure).click();
  await expectAllDone(page, 7);
});
