import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildDocsRoot } from '../../../src/loaders/docs-root/build.ts';
import { docsRootSettings } from '../../../src/loaders/docs-root/config.ts';
import {
  buildBasic,
  buildBasicWith,
  FIXTURE_ROOTS,
  fixturePath,
  OWN_PAGES,
  pageDom,
  pageOf,
  TRAINING,
} from './helpers.ts';

// One build of the fixture for every test here; the first run loads the icon sets and the dialect, which takes a
// while on a busy machine.
beforeAll(() => buildBasic(), 120_000);

describe('a docs-root build: pages and addresses', () => {
  test('every page file of a built language is a page at its upstream address, includes are not', async () => {
    const build = await buildBasic();
    expect(build.pages.map((p) => p.route).sort()).toEqual([
      '/',
      '/no/guide/',
      '/no/guide/deep/',
      '/no/guide/deep/details/',
      '/no/guide/links/',
      '/no/guide/not-in-nav/',
      '/no/guide/steps/',
      '/no/guide/twin/',
    ]);
    expect(build.pages.some((p) => p.file.includes('/includes/'))).toBe(false);
  });

  test('a page the navigation does not list is built, and the start page outside the language folders too', async () => {
    expect((await pageOf('no/guide/not-in-nav')).title).toBe('Ikke i navigasjonen');
    const start = await pageOf('index');
    expect(start.route).toBe('/');
    // No language of its own: the navigation's default language.
    expect(start.language).toBe('no');
  });

  test('frontmatter is kept as written: fields the site does not know, and versions as text', async () => {
    const { frontmatter } = await pageOf('no/guide/index');
    expect(frontmatter).toMatchObject({ tier: 'growth', topic: 'onboarding', keywords: ['veiledning', 'test'] });
    expect((await pageOf('no/guide/steps')).frontmatter.version).toBe('10.10');
  });

  test('a .md page is read as MDX, as Mintlify reads it', async () => {
    const page = await pageDom('no/guide/deep/details');
    expect(page.body.querySelector('strong')?.textContent).toBe('markdown');
    expect(page.body.textContent).not.toContain('import Form');
  });
});

describe('a docs-root build: imports and components', () => {
  test('markdown snippets are spliced in, relative and from the docs root, with their links relative to them', async () => {
    const page = await pageDom('no/guide/steps');
    expect(page.body.querySelectorAll('ol > li')).toHaveLength(2);
    expect(page.getByRole('link', { name: 'lenkesiden' }).getAttribute('href')).toBe('/no/guide/links/');
    expect(page.body.textContent).toContain('Tips fra et felles utdrag');
    expect(page.getByRole('link', { name: 'trinnene' }).getAttribute('href')).toBe('/no/guide/steps/');
    expect(page.body.innerHTML).not.toMatch(/import |<SharedSteps|<Tip/);
  });

  test('a .jsx component renders on the server with Mintlify’s globals, and ships no script', async () => {
    const page = await pageDom('no/guide/steps');
    const note = page.body.querySelector('[role="note"]');
    expect(note?.textContent).toBe('Versjon 10.10');
    expect(note?.querySelector('.docs-icon-gear')?.getAttribute('aria-hidden')).toBe('true');
    expect(page.body.querySelector('script')).toBeNull();
  });

  test('a component that would load a script from another host is a link to the public page instead', async () => {
    const page = await pageDom('no/guide/deep/details');
    expect(page.getByRole('link', { name: /Fyll ut skjemaet/ }).getAttribute('href')).toBe(
      'https://docs.superoffice.com/no/guide/deep/details',
    );
    expect(page.body.innerHTML).not.toContain('forms.example.com');
  });

  test('plain HTML in JSX keeps its attributes; comments vanish; an iframe becomes a link', async () => {
    const page = await pageDom('no/guide/links');
    const box = page.body.querySelector('div.boks');
    expect(box?.getAttribute('style')).toBe('margin-top: 4px');
    expect(page.getByRole('heading', { level: 1 }).textContent).toBe('Lenker og bilder');
    expect(page.getByRole('heading', { level: 1 }).id).toBe('lenker-og-bilder');
    expect(page.body.querySelector('iframe')).toBeNull();
    expect(page.getByRole('link', { name: /En video/ }).getAttribute('href')).toBe('https://example.com/video');
  });

  test('raw Phosphor icons become inline SVG with their label; an unknown one keeps its label for screen readers', async () => {
    expect((await pageDom('no/guide/steps')).getByRole('img', { name: 'Strekkode' }).tagName).toBe('svg');
    const page = await pageDom('no/guide/links');
    expect(page.body.querySelector('.visually-hidden')?.textContent).toBe('Blink');
  });
});

