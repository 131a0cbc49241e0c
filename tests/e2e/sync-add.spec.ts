import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { axeViolations } from './axe.ts';
import { simulatorSection } from './islands.ts';

/**
 * The page «Legg til en Sync Connector og ERP-kobling», its steps performed as written in the simulator it embeds
 * (which starts on the Sync tab, where the steps begin), by role and Norwegian name.
 */

const PAGE = '/no/erp/admin/add-connection/';

async function simulatorOnPage(page: Page) {
  await page.goto(PAGE);
  return simulatorSection(page);
}

const addUnder = (sim: Locator, list: 'Sync Connectors' | 'ERP-koblinger') =>
  sim.getByRole('group', { name: list }).getByRole('button', { name: 'Legg til' });
const textbox = (dialog: Locator, name: string) => dialog.getByRole('textbox', { name, exact: true });
const okOf = (dialog: Locator) => dialog.getByRole('button', { name: 'OK', exact: true });

test('«Legg til Sync Connector»: the steps as written, with the rules the Feilsøking section lists', async ({
  page,
}) => {
  const sim = await simulatorOnPage(page);
  // 1. The Sync tab of Tilbud/Sync: where the page's simulator starts.
  await expect(sim.getByRole('tab', { name: 'Sync' })).toHaveAttribute('aria-selected', 'true');

  // 2. Legg til under Sync Connectors opens Legg til Sync Connector, with focus in Navn.
  const add = addUnder(sim, 'Sync Connectors');
  await add.click();
  const dialog = page.getByRole('dialog', { name: 'Legg til Sync Connector' });
  await expect(dialog).toBeVisible();
  await expect(textbox(dialog, 'Navn')).toBeFocused();
  await expect(okOf(dialog)).toHaveAttribute('aria-disabled', 'true');
  expect(await axeViolations(page)).toEqual([]);

  // 3. A name and the URL the sync app answers at; a name already in the list and a wrong address are refused.
  await textbox(dialog, 'Navn').fill('Nordlys ERP (API)');
  await expect(
    dialog.getByText('Navnet «Nordlys ERP (API)» er allerede brukt av en annen Sync Connector.'),
  ).toBeVisible();
  await textbox(dialog, 'Navn').fill('Fjelltopp');
  await textbox(dialog, 'URL').fill('sync.fjelltopp.example');
  await expect(textbox(dialog, 'URL')).toHaveAttribute('aria-invalid', 'true');
  await textbox(dialog, 'URL').fill('https://sync.fjelltopp.example/feil');
  const why = dialog.getByRole('list', { name: 'Hvorfor er OK nedtonet?' });
  const noApp = why.getByRole('link', { name: /sync-app/i });
  await expect(noApp).toHaveAttribute('href', '/no/erp/admin/add-connection/#sync-connector-feil');
  // A dimmed OK stays clickable, and the click is refused.
  await okOf(dialog).click({ force: true });
  await expect(dialog).toBeVisible();
  await textbox(dialog, 'URL').fill('https://sync.fjelltopp.example/connector');
  await expect(okOf(dialog)).not.toHaveAttribute('aria-disabled');

  // 4. OK: the Sync Connector is in the list, and focus is back on Legg til.
  await okOf(dialog).click();
  await expect(dialog).toBeHidden();
  await expect(add).toBeFocused();
  await expect(
    sim.getByRole('table', { name: 'Sync Connectors' }).getByRole('row', { name: /Fjelltopp/ }),
  ).toContainText('https://sync.fjelltopp.example/connector');
});

