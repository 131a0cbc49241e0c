import { describe, expect, test } from 'vitest';
import { docsRootSettings, readDocsRoot } from '../../../src/loaders/docs-root/config.ts';
import { fixtureSettings } from './helpers.ts';

describe('docs root settings', () => {
  test('without DOCS_ROOT there is no docs root, and the site builds its own content', () => {
    expect(docsRootSettings({})).toBeUndefined();
    expect(docsRootSettings({ DOCS_ROOT: '  ' })).toBeUndefined();
  });

  test('a folder that does not exist, or has no docs.json, is a clear error', () => {
    expect(() => docsRootSettings({ DOCS_ROOT: 'tests/fixtures/docs-root/nope' })).toThrow(
      /DOCS_ROOT is "tests\/fixtures\/docs-root\/nope", but there is no folder/,
    );
    expect(() => docsRootSettings({ DOCS_ROOT: 'tests/fixtures' })).toThrow(/has no docs.json/);
  });

  test('the public site defaults to docs.superoffice.com and can be set', () => {
    const root = 'tests/fixtures/docs-root/basic';
    expect(docsRootSettings({ DOCS_ROOT: root })?.publicBaseUrl).toBe('https://docs.superoffice.com');
    expect(docsRootSettings({ DOCS_ROOT: root, DOCS_PUBLIC_URL: 'https://hjelp.example.no/' })?.publicBaseUrl).toBe(
      'https://hjelp.example.no',
    );
    expect(() => docsRootSettings({ DOCS_ROOT: root, DOCS_PUBLIC_URL: 'hjelp' })).toThrow(/no web address/);
  });
});

describe('navigation $refs', () => {
  test('each $ref is resolved relative to the file that names it, at any depth', () => {
    const config = readDocsRoot(fixtureSettings('nested-refs'));
    const tabs = config.languages[0]!.nav.tabs as Array<{ groups: Array<{ group: string; pages: string[] }> }>;
    expect(tabs[0]!.groups[0]).toEqual({ group: 'Gruppe fra en egen fil', pages: ['no/page'] });
  });

  test('a navigation error names the file the $ref pulled in, the field and the line', () => {
    expect(() => readDocsRoot(fixtureSettings('bad-nav'))).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: tests/fixtures/docs-root/bad-nav/config/navigation.json is not valid:
        - tests/fixtures/docs-root/bad-nav/config/navigation.json:9 field "navigation.languages.0.tabs.0.groups.0.pages": a group needs "pages": a list of pages and groups]
    `);
  });

  test('a $ref cycle stops with the chain of files', () => {
    expect(() => readDocsRoot(fixtureSettings('ref-cycle'))).toThrow(
      /\$ref cycle: .*ref-cycle\/docs.json -> .*config\/a.json -> .*config\/b.json -> .*config\/a.json/,
    );
  });

  test('a $ref that leaves the docs root is refused, naming the file and line', () => {
    expect(() => readDocsRoot(fixtureSettings('ref-outside'))).toThrow(
      /ref-outside\/docs.json:1: \$ref "..\/nested-refs\/config\/navigation.json" leads to .*nested-refs\/config\/navigation.json, outside the folders the site may read/,
    );
  });
});
