import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/**
 * The simulator as a reader meets it on /simulator/: every rule of the page reproduced through the screen, and
 * then fixed, by role and Norwegian name. (The howto page's embedded run of steps 1–5 is in simulator-smoke.)
 */

const dialogOf = (page: Page) => page.getByRole('dialog', { name: 'Konfigurer ERP-kobling' });
const field = (dialog: Locator, name: string) => dialog.getByRole('textbox', { name, exact: true });
const okButton = (dialog: Locator) => dialog.getByRole('button', { name: 'OK', exact: true });
const whyList = (dialog: Locator) => dialog.getByRole('list', { name: 'Hvorfor er OK nedtonet?' });

/** Steps 1 and 2 of the page: Tilbud/Sync, the Sync tab, a connection, Konfigurer ERP-kobling. */
async function openConnection(page: Page, connection: string) {
  await page.goto('/simulator/');
  await page.getByRole('navigation', { name: 'Navigator' }).getByRole('button', { name: 'Tilbud/Sync' }).click();
  await page.getByRole('tab', { name: 'Sync' }).click();
  await page.getByRole('radio', { name: connection }).check();
  await page.getByRole('button', { name: 'Konfigurer ERP-kobling' }).click();
  const dialog = dialogOf(page);
  await expect(dialog).toBeVisible();
  return dialog;
}

