import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { docIndexFor } from '../../../src/markdown/doc-index.ts';
import { compileWithAstro, FIXTURE_DOCS } from './render.ts';

/** Every `id` the compiled page sets (headings and explicit anchors) and the slugs of its `getHeadings()`. */
function idsIn(code: string): { ids: string[]; headingSlugs: string[] } {
  return {
    ids: [...code.matchAll(/\bid: "([^"]+)"/g)].map((match) => match[1]!),
    headingSlugs: [...code.matchAll(/"slug": "([^"]+)"/g)].map((match) => match[1]!),
  };
}

describe("Astro's MDX pipeline with the dialect plugins", () => {
  test('renders callouts, icons and routes', async () => {
    const code = await compileWithAstro('no/erp/admin/update-connection.mdx');
    expect(code).toContain('class: "callout callout-note"');
    expect(code).toContain('"aria-label": "Barcode icon"');
    expect(code).toContain('href: "/no/erp/admin/configure/"');
    expect(code).toContain('href: "/no/erp/learn/connect/#knytt-et-firma"');
  });

  test("headings of included files reach Astro's table of contents", async () => {
    const { headingSlugs } = idsIn(await compileWithAstro('no/erp/admin/update-connection.mdx'));
    const expected = ['rediger-en-kobling', 'før-du-begynner', 'feilsøking', 'relatert-innhold'];
    expect(headingSlugs).toEqual(expected);
  });

  // Norwegian letters, punctuation, inline code, bold, SmartyPants dashes and quotes, a frontmatter expression.
  test('the anchor index gives exactly the ids of the built page', async () => {
    const { ids } = idsIn(await compileWithAstro('no/erp/admin/configure.mdx'));
    const page = resolve(FIXTURE_DOCS, 'no/erp/admin/configure.mdx');
    const indexed = docIndexFor({ root: FIXTURE_DOCS }).anchors(page);
    expect([...indexed].sort()).toEqual([...ids].sort());
    const tricky = ['feilsøking-1', 'bruk-syncexe-og-fet-tekst', 'før--etter', 'sitat-og-anførsel', 'æ-ø-å-æøå'];
    expect(ids).toEqual(expect.arrayContaining([...tricky, 'tittel-fra-konfigurer-testside', 'defaults']));
  });

  test('an error in included text points Astro at the include directive of the page', async () => {
    const error = await compileWithAstro('no/bad/included-broken-link.mdx').catch((caught: unknown) => caught);
    expect(error).toMatchObject({ line: 7 });
    expect((error as Error).message).toMatch(
      /^tests\/fixtures\/markdown\/docs\/no\/erp\/includes\/broken-link\.md:7: Broken link/,
    );
  });
});
