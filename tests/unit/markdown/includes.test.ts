import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import remarkParse from 'remark-parse';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { remarkIncludes } from '../../../src/markdown/includes.ts';
import { renderFixture, renderFixtureDom } from './render.ts';

describe('includes', () => {
  test('the directive is replaced by the included file, nested includes too', async () => {
    const page = await renderFixtureDom('no/erp/admin/update-connection.mdx');
    const { body, getByRole, getByText } = page;
    expect(getByRole('heading', { level: 3, name: 'Før du begynner' }).id).toBe('før-du-begynner');
    expect(getByText(/Sluttbrukere leser/)).toBeTruthy();
    expect(body.textContent).not.toContain('[!include');
    // The include's frontmatter is metadata, not text.
    expect(body.textContent).not.toContain('ignored include metadata');
  });

  test('included text gets alerts and icons', async () => {
    const { getAllByRole, getByRole } = await renderFixtureDom('no/erp/admin/update-connection.mdx');
    const titles = getAllByRole('note').map((note) => note.querySelector('.callout-title')?.textContent);
    expect(titles).toEqual(['Merk', 'Tips']);
    expect(getByRole('img', { name: 'Innstillinger' }).tagName.toLowerCase()).toBe('svg');
  });

  test('links in included files resolve relative to the included file', async () => {
    const { getByRole } = await renderFixtureDom('no/erp/admin/update-connection.mdx');
    expect(getByRole('link', { name: 'Standardverdier' }).getAttribute('href')).toBe(
      '/no/erp/admin/configure/#defaults',
    );
    expect(getByRole('link', { name: 'Knytt til ERP' }).getAttribute('href')).toBe('/no/erp/learn/connect/');
  });

  test('a missing include fails naming file, line and path', async () => {
    await expect(renderFixture('no/bad/missing-include.mdx')).rejects.toThrowErrorMatchingInlineSnapshot(
      `[tests/fixtures/markdown/docs/no/bad/missing-include.mdx:7:1-7:52: tests/fixtures/markdown/docs/no/bad/missing-include.mdx:7: Include "../erp/includes/finnes-ikke.md": there is no file tests/fixtures/markdown/docs/no/erp/includes/finnes-ikke.md. Fix the path (relative to this file).]`,
    );
  });

  test('an include cycle fails naming the chain', async () => {
    await expect(renderFixture('no/bad/include-cycle.mdx')).rejects.toThrowErrorMatchingInlineSnapshot(
      `[tests/fixtures/markdown/docs/no/bad/include-cycle.mdx:5:1-5:47: tests/fixtures/markdown/docs/no/erp/includes/cycle-b.md:3: Include cycle: tests/fixtures/markdown/docs/no/bad/include-cycle.mdx -> tests/fixtures/markdown/docs/no/erp/includes/cycle-a.md -> tests/fixtures/markdown/docs/no/erp/includes/cycle-b.md -> tests/fixtures/markdown/docs/no/erp/includes/cycle-a.md. Remove one of these includes. (included from tests/fixtures/markdown/docs/no/erp/includes/cycle-a.md:3, tests/fixtures/markdown/docs/no/bad/include-cycle.mdx:5)]`,
    );
  });

  test('an error inside an included file names that file and line, and where it was included', async () => {
    await expect(renderFixture('no/bad/included-broken-link.mdx')).rejects.toThrowErrorMatchingInlineSnapshot(
      `[tests/fixtures/markdown/docs/no/bad/included-broken-link.mdx:7:1-7:49: tests/fixtures/markdown/docs/no/erp/includes/broken-link.md:7: Broken link "../admin/finnes-ikke.md": there is no page tests/fixtures/markdown/docs/no/erp/admin/finnes-ikke.mdx. Fix the path (relative to this file) or add the page. (included from tests/fixtures/markdown/docs/no/bad/included-broken-link.mdx:7)]`,
    );
  });

  test('an included file that does not parse names the file', async () => {
    await expect(renderFixture('no/bad/include-syntax-error.mdx')).rejects.toThrowErrorMatchingInlineSnapshot(
      `[tests/fixtures/markdown/docs/no/bad/include-syntax-error.mdx:5:1-5:48: tests/fixtures/markdown/docs/no/erp/includes/bad-syntax.md:3: Could not read the include: Expected a closing tag for \`<div>\` (3:1-3:19) (included from tests/fixtures/markdown/docs/no/bad/include-syntax-error.mdx:5)]`,
    );
  });

  test('one processor, many pages: each use gets the include as it is now, also after the file is edited', async () => {
    const root = realpathSync(mkdtempSync(join(tmpdir(), 'includes-')));
    try {
      mkdirSync(join(root, 'includes'));
      const note = join(root, 'includes/note.md');
      const page = join(root, 'page.md');
      writeFileSync(
        page,
        'Først\n\n[!include[Merknad](includes/note.md)]\n\nSå\n\n[!include[Merknad](includes/note.md)]\n',
      );
      const processor = unified()
        .use(remarkParse)
        .use(remarkIncludes, { roots: [root] })
        .use(remarkRehype)
        .use(rehypeStringify);
      const render = async () =>
        String(await processor.process(new VFile({ path: page, value: readFileSync(page, 'utf8') })));

      writeFileSync(note, 'Koblingen må være *inaktiv*.\n');
      expect(await render()).toBe(
        '<p>Først</p>\n<p>Koblingen må være <em>inaktiv</em>.</p>\n<p>Så</p>\n<p>Koblingen må være <em>inaktiv</em>.</p>',
      );
      writeFileSync(note, 'Husk å aktivere koblingen igjen.\n');
      expect(await render()).toBe(
        '<p>Først</p>\n<p>Husk å aktivere koblingen igjen.</p>\n<p>Så</p>\n<p>Husk å aktivere koblingen igjen.</p>',
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
