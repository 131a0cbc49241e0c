import { describe, expect, it } from 'vitest';
import { loadCatalogs } from '../../../src/loaders/catalogs.ts';
import { namespaceOf } from '../../../src/localization/catalogs/types.ts';
import { CODE_DIR } from '../../../src/localization/review/index.ts';
import { keyUsage, looksLikeKey, referencesIn } from '../../../src/localization/review/key-usage.ts';
import { codeFiles, parseSource, readSources } from '../../../src/localization/review/source-scan.ts';

const FIXTURE = 'tests/fixtures/localization/usage';

describe('where a key is used', () => {
  const keys = [
    'sim.ui.used',
    'sim.ui.marker',
    'sim.ui.comment',
    'sim.ui.tab.sync',
    'sim.ui.tab.tilbud',
    'sim.ui.step.one.done',
    'sim.rule.from-content',
    'sim.ui.unused',
  ];
  const sources = readSources(FIXTURE, codeFiles(FIXTURE, 'src'));
  const usage = keyUsage(FIXTURE, sources, keys, ['sim', 'site']);
  const where = (key: string) =>
    usage.byKey.get(key)!.map((r) => `${r.kind} ${r.file}:${r.line}${r.pattern ? ` ${r.pattern}` : ''}`);

  it('finds a key written out, a key built from a prefix, and a key named in a content file', () => {
    expect(where('sim.ui.used')).toEqual(['literal src/ui/Widget.tsx:7']);
    expect(where('sim.ui.tab.sync')).toEqual(['pattern src/ui/Widget.tsx:8 sim.ui.tab.*']);
    expect(where('sim.ui.step.one.done')).toEqual(['pattern src/ui/Widget.tsx:9 sim.ui.step.*.done']);
    expect(where('sim.rule.from-content')).toEqual(['content content/rules/rules.yaml:3']);
  });

  it('does not count a key named only in a comment, or only in the data-i18n-key marker beside its t() call', () => {
    expect(where('sim.ui.comment')).toEqual([]);
    expect(where('sim.ui.marker')).toEqual([]);
    expect(where('sim.ui.unused')).toEqual([]);
  });

  it('reports a string shaped like a key that no catalog has, and takes a file name for what it is', () => {
    expect(usage.unknown).toEqual([{ key: 'sim.ui.nowhere', file: 'src/ui/catalog-file.ts', line: 3 }]);
    expect(looksLikeKey('sim.json', ['sim'])).toBe(false);
    expect(looksLikeKey('sim.ui.dialog.ok', ['sim'])).toBe(true);
    expect(looksLikeKey('sim.ui.', ['sim'])).toBe(false);
    expect(looksLikeKey('other.ui.x', ['sim'])).toBe(false);
  });

  it('reads keys in .astro frontmatter, templates and scripts', () => {
    const source = parseSource(
      'x.astro',
      "---\nconst a = t('site.a.b');\n---\n<p title={t('site.c.d')}>{t(`site.e.${x}`)}</p>\n<script>\n  const b = 'site.f.g';\n</script>\n",
    );
    const found = referencesIn(source, ['site']);
    expect(found.literals.map((l) => `${l.key}:${l.line}`)).toEqual(['site.a.b:2', 'site.c.d:4', 'site.f.g:6']);
    expect(found.patterns.map((p) => `${p.pattern}:${p.line}`)).toEqual(['site.e.*:4']);
  });
});

describe('the real code and catalogs', () => {
  const catalogs = loadCatalogs('.');
  const namespaces = [...new Set(Object.keys(catalogs.nb!).map(namespaceOf))];
  const inLang = (lang: string) => new Set(Object.values(catalogs[lang]!).flatMap((c) => Object.keys(c.messages)));
  const nb = inLang('nb');
  const en = inLang('en');
  const sources = readSources('.', codeFiles('.', CODE_DIR));
  const usage = keyUsage('.', sources, [...nb], namespaces);

  it('every key written in code is in the Norwegian and the English catalog', () => {
    const literals = sources.flatMap((s) => referencesIn(s, namespaces).literals);
    expect(literals.length).toBeGreaterThan(150);
    expect(literals.filter((l) => !nb.has(l.key) || !en.has(l.key)).map((l) => `${l.file}:${l.line} ${l.key}`)).toEqual(
      [],
    );
  });

  it('every key a template builds has at least one key in the catalogs', () => {
    const patterns = sources.flatMap((s) => referencesIn(s, namespaces).patterns);
    expect(patterns.map((p) => p.pattern)).toEqual(
      expect.arrayContaining(['sim.ui.screen.*', 'sim.ui.tool.*', 'exercises.table.*']),
    );
    expect(
      patterns.filter((p) => ![...nb].some((key) => p.test.test(key))).map((p) => `${p.file}:${p.line} ${p.pattern}`),
    ).toEqual([]);
  });

  it('reports the catalog keys no code or content uses (the review page lists them; a warning, not a failure)', () => {
    const unused = [...usage.byKey].filter(([, references]) => references.length === 0).map(([key]) => key);
    if (unused.length)
      console.warn(`Catalog keys no code or content uses (see /oversettelse/#ubrukte):\n  ${unused.join('\n  ')}`);
    // Most keys are used; a sudden jump means the scanner lost track of a kind of reference.
    expect(unused.length).toBeLessThan(nb.size / 10);
  });
});
