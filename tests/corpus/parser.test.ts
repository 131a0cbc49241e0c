import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Root } from 'mdast';
import { mdastHeadingId } from 'mdast-heading-id';
import { micromarkHeadingId } from 'micromark-heading-id';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { expect, test } from 'vitest';
import { parseDocsRootSource } from '../../src/markdown/docs-root/source.ts';
import { remarkSatteriParse } from '../../src/markdown/satteri-parse.ts';
import { unravel } from '../../src/markdown/docs-root/unravel.ts';
import { pageTextSummary, parseWithRemark } from '../unit/localization/page-text-parsers.ts';

/**
 * Docs-root pages are parsed with Sätteri (src/markdown/docs-root/satteri-parse.ts) for speed, and every step after
 * it was written against remark-parse + remark-mdx + remark-gfm. So every file of the real help must give the
 * same tree both ways: node types, values, attributes, the estree of its JavaScript, and the line and column each
 * node starts at (what reports name). The two known differences are evened out first, as the build does: a line
 * of JSX alone is a block (remarkUnravel), and the space before `{#id}` is not heading text (remarkHeadingIds).
 */
const CORPUS = resolve(process.env.CORPUS_ROOT ?? '../shared/corpus/superoffice-docs');

function headingIdSyntax(this: Processor) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(micromarkHeadingId());
  (data.fromMarkdownExtensions ??= []).push(mdastHeadingId());
}

const remark = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(headingIdSyntax);
const satteri = unified().use(remarkSatteriParse);

/** Keys whose values differ by design: offsets inside estree, attribute places Sätteri does not give, flags. */
const IGNORED = new Set(['start', 'end', 'loc', 'range', 'raw', '_mdxExplicitJsx']);

function comparable(tree: Root): unknown {
  unravel(tree);
  visit(tree, 'heading', (heading) => {
    const id = heading.children.findIndex((child) => child.type === 'idString');
    const before = heading.children[id - 1];
    if (id > 0 && before?.type === 'text') before.value = before.value.trimEnd();
  });
  return JSON.parse(
    JSON.stringify(tree, function (this: { type?: string }, key, value: unknown) {
      if (IGNORED.has(key)) return undefined;
      // Import attributes (`with { type: 'json' }`): the newer acorn here lists none as []; the older one omits them.
      if (key === 'attributes' && this.type === 'ImportDeclaration') return undefined;
      if (key === 'data' && Object.keys(value as object).every((k) => IGNORED.has(k))) return undefined;
      if (key === 'position') {
        const start = (value as { start: { line: number; column: number } }).start;
        return `${start.line}:${start.column}`;
      }
      return value;
    }),
  );
}

function stripAttributePlaces(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(stripAttributePlaces);
  if (!node || typeof node !== 'object') return node;
  const entries = Object.entries(node).map(([key, value]) => [key, stripAttributePlaces(value)] as const);
  const object = Object.fromEntries(entries) as Record<string, unknown>;
  if (object.type === 'mdxJsxAttribute' || object.type === 'mdxJsxExpressionAttribute') delete object.position;
  if (object.type === 'idString' || object.type === 'mdxjsEsm') delete object.position;
  return object;
}

const files = readdirSync(CORPUS, { recursive: true, encoding: 'utf8' }).filter((file) => /\.mdx?$/.test(file));

test('the real help has pages to compare', () => {
  expect(files.length).toBeGreaterThan(500);
});

test.each(files)('%s gives the same tree with Sätteri as with remark', (file) => {
  const { content } = parseDocsRootSource(readFileSync(join(CORPUS, file), 'utf8'), file);
  const expected = stripAttributePlaces(comparable(remark.parse(new VFile({ path: file, value: content }))));
  const actual = stripAttributePlaces(comparable(satteri.parse(new VFile({ path: file, value: content })) as Root));
  expect(actual).toEqual(expected);
});

test.each(files)(
  '%s: the term checker reads the same texts, at the same places, with Sätteri as with remark',
  (file) => {
    const source = readFileSync(join(CORPUS, file), 'utf8');
    expect(pageTextSummary(file, source)).toEqual(pageTextSummary(file, source, parseWithRemark));
  },
);
