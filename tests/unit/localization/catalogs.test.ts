import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCatalogs } from '../../../src/localization/catalogs/load.ts';
import { missingKeys } from '../../../src/localization/catalogs/missing-keys.ts';
import { parseCatalog } from '../../../src/localization/catalogs/parse.ts';
import { placeholderMismatches, placeholdersOf, samePlaceholders } from '../../../src/localization/catalogs/placeholders.ts';
import { serializeCatalog } from '../../../src/localization/catalogs/serialize.ts';
import type { Catalogs } from '../../../src/localization/catalogs/types.ts';

const errorOf = (text: string, namespace = 'sim') => {
  try {
    parseCatalog(`content/i18n/nb/${namespace}.json`, namespace, text);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('accepted');
};

/** Catalogs built in memory, for the comparisons. */
function catalogs(nb: Record<string, string>, en: Record<string, string>): Catalogs {
  const catalog = (lang: string, messages: Record<string, string>) => ({ file: `content/i18n/${lang}/sim.json`, messages, groupStarts: [], lines: {} });
  return { nb: { sim: catalog('nb', nb) }, en: { sim: catalog('en', en) } };
}

describe('the real catalogs', () => {
  const real = loadCatalogs('.');

  it('exist for nb and en, in the same namespaces', () => {
    expect(Object.keys(real)).toEqual(['en', 'nb']);
    expect(Object.keys(real.en!)).toEqual(Object.keys(real.nb!));
  });

  it('have the same keys in nb and en', () => {
    expect(missingKeys(real)).toEqual([]);
  });

  it('use the same placeholders in nb and en for every key', () => {
    expect(placeholderMismatches(real)).toEqual([]);
  });

  it('are written in the one format, so writing them back changes no byte', () => {
    for (const namespaces of Object.values(real)) {
      for (const catalog of Object.values(namespaces)) expect(serializeCatalog(catalog), catalog.file).toBe(readFileSync(catalog.file, 'utf8'));
    }
  });
});

describe('reading a catalog file', () => {
  it('keeps the order of the keys, the blank lines between groups and the line of each key', () => {
    const text = '{\n  "sim.a": "A",\n\n  "sim.b": "B",\n  "sim.c": "C"\n}\n';
    const catalog = parseCatalog('content/i18n/nb/sim.json', 'sim', text);
    expect(catalog).toMatchObject({ messages: { 'sim.a': 'A', 'sim.b': 'B', 'sim.c': 'C' }, groupStarts: ['sim.b'], lines: { 'sim.a': 2, 'sim.b': 4, 'sim.c': 5 } });
    expect(serializeCatalog(catalog)).toBe(text);
  });

  it('names the key and line of a key outside its namespace, a repeated key and a value that is not text', () => {
    expect(errorOf('{\n  "sim.a": "A",\n  "site.b": "B",\n  "sim.a": "C",\n  "sim.d": { "x": "y" }\n}\n')).toMatchInlineSnapshot(`
      "content/i18n/nb/sim.json is not valid:
        - content/i18n/nb/sim.json:5 field "sim.d": must be a text (a JSON string); catalogs are flat, with dotted keys
        - content/i18n/nb/sim.json:4 field "sim.a": this key is written twice; keep one"
    `);
    expect(errorOf('{\n  "site.b": "B"\n}\n')).toMatch(/sim\.json:2 field "site\.b": a key in sim\.json must start with "sim\."/);
  });

  it('points a JSON syntax error at its line', () => {
    expect(errorOf('{\n  "sim.a": "A",\n  "sim.b": "B"\n  "sim.c": "C"\n}\n')).toMatch(/^content\/i18n\/nb\/sim\.json is not valid:\n {2}- content\/i18n\/nb\/sim\.json:4 field "\(JSON syntax\)"/);
  });
});

describe('comparing languages', () => {
  it('lists keys missing in either language', () => {
    expect(missingKeys(catalogs({ 'sim.a': 'A', 'sim.b': 'B' }, { 'sim.a': 'A', 'sim.c': 'C' }))).toEqual([
      { namespace: 'sim', key: 'sim.b', presentIn: 'nb', missingIn: 'en' },
      { namespace: 'sim', key: 'sim.c', presentIn: 'en', missingIn: 'nb' },
    ]);
  });

  it('lists keys whose placeholders differ, taking {labelEn} in English for {label}', () => {
    const nb = { 'sim.a': 'Feltet «{label}» er tomt.', 'sim.b': '{count} treff for «{query}»', 'sim.c': 'Verdien {value}' };
    const en = { 'sim.a': 'The field “{labelEn}” is empty.', 'sim.b': '{count} results', 'sim.c': 'The value {valeu}' };
    expect(placeholderMismatches(catalogs(nb, en))).toEqual([
      { namespace: 'sim', key: 'sim.b', lang: 'en', expected: ['count', 'query'], found: ['count'] },
      { namespace: 'sim', key: 'sim.c', lang: 'en', expected: ['value'], found: ['valeu'] },
    ]);
    expect(placeholdersOf('{b} {a} {b}')).toEqual(['a', 'b']);
    expect(samePlaceholders('{label}', '{labelEn}', 'nb')).toBe(false);
  });
});
