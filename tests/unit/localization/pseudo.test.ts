import { describe, expect, it } from 'vitest';
import { PSEUDO_GROWTH, pseudoCatalog, pseudoLocalize } from '../../../src/i18n/pseudo.ts';

const length = (text: string) => [...text].length;

describe('the pseudo-locale', () => {
  it('accents the letters, keeps the rest and brackets the text', () => {
    expect(pseudoLocalize('Test ERP-tilkobling')).toBe('[Ţéšţ ÉŔÞ-ţíĺķøƀĺíñĝ~~~~~~]');
    expect(pseudoLocalize('Lagre')).toMatch(/^\[Ĺáĝŕé~?\]$/);
  });

  it('makes texts about 40 % longer, brackets included', () => {
    for (const text of [
      'Konfigurer ERP-kobling',
      'Angitte brukere + grupper',
      'Konfigurasjonsfeltene er låst fordi Aktiv er merket av.',
    ]) {
      const growth = length(pseudoLocalize(text)) / length(text) - 1;
      expect(growth, text).toBeGreaterThanOrEqual(PSEUDO_GROWTH - 0.05);
      expect(growth, text).toBeLessThanOrEqual(PSEUDO_GROWTH + 0.05);
    }
    // A short label grows by its brackets alone: still visible, not doubled by filler.
    expect(pseudoLocalize('OK')).toBe('[ØĶ]');
  });

  it('keeps {placeholders} exactly, so the text still fills', () => {
    const pseudo = pseudoLocalize('Feltet «{label}» er tomt. {count} treff.');
    expect(pseudo).toContain('{label}');
    expect(pseudo).toContain('{count}');
    expect(pseudo.startsWith('[Ƒéĺţéţ «{label}» éŕ ţøɱţ.')).toBe(true);
  });

  it('turns a whole catalog, key by key', () => {
    expect(pseudoCatalog({ 'sim.ui.dialog.ok': 'OK', 'sim.ui.dialog.cancel': 'Avbryt' })).toEqual({
      'sim.ui.dialog.ok': '[ØĶ]',
      'sim.ui.dialog.cancel': '[Åṽƀŕýţ]',
    });
  });
});
