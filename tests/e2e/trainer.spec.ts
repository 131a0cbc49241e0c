import { readFile } from 'node:fs/promises';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { expectNoAxeViolations } from './axe.ts';
import { islandsHydrated } from './islands.ts';

/** /kursleder/: the exercises with their links and handouts, and a class's results from many files at once. */

/** The trainer's page with its results island running. */
async function openTrainerPage(page: Page) {
  await page.goto('/kursleder/');
  await islandsHydrated(page);
}

const RESULTS = 'tests/fixtures/exercises/results';
const CLASS = 'tests/fixtures/exercises/class';
const exercises = readdirSync('content/exercises')
  .filter((f) => f.endsWith('.yaml') && f !== 'howto-steps.yaml')
  .map(
    (f) =>
      parse(readFileSync(`content/exercises/${f}`, 'utf8')) as {
        id: string;
        title: string;
        minutes: number;
        steps: Array<{ instruction: string }>;
      },
  );

test('the trainer’s page lists every exercise with its level, time, mode links and handout', async ({ page }) => {
  await page.goto('/kursleder/');
  await expect(page.getByRole('heading', { level: 1, name: 'For kursledere' })).toBeVisible();
  for (const exercise of exercises) {
    const card = page.getByRole('article', { name: exercise.title });
    await expect(card).toContainText(`Omtrent ${exercise.minutes} min`);
    await expect(card).toContainText(/Nivå\s*(Nybegynner|Middels|Viderekommen)/);
    for (const [name, mode] of [
      ['Vis meg', 'vis-meg'],
      ['Veiledet', 'veiledet'],
      ['Test', 'test'],
      ['Fri øving', 'fri-oving'],
    ])
      await expect(card.getByRole('link', { name: `${name} (${exercise.title})` })).toHaveAttribute(
        'href',
        `/ovelser/${exercise.id}/?modus=${mode}`,
      );
    await expect(card.getByRole('link', { name: /Utdeling for utskrift/ })).toHaveAttribute(
      'href',
      `/ovelser/${exercise.id}/utdeling/`,
    );
  }
});

test('class results: a table of completion, time and mistakes per step with the class average; bad files are named and skipped', async ({
  page,
}) => {
  await openTrainerPage(page);
  const input = page.getByLabel('Last inn resultatfiler');
  await input.setInputFiles([
    `${RESULTS}/kari.json`,
    `${RESULTS}/ola.json`,
    `${RESULTS}/notat.json`,
    `${CLASS}/per.json`,
    `${RESULTS}/nyere-versjon.json`,
    `${CLASS}/sara.json`,
  ]);
  await expect(page.getByRole('status').filter({ hasText: 'Resultater lastet inn' })).toHaveText(
    'Resultater lastet inn: 4. Filer hoppet over: 2.',
  );
  const skipped = page.getByRole('list', { name: 'Filer som ble hoppet over' });
  await expect(skipped.getByRole('listitem')).toHaveText([
    '«notat.json» ble ikke lastet inn: innholdet er ikke gyldig JSON. Velg filen som ble lastet ned etter øvelsen.',
    '«nyere-versjon.json» ble ikke lastet inn: den er laget med en nyere utgave (versjon 2) av øvelsene enn denne siden. Last inn siden på nytt og prøv igjen.',
  ]);

  const table = page.getByRole('table', { name: 'Gi en ERP-kobling nytt navn: resultatene til 3 deltakere' });
  const rows = table.getByRole('row');
  await expect(rows).toHaveCount(5);
  await expect(rows.nth(0).getByRole('columnheader')).toHaveText([
    'Deltaker',
    'Modus',
    'Forsøk',
    'Fullført',
    'Tid',
    'Feil',
    '1. Åpne fanen Sync',
    '2. Velg koblingen',
    '3. Åpne Konfigurer ERP-kobling',
    '4. Endre navnet',
    '5. Lagre med OK',
  ]);
  const cells = (i: number) => rows.nth(i).getByRole('cell');
  await expect(rows.nth(1).getByRole('rowheader')).toHaveText('Kari Nordmann');
  await expect(cells(1)).toHaveText([
    'Test',
    '1',
    'ja',
    '1 min 35 s',
    '1',
    'ja, 20 s, 0 feil',
    'ja, 10 s, 0 feil',
    'ja, 5 s, 0 feil',
    'ja, 40 s, 0 feil',
    'ja, 20 s, 1 feil',
  ]);
  await expect(rows.nth(2).getByRole('rowheader')).toHaveText('Ola "Sjefen" Hansen; Økonomi, Oslo');
  await expect(cells(2)).toHaveText([
    'Test',
    '1',
    'nei',
    '–',
    '1',
    'ja, 30 s, 0 feil',
    'ja, 30 s, 0 feil',
    'ja, 30 s, 1 feil',
    'nei, –, 0 feil',
    'nei, –, 0 feil',
  ]);
  await expect(rows.nth(3).getByRole('rowheader')).toHaveText('Per Berg');
  await expect(cells(3)).toHaveText([
    'Test',
    '1',
    'ja',
    '1 min 0 s',
    '2',
    'ja, 10 s, 0 feil',
    'ja, 10 s, 0 feil',
    'ja, 10 s, 0 feil',
    'ja, 20 s, 1 feil',
    'ja, 10 s, 1 feil',
  ]);
  await expect(rows.nth(4).getByRole('rowheader')).toHaveText('Klassesnitt');
  await expect(cells(4)).toHaveText([
    '',
    '',
    '67 %',
    '1 min 18 s',
    '1,3',
    '100 %, 20 s, 0,0 feil',
    '100 %, 17 s, 0,0 feil',
    '100 %, 15 s, 0,3 feil',
    '67 %, 30 s, 0,3 feil',
    '67 %, 15 s, 0,7 feil',
  ]);
  await expect(
    page.getByRole('table', { name: 'Endre en konfigurasjonsverdi på en aktiv kobling: resultatet til 1 deltaker' }),
  ).toBeVisible();

  // More files later are added to the same class; the same file again adds nothing.
  await input.setInputFiles([`${RESULTS}/kari.json`, `${RESULTS}/annet-format.json`]);
  await expect(page.getByRole('status').filter({ hasText: 'Resultater lastet inn' })).toHaveText(
    'Resultater lastet inn: 4. Filer hoppet over: 3.',
  );
  await expect(skipped.getByRole('listitem').last()).toHaveText(
    '«annet-format.json» ble ikke lastet inn: det er ikke en resultatfil fra ERP-øvelsene.',
  );
  await expect(table.getByRole('row')).toHaveCount(5);

  await page.getByRole('button', { name: 'Fjern resultatene' }).click();
  await expect(table).toHaveCount(0);
});