describe('a docs-root build: links and images', () => {
  const hrefOf = async (name: string) =>
    (await pageDom('no/guide/links')).getByRole('link', { name }).getAttribute('href');

  test.each([
    ['Uten filendelse', '/no/guide/steps/'],
    ['Med filendelse', '/no/guide/steps/'],
    ['Fra roten', '/no/guide/deep/details/'],
    ['Anker som finnes', '/no/guide/steps/#trinn'],
    ['Eget anker', '#forankring'],
    ['Gammel adresse', '/no/guide/steps/'],
    ['Annet språk', 'https://docs.superoffice.com/en/other/page'],
    ['Ut av roten', 'https://docs.superoffice.com/outside/page'],
    ['Ekstern', 'https://example.com/x'],
  ])('"%s" leads to %s', async (name, href) => {
    expect(await hrefOf(name)).toBe(href);
  });

  test('a link to a page that does not exist keeps its text without an address, and is reported', async () => {
    const page = await pageDom('no/guide/links');
    expect(page.getByText('Mangler', { selector: 'li' }).querySelector('a')).toBeNull();
    expect(page.queryByRole('link', { name: 'Mangler' })).toBeNull();
    const { report } = await buildBasic();
    expect(report).toContainEqual(
      expect.objectContaining({
        kind: 'link',
        file: 'tests/fixtures/docs-root/basic/no/guide/links.mdx',
        line: 19,
        target: './never-written',
      }),
    );
  });

  test('a link to an anchor the other page lacks is reported with page, line and target', async () => {
    const { report } = await buildBasic();
    expect(report.filter((e) => e.kind === 'anchor' && e.file.includes('/basic/'))).toEqual([
      expect.objectContaining({ line: 14, target: './steps#finnes-ikke' }),
    ]);
  });

  test('images of the docs root load from the site, sized and lazy; a missing one is its alt text', async () => {
    const page = await pageDom('no/guide/links');
    const images = page.getAllByRole('img');
    expect(images.map((img) => img.getAttribute('alt'))).toEqual(['Et bilde', 'Et referansebilde', 'Bilde som JSX']);
    for (const img of images) {
      expect(img.getAttribute('src')).toBe('/media/pic.png');
      expect([img.getAttribute('width'), img.getAttribute('height'), img.getAttribute('loading')]).toEqual([
        '3',
        '2',
        'lazy',
      ]);
    }
    expect(page.body.innerHTML).not.toContain('missing.png');
    const build = await buildBasic();
    expect(build.images).toEqual([{ href: '/media/pic.png', source: fixturePath('basic', 'media/pic.png') }]);
  });

  test('an image from another host is a link to it, so the page loads nothing from there', async () => {
    const page = await pageDom('no/guide/links');
    expect(page.getByRole('link', { name: 'Fra et annet nettsted' }).getAttribute('href')).toBe(
      'https://example.com/remote.png',
    );
    expect(page.body.querySelector('img[src^="https:"]')).toBeNull();
  });
});

