import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogs, loadNamespace } from '../../../src/loaders/catalogs.ts';
import { missingKeys } from '../../../src/localization/catalogs/missing-keys.ts';
import { parseCatalog } from '../../../src/localization/catalogs/parse.ts';
import {
  placeholderMismatches,
  placeholdersOf,
  samePlaceholders,
} from '../../../src/localization/catalogs/placeholders.ts';
import { serializeCatalog } from '../../../src/localization/catalogs/serialize.ts';
import { namespaceMessages, namespaceOf, type Catalogs } from '../../../src/localization/catalogs/types.ts';

const errorOf = (text: string, name = 'sim') => {
  try {
    parseCatalog(`content/i18n/nb/${name}.json`, namespaceOf(name), text);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('accepted');
};

/** Catalogs built in memory, for the comparisons. */
function catalogs(nb: Record<string, string>, en: Record<string, string>): Catalogs {
  const catalog = (lang: string, messages: Record<string, string>) => ({
    file: `content/i18n/${lang}/sim.json`,
    messages,
    groupStarts: [],
    lines: {},
  });
  return { nb: { sim: catalog('nb', nb) }, en: { sim: catalog('en', en) } };
}

describe('the real catalogs', () => {
  const real = loadCatalogs('.');

  it('exist for nb and en, in the same files', () => {
    expect(Object.keys(real)).toEqual(['en', 'nb']);
    expect(Object.keys(real.en!)).toEqual(Object.keys(real.nb!));
  });

  it('split the simulator’s namespace: the dialog’s texts, which come with the dialog, the build’s, and the rest', () => {
    expect(Object.keys(real.nb!).filter((name) => namespaceOf(name) === 'sim')).toEqual([
      'sim',
      'sim.build',
      'sim.dialog',
    ]);
    // The build's texts (why a situation's command is refused) never reach the browser.
    for (const lang of ['nb', 'en'])
      expect(Object.keys(real[lang]!['sim.build']!.messages).every((key) => key.startsWith('sim.reject.'))).toBe(true);
    const dialogOnly = /^sim\.(test|validation|ui\.dialog|ui\.picker)\./;
    for (const lang of ['nb', 'en']) {
      expect(
        Object.keys(real[lang]!.sim!.messages).filter((key) => dialogOnly.test(key)),
        lang,
      ).toEqual([]);
      expect(
        Object.keys(real[lang]!['sim.dialog']!.messages).filter((key) => !dialogOnly.test(key)),
        lang,
      ).toEqual([]);
    }
    expect(namespaceMessages(real, 'nb', 'sim')).toMatchObject({
      'sim.ui.dialog.ok': 'OK',
      'sim.ui.button.configure': 'Konfigurer ERP-kobling',
    });
  });

  it('have the same keys in nb and en', () => {
    expect(missingKeys(real)).toEqual([]);
  });

  it('use the same placeholders in nb and en for every key', () => {
    expect(placeholderMismatches(real)).toEqual([]);
  });

  it('are written in the one format, so writing them back changes no byte', () => {
    for (const namespaces of Object.values(real)) {
      for (const catalog of Object.values(namespaces))
        expect(serializeCatalog(catalog), catalog.file).toBe(readFileSync(catalog.file, 'utf8'));
    }
  });
});

describe('reading a catalog file', () => {
  it('keeps the order of the keys, the blank lines between groups and the line of each key', () => {
    const text = '{\n  "sim.a": "A",\n\n  "sim.b": "B",\n  "sim.c": "C"\n}\n';
    const catalog = parseCatalog('content/i18n/nb/sim.json', 'sim', text);
    expect(catalog).toMatchObject({
      messages: { 'sim.a': 'A', 'sim.b': 'B', 'sim.c': 'C' },
      groupStarts: ['sim.b'],
      lines: { 'sim.a': 2, 'sim.b': 4, 'sim.c': 5 },
    });
    expect(serializeCatalog(catalog)).toBe(text);
  });

  it('names the key and line of a key outside its namespace, a repeated key and a value that is not text', () => {
    expect(errorOf('{\n  "sim.a": "A",\n  "site.b": "B",\n  "sim.a": "C",\n  "sim.d": { "x": "y" }\n}\n'))
      .toMatchInlineSnapshot(`
      "content/i18n/nb/sim.json is not valid:
        - content/i18n/nb/sim.json:5 field "sim.d": must be a text (a JSON string); catalogs are flat, with dotted keys
        - content/i18n/nb/sim.json:4 field "sim.a": this key is written twice; keep one"
    `);
    expect(errorOf('{\n  "site.b": "B"\n}\n')).toMatch(
      /sim\.json:2 field "site\.b": a key in sim\.json must start with "sim\."/,
    );
    expect(errorOf('{\n  "site.b": "B"\n}\n', 'sim.dialog')).toMatch(
      /sim\.dialog\.json:2 field "site\.b": a key in sim\.dialog\.json must start with "sim\."/,
    );
  });

  it('points a JSON syntax error at its line', () => {
    expect(errorOf('{\n  "sim.a": "A",\n  "sim.b": "B"\n  "sim.c": "C"\n}\n')).toMatch(
      /^content\/i18n\/nb\/sim\.json is not valid:\n {2}- content\/i18n\/nb\/sim\.json:4 field "\(JSON syntax\)"/,
    );
  });
});

describe('comparing languages', () => {
  it('lists keys missing in either language', () => {
    expect(missingKeys(catalogs({ 'sim.a': 'A', 'sim.b': 'B' }, { 'sim.a': 'A', 'sim.c': 'C' }))).toEqual([
      { catalog: 'sim', key: 'sim.b', presentIn: 'nb', missingIn: 'en' },
      { catalog: 'sim', key: 'sim.c', presentIn: 'en', missingIn: 'nb' },
    ]);
  });

  it('compares a split namespace file by file: a key the translation keeps in the other file is missing in one, stale in the other', () => {
    const file = (lang: string, name: string, messages: Record<string, string>) => ({
      file: `content/i18n/${lang}/${name}.json`,
      messages,
      groupStarts: [],
      lines: {},
    });
    const split: Catalogs = {
      nb: { sim: file('nb', 'sim', { 'sim.a': 'A' }), 'sim.dialog': file('nb', 'sim.dialog', { 'sim.b': 'B' }) },
      en: { sim: file('en', 'sim', { 'sim.a': 'A', 'sim.b': 'B' }), 'sim.dialog': file('en', 'sim.dialog', {}) },
    };
    expect(missingKeys(split)).toEqual([
      { catalog: 'sim', key: 'sim.b', presentIn: 'en', missingIn: 'nb' },
      { catalog: 'sim.dialog', key: 'sim.b', presentIn: 'nb', missingIn: 'en' },
    ]);
    expect(namespaceMessages(split, 'nb', 'sim')).toEqual({ 'sim.a': 'A', 'sim.b': 'B' });
  });

  it('lists keys whose placeholders differ, taking {labelEn} in English for {label}', () => {
    const nb = {
      'sim.a': 'Feltet «{label}» er tomt.',
      'sim.b': '{count} treff for «{query}»',
      'sim.c': 'Verdien {value}',
    };
    const en = { 'sim.a': 'The field “{labelEn}” is empty.', 'sim.b': '{count} results', 'sim.c': 'The value {valeu}' };
    expect(placeholderMismatches(catalogs(nb, en))).toEqual([
      { catalog: 'sim', key: 'sim.b', lang: 'en', expected: ['count', 'query'], found: ['count'] },
      { catalog: 'sim', key: 'sim.c', lang: 'en', expected: ['value'], found: ['valeu'] },
    ]);
    expect(placeholdersOf('{b} {a} {b}')).toEqual(['a', 'b']);
    expect(samePlaceholders('{label}', '{labelEn}', 'nb')).toBe(false);
  });
});

describe('loading a namespace split across files', () => {
  /** A site with the given catalog files (`nb/sim.json` -> text), in a temporary folder. */
  function site(files: Record<string, string>): string {
    const root = mkdtempSync(join(tmpdir(), 'catalogs-'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(root, 'content/i18n', path, '..'), { recursive: true });
      writeFileSync(join(root, 'content/i18n', path), text);
    }
    return root;
  }

  it('reads every file of a namespace, each keyed by its name, with keys of the namespace', () => {
    const root = site({
      'nb/sim.json': '{\n  "sim.a": "A"\n}\n',
      'nb/sim.dialog.json': '{\n  "sim.b": "B"\n}\n',
      'nb/site.json': '{\n  "site.c": "C"\n}\n',
    });
    try {
      const loaded = loadCatalogs(root);
      expect(Object.keys(loaded.nb!)).toEqual(['sim', 'sim.dialog', 'site']);
      expect(loaded.nb!['sim.dialog']).toMatchObject({
        file: 'content/i18n/nb/sim.dialog.json',
        messages: { 'sim.b': 'B' },
      });
      expect(loadNamespace(root, 'nb', 'sim').map((c) => c.file)).toEqual([
        'content/i18n/nb/sim.json',
        'content/i18n/nb/sim.dialog.json',
      ]);
    } finally {
      rmSync(root, { recursive: true });
    }
  });

  it('refuses a key that two files of one namespace both hold, naming both files and the line', () => {
    const root = site({
      'nb/sim.json': '{\n  "sim.a": "A"\n}\n',
      'nb/sim.dialog.json': '{\n  "sim.b": "B",\n  "sim.a": "A"\n}\n',
    });
    try {
      expect(() => loadCatalogs(root)).toThrow(
        /nb\/sim\.dialog\.json:3 field "sim\.a": this key is also in content\/i18n\/nb\/sim\.json; keep it in one file of the namespace/,
      );
    } finally {
      rmSync(root, { recursive: true });
    }
  });
});
