import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { pageTextSummary, parseWithRemark } from './page-text-parsers.ts';

/**
 * The term checker parses pages with Sätteri; every text it read with remark it must still read, at the same place
 * in the source, on each of the site's own pages (the real help's pages are compared in tests/corpus).
 */
const DOCS = 'content/docs';
const pages = readdirSync(DOCS, { recursive: true, encoding: 'utf8' }).filter((file) => /\.mdx?$/.test(file));

test.each(pages)('%s: the same texts, at the same places, with Sätteri as with remark', (file) => {
  const source = readFileSync(join(DOCS, file), 'utf8');
  expect(pageTextSummary(file, source)).toEqual(pageTextSummary(file, source, parseWithRemark));
});

test('a label attribute is found at its place when the parser gives attributes none', () => {
  const source = '# Side\n\n<Frame caption="x" alt="ikke her"><img src="a.png" alt="Tilordninger-bildet" /></Frame>\n';
  const summary = pageTextSummary('side.mdx', source);
  const alt = summary.segments.find((s) => s[2] === 'Tilordninger-bildet');
  expect(alt?.[3]).toBe(source.indexOf('Tilordninger-bildet'));
  expect(summary).toEqual(pageTextSummary('side.mdx', source, parseWithRemark));
});
