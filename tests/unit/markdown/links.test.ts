import { describe, expect, test } from 'vitest';
import { renderFixture, renderFixtureDom } from './render.ts';

async function hrefs(page: string): Promise<Record<string, string | null>> {
  const { getAllByRole } = await renderFixtureDom(page);
  return Object.fromEntries(getAllByRole('link').map((link) => [link.textContent ?? '', link.getAttribute('href')]));
}

describe('links', () => {
  test('relative links to .md files become site routes, resolved against the page folder', async () => {
    expect(await hrefs('no/erp/admin/update-connection.mdx')).toMatchObject({
      oppsettet: '/no/erp/admin/configure/',
      standardverdiene: '/no/erp/admin/configure/#defaults',
      'koblingen fra sluttbrukersiden': '/no/erp/learn/connect/#knytt-et-firma',
      veiviseren: '/no/erp/admin/add-connection/',
    });
  });

  test('reference-style definitions are rewritten too', async () => {
    expect(await hrefs('no/erp/admin/update-connection.mdx')).toMatchObject({
      'Konfigurer koblingen': '/no/erp/admin/configure/',
      'Legg til en kobling': '/no/erp/admin/add-connection/#steg-2',
      'Knytt firmaer til ERP-aktører': '/no/erp/learn/connect/',
    });
  });

  test('same-page anchors, external links and absolute site paths are kept', async () => {
    expect(await hrefs('no/erp/admin/update-connection.mdx')).toMatchObject({
      'hopp ned': '#feils%C3%B8king',
      forumet: 'https://example.com/forum',
      oss: 'mailto:hjelp@example.com',
      simulatoren: '/simulator/',
    });
  });

  test('.mdx links, index pages, queries, encoded anchors and anchors from includes', async () => {
    expect(await hrefs('no/samples/links.mdx')).toEqual({
      'Med .mdx': '/no/erp/admin/add-connection/#steg-1',
      'Til en mappeside': '/no/erp/',
      'Med spørring': '/no/erp/admin/configure/?fane=sync#list-mapping',
      'Kodet anker': '/no/erp/admin/configure/#feils%C3%B8king',
      'Overskrift med kode': '/no/erp/admin/configure/#bruk-syncexe-og-fet-tekst',
      'Fra inkludert overskrift': '/no/erp/admin/configure/#fra-inkluderingen',
      Nederst: '/no/erp/admin/configure/#bottom',
      'Bilde ved siden av': './diagram.png',
      'Mappe uten fil': '../erp/',
      'Ekstern i JSX': 'https://example.com/',
    });
  });

  test('a link to a missing page fails naming file, line and link, with a close page name', async () => {
    await expect(renderFixture('no/bad/broken-link.mdx')).rejects.toThrowErrorMatchingInlineSnapshot(
      `[tests/fixtures/markdown/docs/no/bad/broken-link.mdx:7:1-7:30: tests/fixtures/markdown/docs/no/bad/broken-link.mdx:7: Broken link "../erp/admin/configur.md": there is no page tests/fixtures/markdown/docs/no/erp/admin/configur.mdx. Did you mean "configure.md"? Fix the path (relative to this file) or add the page.]`,
    );
  });

  test('a link to an anchor the target page lacks fails', async () => {
    await expect(renderFixture('no/bad/broken-anchor.mdx')).rejects.toThrowErrorMatchingInlineSnapshot(
      `[tests/fixtures/markdown/docs/no/bad/broken-anchor.mdx:5:4-5:57: tests/fixtures/markdown/docs/no/bad/broken-anchor.mdx:5: Broken link "../erp/admin/configure.md#default": tests/fixtures/markdown/docs/no/erp/admin/configure.mdx has no anchor "default". Did you mean "defaults"?]`,
    );
  });

  test('a same-page anchor the page lacks fails', async () => {
    await expect(renderFixture('no/bad/broken-own-anchor.mdx')).rejects.toThrowErrorMatchingInlineSnapshot(
      `[tests/fixtures/markdown/docs/no/bad/broken-own-anchor.mdx:7:10-7:32: tests/fixtures/markdown/docs/no/bad/broken-own-anchor.mdx:7: Broken link "#detaljer": this page has no anchor "detaljer". Its anchors: oversikt.]`,
    );
  });
});