test('class results download as CSV for a Norwegian spreadsheet', async ({ page }) => {
  await openTrainerPage(page);
  await page
    .getByLabel('Last inn resultatfiler')
    .setInputFiles([`${RESULTS}/kari.json`, `${RESULTS}/ola.json`, `${CLASS}/per.json`]);
  const button = page.getByRole('button', { name: 'Last ned som CSV (Gi en ERP-kobling nytt navn)' });
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  expect(download.suggestedFilename()).toMatch(/^klasseresultater-gi-nytt-navn-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile(await download.path(), 'utf8');
  expect(csv.startsWith('\uFEFFDeltaker;Fil;Modus;Forsøk;Fullført;Tid (s);Feil;1. Åpne fanen Sync: fullført;')).toBe(
    true,
  );
  const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
  expect(lines.slice(1)).toEqual([
    'Kari Nordmann;kari.json;Test;1;ja;95;1;ja;20;0;ja;10;0;ja;5;0;ja;40;0;ja;20;1',
    '"Ola ""Sjefen"" Hansen; Økonomi, Oslo";ola.json;Test;1;nei;;1;ja;30;0;ja;30;0;ja;30;1;nei;;0;nei;;0',
    'Per Berg;per.json;Test;1;ja;60;2;ja;10;0;ja;10;0;ja;10;0;ja;20;1;ja;10;1',
    'Klassesnitt;;;;67 %;78;"1,3";100 %;20;"0,0";100 %;17;"0,0";100 %;15;"0,3";67 %;30;"0,3";67 %;15;"0,7"',
    '',
  ]);
});

test('a handout has the goal, the steps with room for notes, and prints without the page chrome', async ({ page }) => {
  const exercise = exercises.find((e) => e.id === 'endre-konfigurasjon')!;
  await page.goto(`/ovelser/${exercise.id}/utdeling/`);
  await expect(page.getByRole('heading', { level: 1, name: exercise.title })).toBeVisible();
  const steps = page.getByRole('main').getByRole('list').filter({ hasText: 'Notater:' }).first().locator(':scope > li');
  await expect(steps).toHaveCount(exercise.steps.length);
  await expect(steps.first()).toContainText(
    'Velg Nordlys – Oslo AS i listen ERP-koblinger og klikk på Konfigurer ERP-kobling.',
  );
  await expect(steps.first().getByText('Notater:')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Brødsmulesti' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: exercise.title })).toBeVisible();
});

test('with results loaded the page has no accessibility violations and fits 360 px without sideways scrolling', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openTrainerPage(page);
  await page
    .getByLabel('Last inn resultatfiler')
    .setInputFiles([`${RESULTS}/kari.json`, `${RESULTS}/notat.json`, `${CLASS}/per.json`, `${CLASS}/sara.json`]);
  await expect(page.getByRole('region', { name: 'Klasseresultater' }).getByRole('table')).toHaveCount(2);
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
  ).toBeLessThanOrEqual(0);
  // The wide table scrolls in its own box, which the keyboard can reach.
  const box = page.getByRole('region', { name: /Gi en ERP-kobling nytt navn: resultatene/ });
  await expect(box).toHaveAttribute('tabindex', '0');
  await expectNoAxeViolations(page);
});
