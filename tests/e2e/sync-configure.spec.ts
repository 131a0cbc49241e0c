import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { expectNoAxeViolations } from './axe.ts';
import { simulatorSection } from './islands.ts';

/**
 * The page «Konfigurer ERP-kobling», each section's steps performed as written in the simulator it embeds (which
 * starts on the Sync tab), by role and Norwegian name, with the keyboard where the page names it, and axe with each
 * dialog open.
 */

const PAGE = '/no/erp/admin/configure/';

async function simulatorOnPage(page: Page) {
  await page.goto(PAGE);
  return simulatorSection(page);
}

/** Step 1 of the lower-left sections: the connection selected, then its button. */
async function openTool(page: Page, sim: Locator, connection: string, button: string) {
  await sim.getByRole('radio', { name: connection }).check();
  await sim
    .getByRole('group', { name: 'Innstillinger for valgt kobling' })
    .getByRole('button', { name: button })
    .click();
  const dialog = page.getByRole('dialog', { name: button });
  await expect(dialog).toBeVisible();
  return dialog;
}

const direction = (row: Locator, name: 'Fra ERP til SuperOffice' | 'Fra SuperOffice til ERP' | 'Begge veier') =>
  row.getByRole('group', { name: 'Retning' }).getByRole('button', { name });

test('Tilordninger: a tab per actor, the checkbox, SuperOffice-felt before Retning, the three states, Fullført', async ({
  page,
}) => {
  const sim = await simulatorOnPage(page);
  const tools = sim.getByRole('group', { name: 'Innstillinger for valgt kobling' });
  // 1. Velg ERP-koblingen og klikk på Tilordninger.
  const dialog = await openTool(page, sim, 'Nordlys – testmiljø', 'Tilordninger');
  await expect(dialog).toContainText('ERP-kobling: Nordlys – testmiljø');

  // 2. A tab per ERP actor the connector offers; the arrow keys move between them.
  const tabs = dialog.getByRole('tablist', { name: 'ERP-aktører' }).getByRole('tab');
  await expect(tabs).toHaveText(['Kunde', 'Leverandør', 'Person', 'Prosjekt']);
  await expect(tabs.first()).toHaveAttribute('aria-selected', 'true');
  await tabs.first().focus();
  await page.keyboard.press('ArrowRight');
  await expect(dialog.getByRole('tab', { name: 'Leverandør' })).toHaveAttribute('aria-selected', 'true');
  await expect(dialog.getByRole('tab', { name: 'Leverandør' })).toBeFocused();
  await expect(
    dialog.getByRole('checkbox', { name: 'Synkroniser ERP «Leverandør» med SuperOffice «Firma»' }),
  ).toBeVisible();
  await page.keyboard.press('ArrowLeft');

  // 3. The checkbox names the tab's actor and entity.
  await expect(dialog.getByRole('checkbox', { name: 'Synkroniser ERP «Kunde» med SuperOffice «Firma»' })).toBeChecked();
  await expectNoAxeViolations(page);

  // 4. Per field: dimmed until a SuperOffice field is chosen, and saying why on hover and on focus.
  const orgnr = dialog.getByRole('group', { name: 'Organisasjonsnummer' });
  const both = direction(orgnr, 'Begge veier');
  await expect(both).toHaveAttribute('aria-disabled', 'true');
  await expect(both).toHaveAccessibleDescription(/Velg et SuperOffice-felt først/);
  const tip = orgnr.getByRole('tooltip');
  await expect(tip).toBeHidden();
  await both.hover();
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('Velg et SuperOffice-felt først.');
  await page.mouse.move(0, 0);
  await expect(tip).toBeHidden();
  await both.focus();
  await expect(tip).toBeVisible();
  // A click on a dimmed button changes nothing, and the hint says why.
  await both.click({ force: true });
  await expect(both).toHaveAttribute('aria-pressed', 'false');
  await expect(dialog.getByRole('status').filter({ hasText: 'Velg et SuperOffice-felt først.' })).toBeVisible();

  // 4.1 SuperOffice-felt, then 4.2 Retning: available (not pressed), then chosen (pressed, with a check mark).
  await orgnr.getByRole('combobox', { name: 'SuperOffice-felt' }).selectOption({ label: 'Org.nr.' });
  await expect(both).not.toHaveAttribute('aria-disabled');
  await expect(both).toHaveAttribute('aria-pressed', 'false');
  await both.click();
  await expect(both).toHaveAttribute('aria-pressed', 'true');
  await expect(both).toContainText('✓');
  // 4.3 and 4.4.
  await orgnr.getByRole('checkbox', { name: 'Vis i søk' }).check();
  await orgnr.getByRole('checkbox', { name: 'Vis i ERP-fane' }).check();

  // A field that cannot be synchronised keeps its buttons dimmed, saying why, even with a SuperOffice field.
  const id = dialog.getByRole('group', { name: 'Kunde-ID' });
  await id.getByRole('combobox', { name: 'SuperOffice-felt' }).selectOption({ label: 'Kundenummer' });
  await expect(direction(id, 'Fra ERP til SuperOffice')).toHaveAttribute('aria-disabled', 'true');
  await expect(direction(id, 'Fra ERP til SuperOffice')).toHaveAccessibleDescription(/kan ikke synkroniseres/);
  await expect(direction(id, 'Fra ERP til SuperOffice')).toHaveAccessibleDescription(/ERP-aktørens ID/);

  // 6. Fullført saves and closes; focus returns to Tilordninger; opened again, the mapping is there.
  await dialog.getByRole('button', { name: 'Fullført' }).click();
  await expect(dialog).toBeHidden();
  await expect(tools.getByRole('button', { name: 'Tilordninger' })).toBeFocused();
  await tools.getByRole('button', { name: 'Tilordninger' }).click();
  await expect(direction(dialog.getByRole('group', { name: 'Organisasjonsnummer' }), 'Begge veier')).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});

