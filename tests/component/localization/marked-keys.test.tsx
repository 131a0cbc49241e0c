// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import enDialog from '../../../content/i18n/en/sim.dialog.json';
import enAround from '../../../content/i18n/en/sim.json';
import nbDialog from '../../../content/i18n/nb/sim.dialog.json';
import nbAround from '../../../content/i18n/nb/sim.json';
import { pseudoCatalog } from '../../../src/i18n/pseudo.ts';
import { standard } from '../../unit/simulator/scenario-helpers.ts';
import { findDialog, renderSimulator } from '../simulator/render.tsx';

afterEach(cleanup);

type Catalog = Readonly<Record<string, string>>;
// The simulator's catalog in each language is its two files together: the dialog's texts and the rest.
const nb: Catalog = { ...nbAround, ...nbDialog };
const en: Catalog = { ...enAround, ...enDialog };
const catalogs: Record<'nb' | 'en' | 'pseudo', Catalog> = { nb, en, pseudo: pseudoCatalog(nb) };

/** The text an element shows itself: its text without that of descendants that carry a key of their own. */
function ownText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll('[data-i18n-key]').forEach((inner) => inner.remove());
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** What an element marked with `keys` may show: their texts joined by ", ", any value in each placeholder. */
function expected(catalog: Catalog, keys: string[]): RegExp {
  const one = (key: string) =>
    (catalog[key] ?? `(no ${key})`)
      .replace(/\s+/g, ' ')
      .trim()
      .split(/\{\w+\}/)
      .map(escape)
      .join('.+?');
  return new RegExp(`^${keys.map(one).join(', ')}$`);
}

function marked(): Array<{ keys: string[]; text: string }> {
  return [...document.querySelectorAll('[data-i18n-key]')].map((el) => ({
    keys: el.getAttribute('data-i18n-key')!.split(' '),
    text: ownText(el),
  }));
}

/** Every text of the scenario (field labels, help, options, names): data, not catalog text. */
const scenarioTexts = new Set<string>();
JSON.stringify(
  standard,
  (_key, value: unknown) => (typeof value === 'string' && scenarioTexts.add(value.trim()), value),
);

describe('data-i18n-key', () => {
  it('names the catalog key of the text each marked element shows, in Norsk, English and Pseudo', async () => {
    const { store } = renderSimulator({ initialSituation: 'kan-ikke-aktiveres' }, 'full');
    await findDialog();
    for (const lang of ['nb', 'en', 'pseudo'] as const) {
      act(() => store.getState().setLang(lang));
      const catalog = catalogs[lang];
      // English and the pseudo-locale are chunks of their own: wait for them to arrive.
      await waitFor(() =>
        expect(document.querySelector('[data-i18n-key="sim.ui.dialog.title"]')?.textContent).toBe(
          catalog['sim.ui.dialog.title'],
        ),
      );
      const all = marked();
      expect(all.length).toBeGreaterThan(40);
      for (const { keys, text } of all) expect(text, keys.join(' ')).toMatch(expected(catalog, keys));
    }
  });

  it('covers every text of the open dialog that is not the scenario’s own data', async () => {
    renderSimulator({ initialSituation: 'ok-nedtonet' }, 'full');
    const dialog = await findDialog();
    const walker = document.createTreeWalker(dialog, NodeFilter.SHOW_TEXT);
    const unmarked: string[] = [];
    let texts = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent ?? '').trim();
      const parent = node.parentElement!;
      if (text) texts++;
      if (!text || parent.closest('[data-i18n-key], [aria-hidden="true"], textarea, option')) continue;
      if (!scenarioTexts.has(text)) unmarked.push(text);
    }
    expect(texts).toBeGreaterThan(20);
    expect(unmarked).toEqual([]);
  });

  it('marks the pseudo option of Språk, whose catalog loads only when it is chosen', async () => {
    renderSimulator({}, 'full');
    const language = screen.getByRole('combobox', { name: 'Språk' });
    expect([...language.querySelectorAll('option')].map((o) => [o.value, o.getAttribute('data-i18n-key')])).toEqual([
      ['nb', 'sim.ui.toolbar.lang.nb'],
      ['en', 'sim.ui.toolbar.lang.en'],
      ['pseudo', 'sim.ui.toolbar.lang.pseudo'],
    ]);
    fireEvent.change(language, { target: { value: 'pseudo' } });
    expect(await screen.findByRole('button', { name: catalogs.pseudo['sim.ui.toolbar.reset'] })).toBeTruthy();
    expect(document.querySelector('.sim')?.hasAttribute('lang')).toBe(false);
  });
});