test('«Legg til ERP-koblingen»: every step as written, and the new connection is saved inactive', async ({ page }) => {
  const sim = await simulatorOnPage(page);
  // The Sync Connector from the first part of the page, added the same way.
  await addUnder(sim, 'Sync Connectors').click();
  const connector = page.getByRole('dialog', { name: 'Legg til Sync Connector' });
  await textbox(connector, 'Navn').fill('Fjelltopp');
  await textbox(connector, 'URL').fill('https://sync.fjelltopp.example/connector');
  await okOf(connector).click();

  // 1. Legg til under ERP-koblinger opens Angi ny ERP-kobling.
  const add = addUnder(sim, 'ERP-koblinger');
  await add.click();
  const dialog = page.getByRole('dialog', { name: 'Angi ny ERP-kobling' });
  await expect(dialog).toBeVisible();
  await expect(textbox(dialog, 'Navn')).toBeFocused();
  await expect(dialog.getByRole('checkbox', { name: 'Aktiv' })).toHaveCount(0);
  const why = dialog.getByRole('list', { name: 'Hvorfor er OK nedtonet?' });
  await expect(why.getByRole('link', { name: 'Velg hvilken Sync Connector koblingen skal bruke.' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  // 2. A name that tells it from the others.
  await textbox(dialog, 'Navn').fill('Fjelltopp Regnskap');

  // 3. The Sync Connector: its configuration fields appear, and change with the choice.
  const choose = dialog.getByRole('combobox', { name: 'Sync Connector' });
  await expect(dialog.getByText('Konfigurasjonsfeltene vises når du har valgt en Sync Connector.')).toBeVisible();
  await choose.selectOption({ label: 'Nordlys ERP (API)' });
  await expect(textbox(dialog, 'Klientnummer')).toBeVisible();
  await choose.selectOption({ label: 'Fjelltopp' });
  await expect(textbox(dialog, 'Klientnummer')).toHaveCount(0);
  await expect(textbox(dialog, 'Firmanummer')).toBeVisible();

  // 4. Synlighet: Angitte brukere + grupper needs someone; the same picker as in Konfigurer ERP-kobling.
  await dialog.getByRole('radio', { name: 'Angitte brukere + grupper' }).check();
  await expect(why.getByRole('link', { name: /bruker eller gruppe/ })).toBeVisible();
  await dialog.getByRole('button', { name: 'Velg brukere og grupper' }).click();
  const picker = page.getByRole('dialog', { name: 'Velg brukere og grupper' });
  await picker.getByRole('checkbox', { name: 'Økonomi' }).check();
  await picker.getByRole('button', { name: 'Lukk' }).click();
  await expect(dialog.getByText('1 gruppe')).toBeVisible();

  // 5. The configuration fields; those marked * are required.
  await textbox(dialog, 'Tjenesteadresse').fill('https://api.fjelltopp.example');
  await textbox(dialog, 'Firmanummer').fill('100200');
  await textbox(dialog, 'Integrasjonsbruker').fill('crm.sync');
  await textbox(dialog, 'Tilgangsnøkkel').fill('FT-7c1e-55ab');

  // 6. A description.
  await textbox(dialog, 'Beskrivelse').fill('Regnskapet til Fjelltopp.');

  // 7. Test ERP-tilkobling: a new connection has nothing tested until its first test.
  await expect(okOf(dialog)).toHaveAttribute('aria-disabled', 'true');
  await dialog.getByRole('button', { name: 'Test ERP-tilkobling' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Tilkoblingen er vellykket. Konfigurasjonen kan lagres.');

  // 8. OK saves it, inactive, and the notice links to how it is activated.
  await okOf(dialog).click();
  await expect(dialog).toBeHidden();
  await expect(add).toBeFocused();
  const row = sim.getByRole('table', { name: 'ERP-koblinger' }).getByRole('row', { name: /Fjelltopp Regnskap/ });
  await expect(row.getByRole('radio', { name: 'Fjelltopp Regnskap' })).toBeChecked();
  await expect(row.getByRole('cell').last()).toHaveText('Ikke aktiv');
  const notice = sim.getByRole('status', { name: 'Melding' });
  await expect(notice).toContainText('«Fjelltopp Regnskap» er lagt til som inaktiv.');
  await expect(notice.getByRole('link', { name: 'Les mer' })).toHaveAttribute(
    'href',
    '/no/erp/admin/configure/#aktiver',
  );
});

test('Avbryt and Esc close the new dialogs without adding anything, and focus returns to the button', async ({
  page,
}) => {
  const sim = await simulatorOnPage(page);
  const rows = sim.getByRole('table', { name: 'ERP-koblinger' }).getByRole('row');
  const before = await rows.count();
  const add = addUnder(sim, 'ERP-koblinger');
  await add.click();
  const dialog = page.getByRole('dialog', { name: 'Angi ny ERP-kobling' });
  await textbox(dialog, 'Navn').fill('Skal ikke lagres');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(add).toBeFocused();
  await expect(rows).toHaveCount(before);
  const addConnector = addUnder(sim, 'Sync Connectors');
  await addConnector.click();
  const connector = page.getByRole('dialog', { name: 'Legg til Sync Connector' });
  await connector.getByRole('button', { name: 'Avbryt' }).click();
  await expect(connector).toBeHidden();
  await expect(addConnector).toBeFocused();
});

test('«Prøv i simulatoren» under «Sync Connector kan ikke legges til» opens the failing state', async ({ page }) => {
  await page.goto(PAGE);
  await page.getByRole('link', { name: 'Prøv i simulatoren' }).click();
  const dialog = page.getByRole('dialog', { name: 'Legg til Sync Connector' });
  await expect(dialog).toBeVisible();
  await expect(okOf(dialog)).toHaveAttribute('aria-disabled', 'true');
  await expect(dialog.getByRole('list', { name: 'Hvorfor er OK nedtonet?' }).getByRole('listitem')).toHaveCount(1);
});
