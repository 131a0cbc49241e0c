import { readdirSync, readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { parse } from 'yaml';
import type { DemoCommand as Command } from '../../src/exercises/engine/index.ts';
import { expect, test } from './fixtures.ts';
import { expectNoAxeViolations } from './axe.ts';

/**
 * Veiledet, through the UI as a learner works: every exercise done step by step, each step's own demo commands
 * turned into clicks and typing by role and Norwegian name (never through the store).
 */

interface ExerciseFile {
  id: string;
  title: string;
  steps: Array<{ id: string; title: string; instruction: string; demo: Command[] }>;
}
interface FieldFile {
  key: string;
  label: string;
  type: string;
}
interface Labelled {
  id: string;
  label: string;
}

const exercises: ExerciseFile[] = readdirSync('content/exercises')
  .filter((f) => f.endsWith('.yaml') && f !== 'howto-steps.yaml')
  .map((f) => parse(readFileSync(`content/exercises/${f}`, 'utf8')) as ExerciseFile);
const scenario = parse(readFileSync('content/scenarios/standard.yaml', 'utf8')) as {
  connectors: Array<{
    fields: FieldFile[];
    actors?: Array<Labelled & { fields: Array<{ key: string; label: string; required?: boolean }> }>;
    lists?: Array<Labelled & { items: Labelled[] }>;
  }>;
  connections: Array<{ id: string; name: string }>;
  users: Array<{ id: string; name: string }>;
  groups: Array<{ id: string; name: string }>;
};
// The simulator's texts: sim.json, sim.dialog.json (the edit dialog's) and sim.tools.json (the other dialogs').
const sim = {
  ...(JSON.parse(readFileSync('content/i18n/nb/sim.json', 'utf8')) as Record<string, string>),
  ...(JSON.parse(readFileSync('content/i18n/nb/sim.dialog.json', 'utf8')) as Record<string, string>),
  ...(JSON.parse(readFileSync('content/i18n/nb/sim.tools.json', 'utf8')) as Record<string, string>),
};
const fields = scenario.connectors.flatMap((c) => c.fields);
const actors = scenario.connectors.flatMap((c) => c.actors ?? []);
const listItems = scenario.connectors.flatMap((c) => c.lists ?? []).flatMap((l) => l.items);
const nameOf = (list: Array<{ id: string; name: string }>, id: unknown) => list.find((x) => x.id === id)!.name;
const labelOf = (list: Labelled[], id: unknown) => list.find((x) => x.id === id)!.label;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An ERP field's row in Tilordninger, named by its label (and «(obligatorisk)» when it is required). */
function mappingRow(dialog: Locator, actor: string, key: string): Locator {
  const field = actors.find((a) => a.id === actor)!.fields.find((f) => f.key === key)!;
  return dialog.getByRole('group', { name: `${field.label}${field.required ? ' (obligatorisk)' : ''}`, exact: true });
}

/** Performs one demo command the way a learner would, in the simulator region of an exercise page. */
async function perform(page: Page, command: Command): Promise<void> {
  const region = page.getByRole('region', { name: 'Simulatoren' });
  // The innermost open dialog: Legg til standardverdi is inside Standardverdier, so it comes last.
  const dialog = page.getByRole('dialog').last();
  switch (command.type) {
    case 'navigate':
      return region
        .getByRole('navigation', { name: 'Navigator' })
        .getByRole('button', { name: sim[`sim.ui.screen.${command.screen}`] })
        .click();
    case 'selectTab':
      return region.getByRole('tab', { name: sim[`sim.ui.tab.${command.tab}`] }).click();
    case 'selectConnection':
      return region.getByRole('radio', { name: nameOf(scenario.connections, command.connectionId) }).check();
    case 'openDialog':
      await region.getByRole('button', { name: 'Konfigurer ERP-kobling' }).click();
      return expect(page.getByRole('dialog', { name: 'Konfigurer ERP-kobling' })).toBeVisible();
    case 'openTool':
      await region.getByRole('button', { name: sim[`sim.ui.tool.${command.tool}`] }).click();
      return expect(page.getByRole('dialog', { name: sim[`sim.ui.tool.${command.tool}`] })).toBeVisible();
    case 'openFeature':
      if (command.feature === 'synkroniseringsprioritet')
        return region.getByRole('button', { name: 'Angi synkroniseringsprioritet' }).click();
      return region
        .getByRole('group', { name: command.feature === 'ny-sync-connector' ? 'Sync Connectors' : 'ERP-koblinger' })
        .getByRole('button', { name: 'Legg til' })
        .click();
    case 'setName':
      return dialog.getByRole('textbox', { name: 'Navn', exact: true }).fill(String(command.value));
    case 'setUrl':
      return dialog.getByRole('textbox', { name: 'URL', exact: true }).fill(command.value);
    case 'chooseConnector':
      return void (await dialog.getByRole('combobox', { name: 'Sync Connector' }).selectOption(command.connectorId));
    case 'setVisibilityMode':
      return dialog.getByRole('radio', { name: sim[`sim.ui.dialog.visibility.${command.mode}`] }).check();
    case 'toggleVisibilityMember': {
      await dialog.getByRole('button', { name: 'Velg brukere og grupper' }).click();
      const picker = page.getByRole('dialog', { name: 'Velg brukere og grupper' });
      await picker
        .getByRole('checkbox', { name: nameOf(command.kind === 'user' ? scenario.users : scenario.groups, command.id) })
        .click();
      await picker.getByRole('button', { name: 'Lukk', exact: true }).click();
      return expect(picker).toBeHidden();
    }
    case 'setActive':
      return dialog.getByRole('checkbox', { name: 'Aktiv' }).setChecked(Boolean(command.value));
    case 'setField': {
      // Connectors share keys (url), so the field is the one with the key whose label this dialog shows.
      for (const field of fields.filter((f) => f.key === command.key)) {
        const control = dialog.getByLabel(field.label, { exact: true });
        if ((await control.count()) === 0) continue;
        return field.type === 'select'
          ? void (await control.selectOption(String(command.value)))
          : control.fill(String(command.value));
      }
      throw new Error(`no field ${command.key} in the open dialog`);
    }
    case 'selectActor':
      return dialog.getByRole('tab', { name: labelOf(actors, command.actor) }).click();
    case 'setActorSync':
      return dialog.getByRole('checkbox', { name: /^Synkroniser ERP/ }).setChecked(command.value);
    case 'setCrmField':
      return void (await mappingRow(dialog, command.actor, command.field)
        .getByRole('combobox', { name: 'SuperOffice-felt' })
        .selectOption(command.crm ?? ''));
    case 'setDirection': {
      const buttons = mappingRow(dialog, command.actor, command.field).getByRole('group', { name: 'Retning' });
      // Clearing a direction is a click on the chosen one.
      return command.direction === null
        ? buttons.getByRole('button', { pressed: true }).click()
        : buttons.getByRole('button', { name: sim[`sim.ui.mapping.direction.${command.direction}`] }).click();
    }
    case 'setFieldFlag':
      return mappingRow(dialog, command.actor, command.field)
        .getByRole('checkbox', { name: sim[`sim.ui.mapping.col.${command.flag}`] })
        .setChecked(command.value);
    case 'selectList':
      return void (await dialog.getByRole('combobox', { name: 'Liste' }).selectOption(command.list));
    case 'setListItem':
      return void (await dialog
        .getByRole('combobox', { name: `CRM-verdi ${labelOf(listItems, command.item)}` })
        .selectOption(command.crm ?? ''));
    case 'addDefault':
      await dialog.getByRole('button', { name: 'Legg til' }).click();
      return expect(page.getByRole('dialog', { name: 'Legg til standardverdi for synkronisering' })).toBeVisible();
    case 'setDefaultField':
      return void (await dialog.getByRole('combobox', { name: 'ERP-felt' }).selectOption(command.field));
    case 'setDefaultOption':
      return dialog.getByRole('checkbox', { name: sim[`sim.ui.default.${command.option}`] }).setChecked(command.value);
    case 'setDefaultValue':
      return dialog.getByRole('textbox', { name: 'Verdi' }).fill(command.value);
    case 'removeDefault': {
      const field = actors.flatMap((a) => a.fields).find((f) => f.key === command.field)!;
      return dialog.getByRole('button', { name: `Fjern ${field.label}` }).click();
    }
    case 'selectItem': {
      const connection = scenario.connections.find((c) => c.id === command.id);
      const label = connection?.name ?? actors.flatMap((a) => a.fields).find((f) => f.key === command.id)!.label;
      return dialog.getByRole('radio', { name: new RegExp(`^${escape(label)} `) }).check();
    }
    case 'moveItem':
      return dialog.getByRole('button', { name: command.direction === 'up' ? 'Pil opp' : 'Pil ned' }).click();
    case 'runTest':
      await dialog.getByRole('button', { name: 'Test ERP-tilkobling' }).click();
      return expect(dialog.getByText(sim['sim.test.running']!)).toHaveCount(0);
    case 'ok':
      // OK, or Fullført and Lagre in the lower-left dialogs (the inner dialog's OK comes after its outer's).
      return dialog
        .getByRole('button', { name: /^(OK|Fullført|Lagre)$/ })
        .last()
        .click();
    case 'cancel':
      return dialog.getByRole('button', { name: 'Avbryt', exact: true }).last().click();
    default:
      throw new Error(`no UI action for ${command.type}`);
  }
}

/** The instructions list item of a step, by its position. */
const stepItem = (page: Page, index: number): Locator =>
  page.getByRole('region', { name: 'Trinn' }).getByRole('listitem').nth(index);

test('there are at least six exercises to do', () => {
  expect(exercises.length).toBeGreaterThanOrEqual(6);
});

for (const exercise of exercises) {
  test(`Veiledet: «${exercise.title}» is done by doing its own steps`, async ({ page }) => {
    await page.goto(`/ovelser/${exercise.id}/?modus=veiledet`);
    await expect(
      page.getByRole('navigation', { name: 'Modus' }).getByRole('link', { name: 'Veiledet' }),
    ).toHaveAttribute('aria-current', 'page');
    const progress = page.getByRole('region', { name: 'Framdrift' });
    for (const [i, step] of exercise.steps.entries()) {
      await expect(stepItem(page, i)).toHaveAttribute('aria-current', 'step');
      await expect(progress).toContainText(`${i} av ${exercise.steps.length} trinn er fullført`);
      for (const command of step.demo) await perform(page, command);
    }
    await expect(progress).toContainText(`${exercise.steps.length} av ${exercise.steps.length} trinn er fullført`);
    await expect(progress).toContainText('Feil så langt: 0');
    await expect(page.getByRole('heading', { name: 'Øvelsen er fullført' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Last ned resultat' })).toBeVisible();
  });
}

test('Veiledet outlines the current step’s control, gives hints one at a time and corrects a locked field', async ({
  page,
}) => {
  await page.goto('/ovelser/endre-konfigurasjon/?modus=veiledet');
  const region = page.getByRole('region', { name: 'Simulatoren' });
  const row = region.locator('[data-sim-target="connection-row:nordlys-oslo"]');
  await expect(row).toHaveCSS('outline-style', 'solid');
  await region.getByRole('radio', { name: 'Nordlys – Oslo AS' }).check();
  // The step's target moves on to the button once the row is selected.
  await expect(region.getByRole('button', { name: 'Konfigurer ERP-kobling' })).toHaveCSS('outline-style', 'solid');
  await expect(row).toHaveCSS('outline-style', 'none');
  await region.getByRole('button', { name: 'Konfigurer ERP-kobling' }).click();

  // In the dialog (the page behind it is inert) the coaching is at the top of the dialog.
  const dialog = page.getByRole('dialog', { name: 'Konfigurer ERP-kobling' });
  const coach = dialog.getByRole('group', { name: 'Øvelsen' });
  await expect(coach).toContainText('Trinn 2 av 6: Fjern merkingen i avmerkingsboksen Aktiv.');
  await expect(dialog.getByRole('checkbox', { name: 'Aktiv' })).toHaveCSS('outline-style', 'solid');
  await coach.getByRole('button', { name: 'Vis hint' }).click();
  await expect(coach.getByRole('list', { name: 'Hint' }).getByRole('listitem')).toHaveCount(1);
  await expect(coach.getByRole('button', { name: 'Vis hint' })).toHaveCount(0);

  // Typing in a locked field: the correction names the mistake, quotes the page and links to the rule.
  await dialog.getByRole('textbox', { name: 'Tidsavbrudd (sekunder)' }).press('5');
  const correction = coach.getByRole('status').filter({ hasText: 'Feil:' });
  await expect(correction).toContainText('Feil: Endret et låst konfigurasjonsfelt');
  await expect(correction).toContainText(
    'Slik står det på siden: «Hvis koblingen er aktiv (avmerket i kolonnen Aktiv), må du midlertidig deaktivere den før du kan endre konfigurasjonsverdier.»',
  );
  await expect(correction.getByRole('link', { name: 'Les mer om regelen på hjelpesiden' })).toHaveAttribute(
    'href',
    '/no/erp/admin/troubleshooting/fields-locked/#aktiv',
  );
  await expectNoAxeViolations(page);
  await coach.getByRole('button', { name: 'Skjul rettelsen' }).click();
  await expect(coach).not.toContainText('Feil:');
  await expect(page.getByRole('region', { name: 'Framdrift' })).toContainText('Feil så langt: 1');
});

test('reload mid-exercise keeps the simulator’s place and the run', async ({ page }) => {
  const exercise = exercises.find((e) => e.id === 'endre-konfigurasjon')!;
  await page.goto(`/ovelser/${exercise.id}/?modus=veiledet`);
  for (const step of exercise.steps.slice(0, 2)) for (const command of step.demo) await perform(page, command);
  const dialog = page.getByRole('dialog', { name: 'Konfigurer ERP-kobling' });
  await dialog.getByRole('textbox', { name: 'Tidsavbrudd (sekunder)' }).fill('9');
  await page.reload();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('checkbox', { name: 'Aktiv' })).not.toBeChecked();
  await expect(dialog.getByRole('textbox', { name: 'Tidsavbrudd (sekunder)' })).toHaveValue('9');
  await dialog.getByRole('button', { name: 'Avbryt' }).click();
  await expect(page.getByRole('region', { name: 'Framdrift' })).toContainText('2 av 6 trinn er fullført');
  await expect(stepItem(page, 2)).toHaveAttribute('aria-current', 'step');
  await expect(stepItem(page, 0)).toContainText('Utført:');

  // Each mode keeps its own place: Test starts from the beginning.
  await page.goto(`/ovelser/${exercise.id}/?modus=test`);
  await expect(page.getByRole('dialog', { name: 'Konfigurer ERP-kobling' })).toBeHidden();
  await expect(
    page.getByRole('region', { name: 'Simulatoren' }).getByRole('radio', { name: 'Nordlys – Oslo AS' }),
  ).not.toBeChecked();
});

test('Start øvelsen på nytt, and the simulator’s Tilbakestill, go back to the exercise’s start', async ({ page }) => {
  const exercise = exercises.find((e) => e.id === 'endre-konfigurasjon')!;
  await page.goto(`/ovelser/${exercise.id}/?modus=veiledet`);
  for (const command of exercise.steps[0]!.demo) await perform(page, command);
  await page.getByRole('dialog', { name: 'Konfigurer ERP-kobling' }).getByRole('button', { name: 'Avbryt' }).click();
  const progress = page.getByRole('region', { name: 'Framdrift' });
  await expect(progress).toContainText('1 av 6 trinn er fullført');
  await progress.getByRole('button', { name: 'Start øvelsen på nytt' }).click();
  await expect(progress).toContainText('0 av 6 trinn er fullført');
  await expect(progress.getByRole('status')).toHaveText('Øvelsen er startet på nytt.');
  const region = page.getByRole('region', { name: 'Simulatoren' });
  // The exercise starts on the Sync tab (its start commands), not where the scenario starts.
  await expect(region.getByRole('tab', { name: 'Sync' })).toHaveAttribute('aria-selected', 'true');
  await expect(region.getByRole('radio', { name: 'Nordlys – Oslo AS' })).not.toBeChecked();

  await region.getByRole('radio', { name: 'Nordlys – Oslo AS' }).check();
  await region.getByRole('button', { name: 'Tilbakestill' }).click();
  await expect(region.getByRole('tab', { name: 'Sync' })).toHaveAttribute('aria-selected', 'true');
  await expect(region.getByRole('radio', { name: 'Nordlys – Oslo AS' })).not.toBeChecked();
});

test('a stored run that cannot be read gives a fresh start, and says so', async ({ page }) => {
  await page.goto('/ovelser/gi-nytt-navn/?modus=veiledet');
  await expect(page.getByRole('region', { name: 'Framdrift' })).toContainText('0 av 5 trinn er fullført');
  const readable = () =>
    page
      .evaluate(
        () =>
          !!(
            JSON.parse(localStorage.getItem('erp-ovelse:gi-nytt-navn:veiledet:forlop') ?? 'null') as {
              run?: unknown;
            } | null
          )?.run,
      )
      .catch(() => false);
  await expect.poll(readable).toBe(true);
  await page.evaluate(() =>
    localStorage.setItem('erp-ovelse:gi-nytt-navn:veiledet:forlop', '{"version":1,"run":{"exerciseId":"gi-nytt-navn"'),
  );
  await page.reload();
  const progress = page.getByRole('region', { name: 'Framdrift' });
  await expect(progress.getByRole('status')).toHaveText(
    'Den lagrede framdriften kunne ikke leses, så øvelsen starter fra begynnelsen.',
  );
  await expect(progress).toContainText('0 av 5 trinn er fullført');
  // The fresh start is stored in place of what could not be read.
  await expect.poll(readable).toBe(true);
  // An old version of the stored run is not used either.
  await page.evaluate(() => {
    const key = 'erp-ovelse:gi-nytt-navn:veiledet:forlop';
    localStorage.setItem(key, JSON.stringify({ ...JSON.parse(localStorage.getItem(key)!), version: 0 }));
  });
  await page.reload();
  await expect(page.getByRole('region', { name: 'Framdrift' }).getByRole('status')).toHaveText(/kunne ikke leses/);
});