describe('a docs-root build: navigation, redirects and the training layer', () => {
  test('tabs, groups and a nested group in the writers’ order; other languages link to the public site', async () => {
    const nav = (await buildBasic()).navigation.get('no')!;
    expect(nav.tabs.map((t) => t.label)).toEqual(['Hjem', 'Veiledning', 'Utgivelser']);
    const [start, more] = nav.tabs[1]!.items as Array<{ label: string; items: unknown[] }>;
    expect(start).toMatchObject({
      label: 'Kom i gang',
      items: [
        { route: '/no/guide/' },
        { route: '/no/guide/steps/' },
        { label: 'Feilsøking', items: [{ route: '/no/ts/own/', label: 'Egen feilsøking' }] },
        { label: 'Dypere', items: [{ route: '/no/guide/deep/' }, { route: '/no/guide/deep/details/' }] },
      ],
    });
    expect(more!.items[1]).toEqual({
      route: 'https://docs.superoffice.com/en/other/page',
      label: 'page',
      external: true,
    });
    expect(nav.order.map((l) => l.route)).not.toContain('https://docs.superoffice.com/en/other/page');
  });

  test('a navigation entry for a page that is not there is left out and reported', async () => {
    const { report, navigation } = await buildBasic();
    expect(report).toContainEqual(expect.objectContaining({ kind: 'navigation', target: 'no/guide/gone' }));
    expect(JSON.stringify(navigation.get('no'))).not.toContain('gone');
  });

  test('redirects of the built language, followed to where the page is now; others are left alone', async () => {
    const { redirects, wildcards } = await buildBasic();
    const to = Object.fromEntries(redirects.map((r) => [r.from, r.to]));
    expect(to['/no/old/steps/']).toBe('/no/guide/steps/');
    expect(to['/no/older/steps/']).toBe('/no/guide/steps/');
    expect(to['/no/guide/save-old/']).toBe('/no/guide/steps/');
    expect(to['/no/archive/deep/details/']).toBe('/no/guide/deep/details/');
    expect(Object.keys(to).some((from) => from.startsWith('/sv/'))).toBe(false);
    // A page's own address is never a redirect.
    expect(to['/no/guide/links/']).toBeUndefined();
    expect(wildcards).toContainEqual({
      prefix: '/no/retired/',
      to: 'https://docs.superoffice.com/release-notes',
      keepRest: false,
    });
  });

  test('the training layer goes at the end of the named sections of the page with that uid', async () => {
    const { rendered } = await pageOf('no/guide/steps');
    expect(rendered.html).toMatch(/<\/p>\n<!--training:simulator--><h2 id="feilsøking">/);
    expect(rendered.html).toMatch(/Sjekk feltene\.<\/p>\n<!--training:try-in-simulator:ok-nedtonet--><h2/);
    const { report } = await buildBasic();
    expect(report.filter((e) => e.kind === 'training').map((e) => e.target)).toEqual([
      'no-page-has-this',
      'Finnes ikke',
    ]);
  });

  test('the site’s own pages with the uid or the address of a docs-root page are replaced, and reported', async () => {
    const { replaced, report } = await buildBasic();
    expect(replaced).toEqual(['no/guide/steps.mdx', 'no/guide/index.mdx']);
    expect(report.filter((e) => e.kind === 'replaced').map((e) => e.message)).toEqual([
      'tests/fixtures/docs-root/basic/no/guide/steps.mdx is served instead (same uid test-guide-steps)',
      'tests/fixtures/docs-root/basic/no/guide/index.mdx is served instead (same address)',
    ]);
  });

  test('a language without pages gets one warning and its navigation file is never read', async () => {
    const { warnings, config } = await buildBasic();
    expect(config.languages.map((l) => l.code)).toEqual(['no']);
    expect(warnings.filter((w) => w.includes('"sv"'))).toEqual([
      'The navigation names the language "sv", but tests/fixtures/docs-root/basic/sv/ does not exist: skipped.',
    ]);
  });
});

