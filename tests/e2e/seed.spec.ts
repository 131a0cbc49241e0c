import { seedProseLines } from '../seed-text.ts';
import { expect, test } from './fixtures.ts';

test('the howto page shows every sentence of the user text', async ({ page }) => {
  await page.goto('/no/erp/admin/update-connection/');
  const text = (await page.locator('article').innerText()).replace(/\s+/g, ' ');
  const missing = seedProseLines().filter((line) => !text.includes(line));
  expect(missing).toEqual([]);
});

test('the howto page renders the dialect: callout, icon and links to the site', async ({ page }) => {
  await page.goto('/no/erp/admin/update-connection/');
  const note = page.getByRole('note');
  await expect(note).toContainText('Merk');
  await expect(note).toContainText('må du midlertidig deaktivere den');
  await expect(page.getByRole('img', { name: 'Barcode icon' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Konfigurer ERP-kobling' }).last()).toHaveAttribute(
    'href',
    '/no/erp/admin/configure/',
  );
  await expect(page.getByRole('link', { name: 'Legg til en Sync Connector og ERP-kobling' }).last()).toHaveAttribute(
    'href',
    '/no/erp/admin/add-connection/',
  );
  await expect(
    page.getByRole('link', { name: 'Knytt firmaer, personer og prosjekter til ERP-aktører' }).last(),
  ).toHaveAttribute('href', '/no/erp/learn/connect/');
});
