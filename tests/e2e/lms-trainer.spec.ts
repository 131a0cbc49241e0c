import { readFile } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import { expect, test } from './fixtures.ts';
import { EXERCISE_COUNT as EXERCISES } from './lms/harness.ts';
import { axeViolations } from './axe.ts';

/** /kursleder/: the learning-platform packages, one download per package, and which standard to choose. */
test('the trainer page offers every package for download, and says which standard to choose', async ({ page }) => {
  await page.goto('/kursleder/');
  const section = page.getByRole('region', { name: 'Øvelsene i læringsplattformen' });
  await expect(section).toBeVisible();

  const choose = {
    cmi5: 'Velg cmi5 hvis læringsplattformen støtter det',
    'SCORM 2004': 'Velg SCORM 2004 hvis plattformen ikke støtter cmi5',
    'SCORM 1.2': 'Velg SCORM 1.2 bare for eldre plattformer',
  };
  for (const [name, sentence] of Object.entries(choose)) {
    const standard = section.getByRole('region', { name, exact: true });
    await expect(standard.getByRole('heading', { level: 3, name })).toBeVisible();
    await expect(standard.getByText(sentence)).toBeVisible();
    const table = standard.getByRole('table', { name: `${name}: pakker å laste ned` });
    // The course and every exercise, each in Test and in Veiledet.
    await expect(table.getByRole('row')).toHaveCount(1 + 1 + EXERCISES);
    await expect(table.getByRole('link', { name: /^Last ned / })).toHaveCount(2 * (1 + EXERCISES));
  }

  // Every link leads to a file the build wrote.
  const hrefs = await section.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  expect(hrefs).toHaveLength(3 * 2 * (1 + EXERCISES));
  for (const href of hrefs) expect((await page.request.head(href)).status(), href).toBe(200);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    section
      .getByRole('link', { name: 'Last ned SCORM 1.2-pakken for «Gi en ERP-kobling nytt navn», Test', exact: true })
      .click(),
  ]);
  expect(download.suggestedFilename()).toBe('gi-nytt-navn-test.zip');
  const files = unzipSync(await readFile(await download.path()));
  expect(Object.keys(files)).toEqual(
    expect.arrayContaining(['imsmanifest.xml', 'ovelse/gi-nytt-navn.html', 'ovelse/ovelse.js', 'adlcp_rootv1p2.xsd']),
  );
  expect(new TextDecoder().decode(files['imsmanifest.xml'])).toContain('<schemaversion>1.2</schemaversion>');

  expect(await axeViolations(page, '.lms-packages')).toEqual([]);
});