describe('a docs-root build: the dialect', () => {
  test('Mintlify components render at build time, in the page’s language, with ids from {#id}', async () => {
    const page = await pageDom('no/guide/deep/index');
    expect(page.getByRole('heading', { name: 'Egen forankring' }).id).toBe('egen-id');
    expect(page.getByRole('note').textContent).toContain('Et notat som skal få norsk tittel.');
    expect(page.getByRole('note').textContent).toMatch(/^Merk/);
    expect(page.body.querySelector('[data-tabs]')?.textContent).toMatch(/Første.*Andre/s);
    expect(page.body.innerHTML).not.toMatch(/<Note|<Tabs|\{#/);
  });

  test('a component the dialect does not know keeps its text, and is reported instead of failing the build', async () => {
    const page = await pageDom('no/guide/deep/index');
    expect(page.body.textContent).toContain('Teksten i en ukjent komponent går ikke tapt.');
    const { report } = await buildBasic();
    expect(report).toContainEqual(
      expect.objectContaining({
        kind: 'component',
        file: 'tests/fixtures/docs-root/basic/no/guide/deep/index.mdx',
        line: 25,
        target: 'dialect:unknown-component',
      }),
    );
  });
});

describe("a docs-root build: the site's own pages that stay", () => {
  test('their links into replaced pages are checked against the docs root’s page, and fail the build', async () => {
    const { ownFailures } = await buildBasic();
    expect(ownFailures).toEqual([
      'tests/fixtures/docs-root/own/no/ts/own.mdx:8: ../guide/steps.md#vare-egne-trinn: /no/guide/steps/ is the docs root\'s page here, and it has no anchor "vare-egne-trinn"',
      'tests/fixtures/docs-root/own/no/ts/own.mdx:10: ../guide/borte.md: no page is served at /no/guide/borte/',
    ]);
  });
});

describe('a docs-root build: MDX as Mintlify compiles it', () => {
  test('a paragraph of nothing but JSX is no paragraph: <ul> with <li> lines is a list', async () => {
    const page = await pageDom('no/guide/not-in-nav');
    const list = page.getByRole('list');
    expect([...list.children].map((child) => child.tagName)).toEqual(['LI', 'LI']);
    expect(page.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Første', 'Andre']);
  });
});

describe('a docs-root build: the cache', () => {
  test('an unchanged page keeps its earlier render, and the build still knows its images and problems', async () => {
    const first = await buildBasic();
    const again = await buildBasicWith((id) => first.pages.find((p) => p.id === id));
    expect(again.renderedCount).toBe(0);
    expect(again.images).toEqual(first.images);
    expect(again.report).toEqual(first.report);
    expect(again.pages.map((p) => p.rendered.html)).toEqual(first.pages.map((p) => p.rendered.html));
  });

  test('a page whose snippet changed is rendered again', async () => {
    const first = await buildBasic();
    const again = await buildBasicWith((id) => {
      const page = first.pages.find((p) => p.id === id);
      // As if the snippet had other content when the page was rendered.
      return (
        page && {
          ...page,
          rendered: { ...page.rendered, dependencyDigests: page.rendered.dependencyDigests?.map(() => 'old') },
        }
      );
    });
    const withSnippets = first.pages.filter((p) => p.rendered.dependencies.length > 0).length;
    expect(withSnippets).toBeGreaterThan(0);
    expect(again.renderedCount).toBe(withSnippets);
  });

  test('a page rendered from another docs root is rendered again, so nothing from there is reported or copied', async () => {
    const first = await buildBasic();
    const other = join(mkdtempSync(join(tmpdir(), 'docs-root-')), 'basic');
    try {
      cpSync(`${FIXTURE_ROOTS}/basic`, other, { recursive: true });
      const moved = await buildDocsRoot({
        settings: docsRootSettings({ DOCS_ROOT: other })!,
        training: TRAINING,
        ownPages: OWN_PAGES,
        ownDir: `${FIXTURE_ROOTS}/own`,
        cached: (id) => first.pages.find((p) => p.id === id),
      });
      expect(moved.renderedCount).toBe(moved.pages.length);
      expect(moved.images.every((image) => image.source.startsWith(other))).toBe(true);
      expect(moved.report.filter((entry) => entry.file.includes(`${FIXTURE_ROOTS}/basic/`))).toEqual([]);
    } finally {
      rmSync(join(other, '..'), { recursive: true, force: true });
    }
  });
});

describe('a docs-root build: uids', () => {
  test('a uid used twice is reported, and the training layer goes by the first page with it', async () => {
    const { report } = await buildBasic();
    expect(report).toContainEqual(
      expect.objectContaining({
        kind: 'page',
        file: 'tests/fixtures/docs-root/basic/no/guide/twin.mdx',
        target: 'test-guide-steps',
      }),
    );
    expect((await pageOf('no/guide/twin')).rendered.html).not.toContain('<!--training:');
    expect((await pageOf('no/guide/steps')).rendered.html).toContain('<!--training:simulator-->');
  });
});