test('Tilordninger on an active connection: Fullført is dimmed while a required field lacks a direction', async ({
  page,
}) => {
  const sim = await simulatorOnPage(page);
  const dialog = await openTool(page, sim, 'Nordlys – Oslo AS', 'Tilordninger');
  const navn = dialog.getByRole('group', { name: 'Navn (obligatorisk)' });
  await direction(navn, 'Begge veier').click();
  await expect(direction(navn, 'Begge veier')).toHaveAttribute('aria-pressed', 'false');
  const done = dialog.getByRole('button', { name: 'Fullført' });
  await expect(done).toHaveAttribute('aria-disabled', 'true');
  await expect(
    dialog
      .getByRole('list', { name: 'Hvorfor er Fullført nedtonet?' })
      .getByRole('link', { name: /obligatoriske felt under Tilordninger mangler synkroniseringsretning/ }),
  ).toHaveAttribute('href', '/no/erp/admin/troubleshooting/cannot-activate/#tilordninger');
  await direction(navn, 'Begge veier').click();
  await expect(done).not.toHaveAttribute('aria-disabled');
});

test('Listetilordning: only mapped list fields, duplicates marked in words, Lagre', async ({ page }) => {
  const sim = await simulatorOnPage(page);
  // Without a mapped list field there is no list, and the dialog says why.
  let dialog = await openTool(page, sim, 'Nordlys – Bergen filial', 'Listetilordning');
  await expect(dialog.getByText(/En liste vises bare når et listefelt som bruker den, er tilordnet/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Avbryt' }).click();

  // 1–2. The connection, then the list.
  dialog = await openTool(page, sim, 'Nordlys – testmiljø', 'Listetilordning');
  await dialog.getByRole('combobox', { name: 'Liste' }).selectOption({ label: 'Kundekategori' });
  const values = dialog.getByRole('table', { name: 'Kundekategori' });
  const crmFor = (erp: string) => values.getByRole('combobox', { name: `CRM-verdi ${erp}` });
  await expect(crmFor('A – storkunde')).toHaveValue('kunde-a');
  await expectNoAxeViolations(page);

  // 3–4. Each CRM value for one ERP value; a duplicate is marked with the word Duplikat, not by colour alone.
  await crmFor('B – fast kunde').selectOption({ label: 'Kunde A' });
  const status = dialog.getByRole('status').filter({ hasText: 'Duplikat' });
  await expect(status).toHaveText('2 rader er merket Duplikat.');
  for (const erp of ['A – storkunde', 'B – fast kunde']) {
    await expect(crmFor(erp)).toHaveAttribute('aria-invalid', 'true');
    await expect(crmFor(erp)).toHaveAccessibleDescription(/Duplikat/);
  }
  const save = dialog.getByRole('button', { name: 'Lagre' });
  await expect(save).toHaveAttribute('aria-disabled', 'true');
  await expect(
    dialog
      .getByRole('list', { name: 'Hvorfor er Lagre nedtonet?' })
      .getByRole('link', { name: /Samme CRM-verdi er valgt for flere ERP-verdier/ }),
  ).toHaveAttribute('href', '/no/erp/admin/configure/#duplikater');
  await expectNoAxeViolations(page);
  await crmFor('B – fast kunde').selectOption({ label: 'Kunde B' });
  await expect(status).toHaveCount(0);
  await crmFor('Offentlig').selectOption({ label: '(Ingen utvalg)' });

  // 5. Lagre.
  await save.click();
  await expect(dialog).toBeHidden();
});

test('Standardverdier: Legg til opens its own dialog, whose OK waits for a field and a valid choice', async ({
  page,
}) => {
  const sim = await simulatorOnPage(page);
  const dialog = await openTool(page, sim, 'Nordlys – Oslo AS', 'Standardverdier');
  // 2. The actor's tab, with the defaults it has.
  await expect(dialog.getByRole('tab', { name: 'Kunde' })).toHaveAttribute('aria-selected', 'true');
  await expect(dialog.getByRole('row', { name: /Betalingsbetingelse/ })).toContainText('Standardverdi: 30 dager');

  // 3. Legg til opens Legg til standardverdi for synkronisering over it.
  const add = dialog.getByRole('button', { name: 'Legg til' });
  await add.click();
  const inner = page.getByRole('dialog', { name: 'Legg til standardverdi for synkronisering' });
  await expect(inner).toBeVisible();
  const ok = inner.getByRole('button', { name: 'OK', exact: true });
  const why = inner.getByRole('list', { name: 'Hvorfor er OK nedtonet?' });
  await expect(ok).toHaveAttribute('aria-disabled', 'true');
  await expectNoAxeViolations(page);

  // 4. ERP-felt (a field with a default is not offered), then how it is filled.
  const field = inner.getByRole('combobox', { name: 'ERP-felt' });
  await expect(field.getByRole('option', { name: 'Betalingsbetingelse' })).toHaveCount(0);
  await field.selectOption({ label: 'Organisasjonsnummer' });
  await inner.getByRole('checkbox', { name: 'Påkrevd - bruker må fylle inn verdi' }).check();
  await expect(why.getByRole('listitem')).toHaveCount(1);
  await expect(why).toContainText('Påkrevd');
  await inner.getByRole('checkbox', { name: 'Angi standardverdi' }).check();
  await expect(ok).toHaveAttribute('aria-disabled', 'true');
  await inner.getByRole('textbox', { name: 'Verdi' }).fill('999 999 999');

  // 5. OK: the default is listed, and focus is back on Legg til.
  await expect(ok).not.toHaveAttribute('aria-disabled');
  await ok.click();
  await expect(inner).toBeHidden();
  await expect(add).toBeFocused();
  await expect(dialog.getByRole('row', { name: /Organisasjonsnummer/ })).toContainText(
    'Standardverdi: 999 999 999, Påkrevd',
  );
  // Esc in the inner dialog closes only it.
  await add.click();
  await expect(inner).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(inner).toBeHidden();
  await expect(dialog).toBeVisible();

  // 6. Fullført.
  await dialog.getByRole('button', { name: 'Fjern Betalingsbetingelse' }).click();
  await expect(dialog.getByRole('row', { name: /Betalingsbetingelse/ })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Fullført' }).click();
  await expect(dialog).toBeHidden();
});

test('Ranger felt: a field moved with Pil opp and Pil ned and with Alt and the arrow keys, each move announced', async ({
  page,
}) => {
  const sim = await simulatorOnPage(page);
  const dialog = await openTool(page, sim, 'Nordlys – Oslo AS', 'Ranger felt');
  const rows = dialog.getByRole('group', { name: 'Feltene i fanen ERP, i rekkefølge' }).getByRole('radio');
  await expect(rows.first()).toHaveAccessibleName(/^Kunde-ID/);
  const up = dialog.getByRole('button', { name: 'Pil opp' });
  const down = dialog.getByRole('button', { name: 'Pil ned' });
  // Nothing selected: both dimmed.
  await expect(up).toHaveAttribute('aria-disabled', 'true');
  await expect(down).toHaveAttribute('aria-disabled', 'true');
  await expectNoAxeViolations(page);

  // 3. Select a field and move it with the buttons.
  await dialog.getByRole('radio', { name: /^Navn/ }).check();
  await up.click();
  await expect(dialog.getByRole('status').filter({ hasText: 'er nå nummer' })).toHaveText('Navn er nå nummer 2 av 10.');
  await up.click();
  await expect(rows.first()).toHaveAccessibleName(/^Navn/);
  await expect(up).toHaveAttribute('aria-disabled', 'true');

  // With the keyboard: the arrow keys choose a row, Alt+arrow moves it, and focus stays on the moved row.
  await dialog.getByRole('radio', { name: /^Navn/ }).focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(rows.nth(1)).toHaveAccessibleName(/^Navn/);
  await expect(dialog.getByRole('radio', { name: /^Navn/ })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(dialog.getByRole('radio', { name: /^Kundenummer/ })).toBeChecked();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(rows.nth(1)).toHaveAccessibleName(/^Kundenummer/);
  await expect(down).not.toHaveAttribute('aria-disabled');

  // 4. Fullført; opened again, the order is kept.
  await dialog.getByRole('button', { name: 'Fullført' }).click();
  await expect(dialog).toBeHidden();
  await sim
    .getByRole('group', { name: 'Innstillinger for valgt kobling' })
    .getByRole('button', { name: 'Ranger felt' })
    .click();
  await expect(rows.nth(0)).toHaveAccessibleName(/^Kunde-ID/);
  await expect(rows.nth(1)).toHaveAccessibleName(/^Kundenummer/);
  await expect(rows.nth(2)).toHaveAccessibleName(/^Navn/);
});

test('Angi synkroniseringsprioritet: every connection, moved with Pil ned and Alt+pil opp, Fullført', async ({
  page,
}) => {
  const sim = await simulatorOnPage(page);
  const open = sim.getByRole('button', { name: 'Angi synkroniseringsprioritet' });
  await open.click();
  const dialog = page.getByRole('dialog', { name: 'Angi synkroniseringsprioritet' });
  await expect(dialog).toBeVisible();
  const rows = dialog.getByRole('group', { name: 'ERP-koblinger, viktigst først' }).getByRole('radio');
  await expect(rows).toHaveCount(4);
  await expectNoAxeViolations(page);
  await dialog.getByRole('radio', { name: /^Nordlys – testmiljø/ }).check();
  await expect(dialog.getByRole('button', { name: 'Pil ned' })).toHaveAttribute('aria-disabled', 'true');
  await dialog.getByRole('button', { name: 'Pil opp' }).click();
  await dialog.getByRole('radio', { name: /^Nordlys – testmiljø/ }).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(rows.nth(1)).toHaveAccessibleName(/^Nordlys – testmiljø/);
  await dialog.getByRole('button', { name: 'Fullført' }).click();
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();
  await open.click();
  await expect(rows.nth(1)).toHaveAccessibleName(/^Nordlys – testmiljø/);
  // Avbryt drops a move.
  await dialog.getByRole('radio', { name: /^Nordlys – testmiljø/ }).check();
  await dialog.getByRole('button', { name: 'Pil opp' }).click();
  await dialog.getByRole('button', { name: 'Avbryt' }).click();
  await open.click();
  await expect(rows.nth(1)).toHaveAccessibleName(/^Nordlys – testmiljø/);
});

test('«Aktiver ERP-koblingen»: Aktiv with a required field lacking a direction is refused, linked to the page', async ({
  page,
}) => {
  const sim = await simulatorOnPage(page);
  await sim.getByRole('radio', { name: 'Nordlys – testmiljø' }).check();
  await sim.getByRole('button', { name: 'Konfigurer ERP-kobling' }).click();
  const dialog = page.getByRole('dialog', { name: 'Konfigurer ERP-kobling' });
  await dialog.getByRole('checkbox', { name: 'Aktiv' }).check();
  await dialog.getByRole('button', { name: 'Test ERP-tilkobling' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Tilkoblingen er vellykket. Konfigurasjonen kan lagres.');
  const ok = dialog.getByRole('button', { name: 'OK', exact: true });
  await expect(ok).toHaveAttribute('aria-disabled', 'true');
  const reason = dialog
    .getByRole('list', { name: 'Hvorfor er OK nedtonet?' })
    .getByRole('link', { name: /obligatoriske felt under Tilordninger mangler synkroniseringsretning/ });
  await expect(reason).toHaveAttribute('href', '/no/erp/admin/troubleshooting/cannot-activate/#tilordninger');
  await ok.click({ force: true });
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(page);
});

test('«Aktiver ERP-koblingen» after the fix the page gives: a direction in Tilordninger, then Aktiv is saved', async ({
  page,
}) => {
  const sim = await simulatorOnPage(page);
  const dialog = page.getByRole('dialog', { name: 'Konfigurer ERP-kobling' });
  const ok = dialog.getByRole('button', { name: 'OK', exact: true });
  // From the list, as the troubleshooting section goes on: Tilordninger, a direction, Fullført, then Aktiv.
  const mappings = await openTool(page, sim, 'Nordlys – testmiljø', 'Tilordninger');
  await direction(mappings.getByRole('group', { name: 'Navn (obligatorisk)' }), 'Begge veier').click();
  await mappings.getByRole('button', { name: 'Fullført' }).click();
  await sim.getByRole('button', { name: 'Konfigurer ERP-kobling' }).click();
  await dialog.getByRole('checkbox', { name: 'Aktiv' }).check();
  await dialog.getByRole('button', { name: 'Test ERP-tilkobling' }).click();
  await ok.click();
  await expect(dialog).toBeHidden();
  await expect(
    sim
      .getByRole('table', { name: 'ERP-koblinger' })
      .getByRole('row', { name: /Nordlys – testmiljø/ })
      .getByRole('cell')
      .last(),
  ).toHaveText('Aktiv');
});

for (const [heading, situation, dialogName] of [
  ['ERP-koblingen kan ikke aktiveres', 'mangler-retning', 'Konfigurer ERP-kobling'],
  ['Retningsknappene er nedtonet', 'retning-uten-felt', 'Tilordninger'],
  ['Rader i listetilordningen er merket som duplikat', 'duplikat-i-liste', 'Listetilordning'],
  ['Listen vises ikke i Listetilordning', 'ingen-lister', 'Listetilordning'],
  [
    'OK er nedtonet i Legg til standardverdi for synkronisering',
    'standardverdi-pakrevd',
    'Legg til standardverdi for synkronisering',
  ],
] as const)
  test(`«Prøv i simulatoren» under «${heading}» opens ${dialogName} in the failing state`, async ({ page }) => {
    await page.goto(PAGE);
    const link = page.getByRole('link', { name: 'Prøv i simulatoren' }).and(page.locator(`[href*="${situation}"]`));
    await link.click();
    await expect(page.getByRole('dialog', { name: dialogName })).toBeVisible();
    await expectNoAxeViolations(page);
  });

test('a situation that starts inside Legg til standardverdi has it above Standardverdier, focused and usable', async ({
  page,
}) => {
  await page.goto('/simulator/?situasjon=standardverdi-pakrevd');
  const inner = page.getByRole('dialog', { name: 'Legg til standardverdi for synkronisering' });
  await expect(inner.getByRole('combobox', { name: 'ERP-felt' })).toBeFocused();
  const ok = inner.getByRole('button', { name: 'OK', exact: true });
  await expect(ok).toHaveAttribute('aria-disabled', 'true');
  // A real click: nothing of Standardverdier lies over the inner dialog.
  await inner.getByRole('checkbox', { name: 'Spør bruker om verdi' }).check();
  await expect(ok).not.toHaveAttribute('aria-disabled');
  await ok.click();
  await expect(inner).toBeHidden();
  await expect(
    page.getByRole('dialog', { name: 'Standardverdier' }).getByRole('button', { name: 'Legg til' }),
  ).toBeFocused();
});

test('the page «Retningsknappene er nedtonet»: each cause’s «Prøv i simulatoren» shows that cause at the buttons', async ({
  page,
}) => {
  const causes = [
    ['retning-uten-felt', 'Kunde', 'Organisasjonsnummer', 'Velg et SuperOffice-felt først.'],
    ['retning-id-felt', 'Kunde', 'Kunde-ID', 'ERP-feltet kan ikke synkroniseres'],
    ['retning-ugyldig-felt', 'Leverandør', 'Leverandørnummer (obligatorisk)', 'SuperOffice-feltet er ikke gyldig'],
  ] as const;
  for (const [situation, tab, field, reason] of causes) {
    await page.goto('/no/erp/admin/troubleshooting/direction-dimmed/');
    await page.locator(`a[href*="situasjon=${situation}"]`).click();
    const dialog = page.getByRole('dialog', { name: 'Tilordninger' });
    await expect(dialog.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
    const button = direction(dialog.getByRole('group', { name: field }), 'Begge veier');
    await expect(button, situation).toHaveAttribute('aria-disabled', 'true');
    await expect(button, situation).toHaveAccessibleDescription(new RegExp(reason.replace(/[.]/g, '\\.')));
  }
});