async function expectTestPassed(dialog: Locator) {
  await dialog.getByRole('button', { name: 'Test ERP-tilkobling' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Tilkoblingen er vellykket. Konfigurasjonen kan lagres.');
}

const connectionRow = (page: Page, name: string) =>
  page
    .getByRole('table', { name: 'ERP-koblinger' })
    .getByRole('row')
    .filter({ has: page.getByRole('radio', { name }) });

test.describe('the note: configuration values are locked while the connection is active', () => {
  test('fields are read-only with Aktiv checked, editable without it; name, visibility and description stay editable', async ({
    page,
  }) => {
    const dialog = await openConnection(page, 'Nordlys – Oslo AS');
    const url = field(dialog, 'URL');
    await expect(url).toHaveAttribute('readonly', '');
    await url.press('x');
    await expect(url).toHaveValue('https://erp.nordlys.example/api');
    await expect(field(dialog, 'Navn')).not.toHaveAttribute('readonly');
    await expect(field(dialog, 'Beskrivelse')).not.toHaveAttribute('readonly');
    await expect(dialog.getByRole('radio', { name: 'Angitte brukere + grupper' })).toBeEnabled();
    await dialog.getByRole('checkbox', { name: 'Aktiv' }).uncheck();
    await expect(url).not.toHaveAttribute('readonly');
  });

  test('saving with Aktiv cleared is allowed and reminds the reader to reactivate', async ({ page }) => {
    const dialog = await openConnection(page, 'Nordlys – Oslo AS');
    await dialog.getByRole('checkbox', { name: 'Aktiv' }).uncheck();
    await okButton(dialog).click();
    await expect(dialog).toBeHidden();
    const notice = page.getByRole('status', { name: 'Melding' });
    await expect(notice).toContainText('er lagret, men koblingen er nå inaktiv');
    await expect(notice.getByRole('link', { name: 'Les mer' })).toHaveAttribute(
      'href',
      /cannot-activate\/#glemt-aktiv$/,
    );
    await expect(connectionRow(page, 'Nordlys – Oslo AS').getByRole('cell').last()).toHaveText('Ikke aktiv');
    await page.getByRole('button', { name: 'Lukk melding' }).click();
    await expect(notice).toHaveText('');
  });
});

test.describe('"ERP-koblingen kan ikke lagres": each bullet reproduced, then fixed', () => {
  test('bullet 1: a changed configuration needs a successful test before OK', async ({ page }) => {
    const dialog = await openConnection(page, 'Nordlys – Oslo AS');
    await dialog.getByRole('checkbox', { name: 'Aktiv' }).uncheck();
    await field(dialog, 'Tidsavbrudd (sekunder)').fill('90');
    await expect(okButton(dialog)).toHaveAttribute('aria-disabled', 'true');
    const reason = whyList(dialog).getByRole('link', { name: /Test ERP-tilkobling må være vellykket/ });
    await expect(reason).toHaveAttribute('href', '/no/erp/admin/troubleshooting/ok-dimmed/#test');
    await okButton(dialog).click({ force: true });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('checkbox', { name: 'Aktiv' }).check();
    await expectTestPassed(dialog);
    await expect(whyList(dialog)).toBeHidden();
    await okButton(dialog).click();
    await expect(dialog).toBeHidden();
  });

  test('bullet 2: an empty or invalid required field is named at the field and keeps OK dimmed', async ({ page }) => {
    const dialog = await openConnection(page, 'Nordlys – Oslo AS');
    await dialog.getByRole('checkbox', { name: 'Aktiv' }).uncheck();
    const client = field(dialog, 'Klientnummer');
    await client.fill('');
    await expect(client).toHaveAttribute('aria-invalid', 'true');
    await expect(client).toHaveAccessibleDescription(/Feltet må fylles ut\./);
    await expect(whyList(dialog).getByRole('link', { name: /obligatoriske konfigurasjonsfelt/ })).toHaveAttribute(
      'href',
      '/no/erp/admin/troubleshooting/ok-dimmed/#obligatoriske-felt',
    );
    await client.fill('12a');
    await expect(client).toHaveAccessibleDescription(/Bare sifre \(0–9\) er tillatt\./);
    await client.fill('2002');
    await expect(client).not.toHaveAttribute('aria-invalid', 'true');
    await dialog.getByRole('checkbox', { name: 'Aktiv' }).check();
    await expectTestPassed(dialog);
    await okButton(dialog).click();
    await expect(dialog).toBeHidden();
  });

  test('bullet 3: visibility for chosen users and groups needs at least one; no new test is needed', async ({
    page,
  }) => {
    const dialog = await openConnection(page, 'Nordlys – Oslo AS');
    await dialog.getByRole('radio', { name: 'Angitte brukere + grupper' }).check();
    await expect(okButton(dialog)).toHaveAttribute('aria-disabled', 'true');
    await expect(whyList(dialog).getByRole('link', { name: /Synligheten må være angitt/ })).toHaveAttribute(
      'href',
      '/no/erp/admin/troubleshooting/ok-dimmed/#synlighet',
    );
    await dialog.getByRole('button', { name: 'Velg brukere og grupper' }).click();
    const picker = page.getByRole('dialog', { name: 'Velg brukere og grupper' });
    await picker.getByRole('group', { name: 'Grupper' }).getByRole('checkbox', { name: 'Økonomi' }).check();
    await picker.getByRole('button', { name: 'Lukk' }).click();
    await expect(picker).toBeHidden();
    await expect(okButton(dialog)).not.toHaveAttribute('aria-disabled');
    await okButton(dialog).click();
    await expect(dialog).toBeHidden();
  });

  test('a blank name is refused at the field until the connection has a name', async ({ page }) => {
    const dialog = await openConnection(page, 'Nordlys – Oslo AS');
    await field(dialog, 'Navn').fill('   ');
    await expect(field(dialog, 'Navn')).toHaveAccessibleDescription(/Navnet kan ikke være tomt\./);
    await expect(whyList(dialog).getByRole('link', { name: /gyldig navn/ })).toHaveAttribute('href', /#navn$/);
    await field(dialog, 'Navn').fill('Nordlys – Oslo');
    await okButton(dialog).click();
    await expect(connectionRow(page, 'Nordlys – Oslo')).toHaveCount(1);
  });
});

test('a failing test names what to fix and links to its troubleshooting text; fixing it lets OK save', async ({
  page,
}) => {
  await page.goto('/simulator/?situasjon=test-feiler');
  const dialog = dialogOf(page);
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Test ERP-tilkobling' }).click();
  const status = dialog.getByRole('status');
  await expect(status).toContainText('API-nøkkelen til brukeren «bergen.sync» er utløpt');
  await expect(status.getByRole('link', { name: 'Les mer' })).toHaveAttribute('href', /test-fails\/#palogging-avvist$/);
  await expect(okButton(dialog)).toHaveAttribute('aria-disabled', 'true');
  await field(dialog, 'Brukernavn').fill('kari.nilsen');
  await dialog.getByLabel('API-nøkkel').fill('NL-KN-19bb02');
  await dialog.getByRole('checkbox', { name: 'Aktiv' }).check();
  await expectTestPassed(dialog);
  await okButton(dialog).click();
  await expect(dialog).toBeHidden();
  await expect(connectionRow(page, 'Nordlys – Bergen filial').getByRole('cell').last()).toHaveText('Aktiv');
});

test('step 6 and rule 6: the lower-left buttons need a selected connection, then open their dialog on it', async ({
  page,
}) => {
  await page.goto('/simulator/');
  await page.getByRole('button', { name: 'Tilbud/Sync' }).click();
  await page.getByRole('tab', { name: 'Sync' }).click();
  const mappings = page.getByRole('button', { name: 'Tilordninger' });
  await expect(mappings).toHaveAttribute('aria-disabled', 'true');
  await mappings.click({ force: true });
  await expect(page.getByText('Velg en ERP-kobling i listen først.').first()).toBeVisible();
  await page.getByRole('radio', { name: 'Fjordfil – lønnseksport' }).check();
  await mappings.click();
  const dialog = page.getByRole('dialog', { name: 'Tilordninger' });
  await expect(dialog).toContainText('ERP-kobling: Fjordfil – lønnseksport');
  await expect(dialog.getByRole('tab', { name: 'Prosjekt' })).toHaveAttribute('aria-selected', 'true');
});

test('bad input gets a Norwegian message at the field and never reaches the list', async ({ page }) => {
  const dialog = await openConnection(page, 'Nordlys – testmiljø');
  const name = field(dialog, 'Navn');
  const cases: Array<[Locator, string, RegExp]> = [
    [name, 'x'.repeat(500), /Teksten er for lang: 500 tegn\./],
    [name, 'Kobling 🚀', /ikke tillatt her/],
    [name, '<b>Kobling</b>', /ikke tillatt her: «<» «>»/],
    [field(dialog, 'URL'), 'erp.nordlys.example', /er ikke en gyldig adresse/],
    [field(dialog, 'Tidsavbrudd (sekunder)'), 'tretti', /er ikke et heltall/],
    [field(dialog, 'Tidsavbrudd (sekunder)'), '1000', /Verdien må være mellom 5 og 300\./],
  ];
  for (const [input, value, message] of cases) {
    await input.fill(value);
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveAccessibleDescription(message);
    await expect(input).toHaveValue(value);
    await expect(okButton(dialog)).toHaveAttribute('aria-disabled', 'true');
  }
  await dialog.getByRole('button', { name: 'Avbryt' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('radio', { name: 'Nordlys – testmiljø' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'ERP-koblinger' }).getByRole('radio')).toHaveCount(4);
});

test('Avbryt and Esc discard every change', async ({ page }) => {
  const dialog = await openConnection(page, 'Nordlys – Oslo AS');
  await field(dialog, 'Navn').fill('Endret navn');
  await dialog.getByRole('checkbox', { name: 'Aktiv' }).uncheck();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(connectionRow(page, 'Nordlys – Oslo AS').getByRole('cell').last()).toHaveText('Aktiv');
  await page.getByRole('button', { name: 'Konfigurer ERP-kobling' }).click();
  await expect(field(dialog, 'Navn')).toHaveValue('Nordlys – Oslo AS');
  await expect(dialog.getByRole('checkbox', { name: 'Aktiv' })).toBeChecked();
  await field(dialog, 'Beskrivelse').fill('Ny beskrivelse');
  await dialog.getByRole('button', { name: 'Avbryt' }).click();
  await page.getByRole('button', { name: 'Konfigurer ERP-kobling' }).click();
  await expect(field(dialog, 'Beskrivelse')).toHaveValue('Hovedkoblingen for kunder og leverandører i Oslo.');
});

test('a reload keeps the reader’s place, the open dialog and what they typed; Tilbakestill starts over', async ({
  page,
}) => {
  const dialog = await openConnection(page, 'Nordlys – Bergen filial');
  await field(dialog, 'Navn').fill('Bergen – halvveis');
  await page.reload();
  await expect(dialogOf(page)).toBeVisible();
  await expect(field(dialogOf(page), 'Navn')).toHaveValue('Bergen – halvveis');
  await dialogOf(page).getByRole('button', { name: 'Avbryt' }).click();
  await page.getByRole('button', { name: 'Tilbakestill' }).click();
  await expect(page.getByRole('button', { name: 'Brukere' })).toHaveAttribute('aria-current', 'page');
});

for (const [label, stored] of [
  ['corrupt JSON', '{"state": {"scenarioId": "standard", '],
  ['a foreign shape', JSON.stringify({ state: { hello: 'world' }, version: 2 })],
  ['a future version', JSON.stringify({ state: {}, version: 99 })],
  [
    'another scenario',
    JSON.stringify({
      state: {
        scenarioId: 'annen',
        view: { screen: 'brukere', tab: 'tilbud' },
        connections: [],
        selectedId: null,
        dialog: null,
        nextToken: 1,
        lang: 'nb',
      },
      version: 2,
    }),
  ],
] as const) {
  test(`stored state that is ${label} is recovered with a notice, never a crash`, async ({ page }) => {
    // Written from another page of the site, so the simulator cannot overwrite it before it reads it.
    await page.goto('/sok/');
    await page.evaluate((value) => localStorage.setItem('erp-sim:full', value), stored);
    await page.goto('/simulator/');
    await expect(page.getByRole('status', { name: 'Melding' })).toContainText(
      'Den lagrede simuleringen kunne ikke brukes',
    );
    await page.getByRole('button', { name: 'Tilbud/Sync' }).click();
    await page.getByRole('tab', { name: 'Sync' }).click();
    await expect(page.getByRole('table', { name: 'ERP-koblinger' }).getByRole('radio')).toHaveCount(4);
  });
}

test('the whole edit by keyboard alone', async ({ page }) => {
  await page.goto('/simulator/');
  // Until the island has read the reader's stored place its controls are inert; then the keyboard takes over.
  await expect(page.locator('.sim')).not.toHaveAttribute('aria-busy');
  const navigatorEntry = page.getByRole('button', { name: 'Tilbud/Sync' });
  // From the toolbar, Tab walks into the navigator: Tilbakestill, Språk, Brukere, Lister, Preferanser, Tilbud/Sync.
  await page.getByRole('button', { name: 'Tilbakestill' }).focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('Tab');
  await expect(navigatorEntry).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(navigatorEntry).toHaveAttribute('aria-current', 'page');
  // Tabs: focus the selected tab, then the arrow key moves to Sync.
  await page.getByRole('tab', { name: 'Tilbud' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Sync' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tab', { name: 'Sync' })).toHaveAttribute('aria-selected', 'true');
  // The connection list is a radio group: Tab into it, arrows move the selection.
  await page.getByRole('radio', { name: 'Nordlys – Oslo AS' }).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Nordlys – Bergen filial' })).toBeChecked();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('radio', { name: 'Nordlys – Oslo AS' })).toBeChecked();
  const configure = page.getByRole('button', { name: 'Konfigurer ERP-kobling' });
  await configure.focus();
  await page.keyboard.press('Enter');
  const dialog = dialogOf(page);
  await expect(field(dialog, 'Navn')).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Oslo via tastatur');
  await page.keyboard.press('Tab'); // Sync Connector (read-only)
  await page.keyboard.press('Tab'); // Synlighet: Alle
  await expect(dialog.getByRole('radio', { name: 'Alle' })).toBeFocused();
  await page.keyboard.press('Tab'); // Aktiv
  await expect(dialog.getByRole('checkbox', { name: 'Aktiv' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(dialog.getByRole('checkbox', { name: 'Aktiv' })).not.toBeChecked();
  await page.keyboard.press('Tab'); // URL
  await page.keyboard.press('Tab'); // Klientnummer
  await page.keyboard.press('Tab'); // Brukernavn
  await page.keyboard.press('Tab'); // API-nøkkel
  await page.keyboard.press('Tab'); // Tidsavbrudd
  await expect(field(dialog, 'Tidsavbrudd (sekunder)')).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('45');
  await dialog.getByRole('checkbox', { name: 'Aktiv' }).focus();
  await page.keyboard.press('Space');
  await dialog.getByRole('button', { name: 'Test ERP-tilkobling' }).focus();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('status')).toHaveText('Tilkoblingen er vellykket. Konfigurasjonen kan lagres.');
  await okButton(dialog).focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(configure).toBeFocused();
  await expect(page.getByRole('radio', { name: 'Oslo via tastatur' })).toBeChecked();
});
