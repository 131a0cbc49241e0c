import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { docIndexFor } from '../../../src/markdown/doc-index.ts';
import { compileWithAstro, FIXTURE_DOCS, renderFixture, renderFixtureDom, renderLenientDom } from './render.ts';

describe('headings with {#id}', () => {
  test('the id becomes the heading id and leaves the text', async () => {
    const page = await renderFixtureDom('no/dialect/structure.mdx');
    const heading = page.getByRole('heading', { level: 2, name: 'Opprett aktør' });
    expect(heading.id).toBe('create-actor');
    expect(heading.textContent).toBe('Opprett aktør');
  });

  test("the id reaches Astro's headings (the On this page list) with the text without it", async () => {
    const code = await compileWithAstro('no/dialect/structure.mdx');
    expect(code).toMatch(/"slug": "create-actor",\s*"text": "Opprett aktør"/);
    expect(code).toContain('"slug": "module-details"');
  });

  test('links to the id are checked, on the page and from other pages', async () => {
    const page = await renderFixtureDom('no/dialect/structure.mdx');
    expect(page.getByRole('link', { name: 'aktøren' }).getAttribute('href')).toBe('#create-actor');
    expect(page.getByRole('link', { name: 'detaljene' }).getAttribute('href')).toBe(
      '/no/dialect/structure/#module-details',
    );
    const anchors = docIndexFor({ root: FIXTURE_DOCS }).anchors(resolve(FIXTURE_DOCS, 'no/dialect/structure.mdx'));
    expect([...anchors]).toEqual(expect.arrayContaining(['create-actor', 'module-details', 'åpne-innstillingene']));
  });

  test('an id used twice on a page fails naming both headings; a lenient page gets the next free id', async () => {
    await expect(renderFixture('no/bad/duplicate-heading-id.mdx')).rejects.toThrow(
      'duplicate-heading-id.mdx:11: Heading id "{#delete}" is used twice on this page: the heading at tests/fixtures/markdown/docs/no/bad/duplicate-heading-id.mdx:7 has it too.',
    );
    const page = await renderLenientDom('no/bad/duplicate-heading-id.mdx');
    const { body, warnings } = page;
    expect([...body.querySelectorAll('h2')].map((h) => h.id)).toEqual(['delete', 'delete-1']);
    expect(warnings.map((warning) => warning.rule)).toEqual(['heading-ids:duplicate']);
  });

  test('an id that another heading slugs to fails; a lenient page counts the slugs on from the explicit id', async () => {
    await expect(renderFixture('no/bad/heading-id-collides.mdx')).rejects.toThrow(
      'heading-id-collides.mdx:9: Heading id "delete" is used twice on this page: "{#delete}" at tests/fixtures/markdown/docs/no/bad/heading-id-collides.mdx:7 has it, and this heading gets it from its text.',
    );
    const page = await renderLenientDom('no/bad/heading-id-collides.mdx');
    const { body } = page;
    expect([...body.querySelectorAll('h2')].map((h) => h.id)).toEqual(['delete', 'delete-1', 'delete-2']);
    // The page's own link to the second id was checked against the repaired ids.
    expect(page.getByRole('link').getAttribute('href')).toBe('#delete-1');
  });

  test('{#id} outside a heading, or not a valid id, fails; a lenient page keeps it as text', async () => {
    await expect(renderFixture('no/bad/heading-id-outside.mdx')).rejects.toThrow(
      'heading-id-outside.mdx:5: "{#ikke-her}" is only allowed at the end of a heading.',
    );
    await expect(renderFixture('no/bad/heading-id-invalid.mdx')).rejects.toThrow(
      'heading-id-invalid.mdx:5: Heading id "{#to ord}" is not a valid id.',
    );
    expect((await renderLenientDom('no/bad/heading-id-outside.mdx')).body.textContent).toBe(
      'Et avsnitt {#ikke-her} med en id.',
    );
  });
});
