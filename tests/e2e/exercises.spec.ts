import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, test } from './fixtures.ts';

/** /ovelser/: the index of exercises, the mode links a trainer hands out, and Fri øving. */

const exercises = readdirSync('content/exercises')
  .filter((f) => f.endsWith('.yaml') && f !== 'howto-steps.yaml')
  .map(
    (f) =>
      parse(readFileSync(`content/exercises/${f}`, 'utf8')) as {
        id: string;
        title: string;
        minutes: number;
        level: string;
      },
  );

test('the index lists every exercise with its goal, level, time and a link to each mode', async ({ page }) => {
  await page.goto('/ovelser/');
  await expect(page.getByRole('heading', { level: 1, name: 'Øvelser' })).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(exercises.length);
  for (const exercise of exercises) {
    const card = page.getByRole('article', { name: exercise.title });
    await expect(card.getByRole('heading', { level: 2 }).getByRole('link')).toHaveAttribute(
      'href',
      `/ovelser/${exercise.id}/`,
    );
    await expect(card).toContainText(`Omtrent ${exercise.minutes} min`);
    await expect(card.getByRole('list', { name: `Måter å gjøre «${exercise.title}» på` }).getByRole('link')).toHaveText(
      ['Vis meg', 'Veiledet', 'Test', 'Fri øving'].map((m) => `${m} (${exercise.title})`),
    );
  }
  await expect(page.getByRole('main').getByRole('link', { name: 'For kursledere' })).toHaveAttribute(
    'href',
    '/kursleder/',
  );
});

test('an exercise page shows its goal with bold labels, and an unknown ?modus= opens Vis meg and says so', async ({
  page,
}) => {
  await page.goto('/ovelser/endre-konfigurasjon/?modus=ukjent');
  await expect(page.getByRole('status').filter({ hasText: 'Modusen' })).toHaveText(
    'Modusen «ukjent» finnes ikke, så øvelsen vises i Vis meg. Velg en annen modus over.',
  );
  await expect(
    page.getByRole('heading', { level: 1, name: 'Endre en konfigurasjonsverdi på en aktiv kobling' }),
  ).toBeVisible();
  await expect(page.locator('.exercise-goal strong', { hasText: 'Tidsavbrudd (sekunder)' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Modus' }).getByRole('link', { name: 'Vis meg' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  const steps = page.getByRole('region', { name: 'Trinn' }).getByRole('listitem');
  await expect(steps).toHaveCount(6);
  await expect(steps.nth(2).locator('strong')).toHaveText(['Tidsavbrudd (sekunder)', '90']);
});

test('Fri øving: the simulator on the exercise’s world, no steps or coaching, and its own place kept', async ({
  page,
}) => {
  await page.goto('/ovelser/rett-testfeil/?modus=fri-oving');
  await expect(
    page.getByRole('navigation', { name: 'Modus' }).getByRole('link', { name: 'Fri øving' }),
  ).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('region', { name: 'Trinn' })).toHaveCount(0);
  await expect(page.getByRole('group', { name: 'Øvelsen' })).toHaveCount(0);
  const region = page.getByRole('region', { name: 'Simulatoren' });
  // The exercise's world: its start (the Sync tab) and its fault (the client number is unknown).
  await region.getByRole('radio', { name: 'Nordlys – Oslo AS' }).check();
  await region.getByRole('button', { name: 'Konfigurer ERP-kobling' }).click();
  const dialog = page.getByRole('dialog', { name: 'Konfigurer ERP-kobling' });
  await dialog.getByRole('button', { name: 'Test ERP-tilkobling' }).click();
  await expect(dialog.getByText('ERP-systemet kjenner ikke klientnummer «1001».', { exact: false })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('dialog', { name: 'Konfigurer ERP-kobling' })).toBeVisible();
  await page.getByRole('dialog', { name: 'Konfigurer ERP-kobling' }).getByRole('button', { name: 'Avbryt' }).click();
  await page.getByRole('region', { name: 'Framdrift' }).getByRole('button', { name: 'Start øvelsen på nytt' }).click();
  await expect(region.getByRole('radio', { name: 'Nordlys – Oslo AS' })).not.toBeChecked();
  await expect(region.getByRole('tab', { name: 'Sync' })).toHaveAttribute('aria-selected', 'true');
});
