import { describe, expect, it } from 'vitest';
import { loadCatalogs } from '../../../src/loaders/catalogs.ts';
import { pluralForm } from '../../../src/i18n/plural.ts';

describe('plural forms', () => {
  it('follow the language: one for 1, other for 0, 2 and 1.5, in Norwegian and English', () => {
    for (const lang of ['nb', 'en'] as const) {
      expect([1, 0, 2, 21, 1.5].map((n) => pluralForm(n, lang))).toEqual(['one', 'other', 'other', 'other', 'other']);
    }
    expect(pluralForm(1, 'pseudo')).toBe('one');
  });

  it('a text with a count has a key for each form in every language', () => {
    const catalogs = loadCatalogs('.');
    for (const [lang, files] of Object.entries(catalogs)) {
      const keys = new Set(Object.values(files).flatMap((c) => Object.keys(c.messages)));
      const bases = [...keys].filter((k) => /\.(one|other)$/.test(k)).map((k) => k.replace(/\.(one|other)$/, ''));
      expect(bases.length, lang).toBeGreaterThan(0);
      for (const base of bases)
        expect([keys.has(`${base}.one`), keys.has(`${base}.other`)], `${lang} ${base}`).toEqual([true, true]);
    }
  });
});
