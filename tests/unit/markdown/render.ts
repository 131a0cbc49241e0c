import { relative, resolve } from 'node:path';
import { markdownConfigDefaults, rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import { evaluate, nodeTypes } from '@mdx-js/mdx';
import { within, type BoundFunctions, type queries } from '@testing-library/dom';
import { Window } from 'happy-dom';
import { createElement } from 'react';
import * as runtime from 'react/jsx-runtime';
import { renderToStaticMarkup } from 'react-dom/server';
import rehypeRaw from 'rehype-raw';
import remarkGfm from 'remark-gfm';
import remarkSmartypants from 'remark-smartypants';
import type { PluggableList } from 'unified';
import { VFile } from 'vfile';
import { dialectPlugins, type DialectOptions } from '../../../src/markdown/index.ts';
import type { DialectWarning } from '../../../src/markdown/dialect/problems.ts';
import { readSource } from '../../../src/markdown/source.ts';

/** The fixtures' own small docs tree; the plugins are pointed at it instead of content/docs. */
export const FIXTURE_DOCS = resolve('tests/fixtures/markdown/docs');

/**
 * Compiles a page with @mdx-js/mdx and renders it to HTML with React, the plugins in the order Astro's MDX
 * pipeline runs them: GFM, SmartyPants, ours; then rehype-raw, ours, Astro's heading ids. (Astro's own
 * pipeline emits Astro JSX, which needs Astro to render; see {@link compileWithAstro} for that one.)
 */
export async function renderPage(path: string, docsRoot = FIXTURE_DOCS, options: DialectOptions = {}): Promise<string> {
  const { content, frontmatter } = readSource(path);
  // The tabs' script is an Astro component, which a React render cannot load; compileWithAstro covers it.
  const { remarkPlugins, rehypePlugins } = dialectPlugins({ docsRoot, tabsScript: false, ...options });
  const file = new VFile({ path, value: content, data: { astro: { frontmatter } } });
  const { default: Content } = await evaluate(file, {
    ...runtime,
    remarkPlugins: [remarkGfm, remarkSmartypants, ...(remarkPlugins as PluggableList)],
    rehypePlugins: [[rehypeRaw, { passThrough: nodeTypes }], ...(rehypePlugins as PluggableList), rehypeHeadingIds],
  });
  return renderToStaticMarkup(createElement(Content));
}

/**
 * A fixture page's path relative to the working directory. Astro passes absolute paths; relative ones give the
 * same results, and keep the absolute checkout folder out of the pinned error messages.
 */
export function fixturePath(page: string): string {
  return relative(process.cwd(), resolve(FIXTURE_DOCS, page));
}

/** {@link renderPage} for a page of the fixture tree, e.g. `no/samples/alerts.mdx`. */
export function renderFixture(page: string, options: DialectOptions = {}): Promise<string> {
  return renderPage(fixturePath(page), FIXTURE_DOCS, options);
}

/**
 * Testing Library's queries as plain functions. within() binds them to the page already, but declares them as
 * methods, so taking them apart (`const { getByRole } = …`) would look like losing `this`.
 */
type PageQueries = {
  [K in keyof BoundFunctions<typeof queries>]: BoundFunctions<typeof queries>[K] extends (...args: infer A) => infer R
    ? (...args: A) => R
    : never;
};

/** The rendered page as a DOM with Testing Library queries, to find things by role and name as a reader would. */
export async function renderFixtureDom(
  page: string,
  options: DialectOptions = {},
): Promise<{ body: HTMLElement } & PageQueries> {
  const body = new Window().document.body as unknown as HTMLElement;
  body.innerHTML = await renderFixture(page, options);
  return { body, ...(within(body) as PageQueries) };
}

/** Compiles a fixture page with Astro's real MDX pipeline (the `unified` processor), returning the module code. */
export async function compileWithAstro(page: string): Promise<string> {
  const path = fixturePath(page);
  const { content, frontmatter } = readSource(path);
  const processor = unified(dialectPlugins({ docsRoot: FIXTURE_DOCS }));
  const renderer = await processor.createMdxRenderer!(markdownConfigDefaults, { optimize: false });
  return (await renderer.process(content, path, frontmatter)).code;
}

/**
 * {@link renderFixtureDom} for a file a corpus would hold: problems are collected instead of stopping the
 * render, so a test can check both what was reported and what the reader still gets.
 */
export async function renderLenientDom(page: string) {
  const warnings: DialectWarning[] = [];
  const dom = await renderFixtureDom(page, { strict: false, onWarning: (warning) => warnings.push(warning) });
  return { ...dom, warnings };
}
