import { resolve } from 'node:path';
import { Window } from 'happy-dom';
import { within } from '@testing-library/dom';
import { buildDocsRoot, type CachedRender, type DocsRootBuild } from '../../../src/loaders/docs-root/build.ts';
import { docsRootSettings } from '../../../src/loaders/docs-root/config.ts';
import type { TrainingLayer } from '../../../src/schemas/training-layer.ts';

/** The fixture docs roots, written for these tests (never copies of the corpus). */
export const FIXTURE_ROOTS = 'tests/fixtures/docs-root';

export function fixtureSettings(name: string) {
  return docsRootSettings({ DOCS_ROOT: `${FIXTURE_ROOTS}/${name}` })!;
}

export const TRAINING: TrainingLayer = {
  attach: [
    { page: 'test-guide-steps', heading: 'Trinn', add: 'simulator' },
    {
      page: 'test-guide-steps',
      heading: 'Koblingen kan ikke lagres',
      add: 'try-in-simulator',
      situation: 'ok-nedtonet',
    },
    { page: 'test-guide-steps', heading: 'Finnes ikke', add: 'simulator' },
    { page: 'no-page-has-this', heading: 'Trinn', add: 'simulator' },
  ],
  navigation: [{ group: 'Feilsøking', beside: 'test-guide-steps', pages: ['own-troubleshooting'] }],
};

/** The site's own pages as the build sees them: one replaced by uid, one by address, one that stays. */
export const OWN_PAGES = [
  { file: 'no/guide/steps.mdx', uid: 'test-guide-steps', title: 'Vår kopi', route: '/no/guide/steps/' },
  { file: 'no/guide/index.mdx', uid: 'own-guide', title: 'Vår oversikt', route: '/no/guide/' },
  { file: 'no/ts/own.mdx', uid: 'own-troubleshooting', title: 'Egen feilsøking', route: '/no/ts/own/' },
];

/** The basic fixture built, with the site's own pages of {@link OWN_PAGES} and, when given, earlier renders. */
export function buildBasicWith(cached?: (id: string) => CachedRender | undefined): Promise<DocsRootBuild> {
  return buildDocsRoot({
    settings: fixtureSettings('basic'),
    training: TRAINING,
    ownPages: OWN_PAGES,
    ownDir: `${FIXTURE_ROOTS}/own`,
    cached,
  });
}

let basic: Promise<DocsRootBuild> | undefined;

/** The basic fixture built once for all tests that only read the result. */
export function buildBasic(): Promise<DocsRootBuild> {
  basic ??= buildBasicWith();
  return basic;
}

export async function pageOf(id: string) {
  const build = await buildBasic();
  const page = build.pages.find((p) => p.id === id);
  if (!page) throw new Error(`no page ${id}; pages: ${build.pages.map((p) => p.id).join(', ')}`);
  return page;
}

/** A page's HTML as a DOM with Testing Library queries. */
export async function pageDom(id: string) {
  const body = new Window().document.body as unknown as HTMLElement;
  body.innerHTML = (await pageOf(id)).rendered.html;
  return { body, ...within(body) };
}

export const fixturePath = (name: string, path: string) => resolve(FIXTURE_ROOTS, name, path);
