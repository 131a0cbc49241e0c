import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import type { ExerciseResult } from '../../src/exercises/engine/index.ts';
import { expect, test } from './fixtures.ts';
import { expectNoAxeViolations } from './axe.ts';

/** Test mode: no outlines or hints, and the result (time and mistakes per step) to download at the end. */

async function openOsloDialog(page: Page) {
  const region = page.getByRole('region', { name: 'Simulatoren' });
  await region.getByRole('navigation', { name: 'Navigator' }).getByRole('button', { name: 'Tilbud/Sync' }).click();
  await region.getByRole('tab', { name: 'Sync' }).click();
  await region.getByRole('radio', { name: 'Nordlys – Oslo AS' }).check();
  await region.getByRole('button', { name: 'Konfigurer ERP-kobling' }).click();
  const dialog = page.getByRole('dialog', { name: 'Konfigurer ERP-kobling' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('Test: scripted mistakes show up in the summary and in the downloaded result', async ({ page }) => {
  await page.goto('/ovelser/gi-nytt-navn/?modus=test');
  await expect(page.getByRole('navigation', { name: 'Modus' }).getByRole('link', { name: 'Test' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  const region = page.getByRole('region', { name: 'Simulatoren' });
  // No outline, no step marked, no hints.
  await expect(region.getByRole('button', { name: 'Tilbud/Sync' })).toHaveCSS('outline-style', 'none');
  await expect(page.getByRole('region', { name: 'Trinn' }).locator('[aria-current]')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Vis hint' })).toHaveCount(0);

  const dialog = await openOsloDialog(page);
  await expect(dialog.getByRole('button', { name: 'Vis hint' })).toHaveCount(0);
  // Mistake 1: typing in a configuration field while Aktiv is checked.
  await dialog.getByRole('textbox', { name: 'Tidsavbrudd (sekunder)' }).press('7');
  const name = dialog.getByRole('textbox', { name: 'Navn', exact: true });
  await name.fill('Nordlys – Oslo hovedkontor');
  // Mistake 2, on the last step: clicking OK while it is dimmed (the name emptied again).
  await name.fill('');
  const ok = dialog.getByRole('button', { name: 'OK', exact: true });
  await expect(ok).toHaveAttribute('aria-disabled', 'true');
  await ok.click({ force: true });
  // No correction in Test.
  await expect(dialog.getByText('Feil:')).toHaveCount(0);
  await name.fill('Nordlys – Oslo hovedkontor');
  await ok.click();
  await expect(dialog).toBeHidden();

  const result = page.getByRole('region', { name: 'Øvelsen er fullført' });
  await expect(result).toContainText('Trinn fullført: 5 av 5');
  await expect(result).toContainText('Feil: 2');
  const table = result.getByRole('table', { name: 'Resultat per trinn' });
  const lagre = table.getByRole('row', { name: /5\. Lagre med OK/ });
  await expect(lagre).toContainText('Klikket på OK mens den var nedtonet');
  const endre = table.getByRole('row', { name: /4\. Endre navnet/ });
  await expect(endre).toContainText('Endret et låst konfigurasjonsfelt');

  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 360, height: 740 });
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
  ).toBeLessThanOrEqual(0);

  await result.getByRole('textbox', { name: 'Navnet ditt' }).fill('Kari Nordmann');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    result.getByRole('button', { name: 'Last ned resultat' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^resultat-gi-nytt-navn-kari-nordmann-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(await readFile(await download.path(), 'utf8')) as ExerciseResult;
  expect(file).toMatchObject({
    format: 'erp-ovelse-resultat',
    version: 1,
    exercise: { id: 'gi-nytt-navn' },
    learner: 'Kari Nordmann',
    mode: 'test',
    completed: true,
  });
  const kinds = (id: string) => file.steps.find((s) => s.id === id)?.mistakes.map((m) => m.kind);
  expect(kinds('endre-navn')).toEqual(['locked-field']);
  expect(kinds('lagre')).toEqual(['dimmed-ok']);
  expect(file.steps.every((s) => s.completed && s.timeMs !== null && s.timeMs >= 0)).toBe(true);

  // The name is kept for the next exercise on this device.
  await page.goto('/ovelser/ok-nedtonet/?modus=test');
  await page.getByRole('dialog', { name: 'Konfigurer ERP-kobling' }).getByRole('button', { name: 'Avbryt' }).click();
  await page.getByRole('button', { name: 'Avslutt testen' }).click();
  await expect(
    page.getByRole('region', { name: 'Testen er avsluttet' }).getByRole('textbox', { name: 'Navnet ditt' }),
  ).toHaveValue('Kari Nordmann');
});

test('Test: ending early gives a result that says the exercise was not completed', async ({ page }) => {
  await page.goto('/ovelser/begrens-synlighet/?modus=test');
  await openOsloDialog(page);
  await page.getByRole('dialog', { name: 'Konfigurer ERP-kobling' }).getByRole('button', { name: 'Avbryt' }).click();
  await page.getByRole('region', { name: 'Framdrift' }).getByRole('button', { name: 'Avslutt testen' }).click();
  const result = page.getByRole('region', { name: 'Testen er avsluttet' });
  await expect(result).toContainText('Trinn fullført: 1 av 4');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    result.getByRole('button', { name: 'Last ned resultat' }).click(),
  ]);
  const file = JSON.parse(await readFile(await download.path(), 'utf8')) as ExerciseResult;
  expect(file).toMatchObject({ completed: false, mode: 'test' });
  expect(file.learner).toBeUndefined();
  // The ended test survives a reload.
  await page.reload();
  await expect(page.getByRole('region', { name: 'Testen er avsluttet' })).toBeVisible();
});

test('Test: inside the dialog the task can be read, without marks', async ({ page }) => {
  await page.goto('/ovelser/ok-nedtonet/?modus=test');
  const dialog = page.getByRole('dialog', { name: 'Konfigurer ERP-kobling' });
  await expect(dialog).toBeVisible();
  await dialog.getByText('Vis oppgaven').click();
  await expect(dialog.getByRole('group', { name: 'Øvelsen' }).getByRole('listitem')).toHaveCount(4);
});
