import { describe, expect, it } from 'vitest';
import nbDialog from '../../../content/i18n/nb/sim.dialog.json';
import nbAround from '../../../content/i18n/nb/sim.json';
import { pseudoCatalog } from '../../../src/i18n/pseudo.ts';
import { makeStore, reloadStore } from '../simulator/store-helpers.ts';

describe('the pseudo-locale as a simulator language', () => {
  it('is kept across a reload like nb and en, and a stored value outside the three still falls back', async () => {
    const first = makeStore();
    first.get().setLang('pseudo');
    const again = (await reloadStore({ storage: first.storage })).get();
    expect(again.lang).toBe('pseudo');
    expect(again.sim.notice).toBeNull();

    const stored = JSON.parse(first.storage.getItem('erp-sim-test')!) as { state: object; version: number };
    first.storage.setItem('erp-sim-test', JSON.stringify({ ...stored, state: { ...stored.state, lang: 'de' } }));
    const fallback = (await reloadStore({ storage: first.storage })).get();
    expect(fallback.lang).toBe('nb');
    expect(fallback.sim.notice?.key).toBe('sim.notice.storageRecovered');
  });

  it('has every key of the Norwegian catalog, each bracketed and longer', () => {
    // Made from both of the simulator's Norwegian files, as the island does (ui/i18n.ts).
    const nb = { ...nbAround, ...nbDialog };
    const pseudo = pseudoCatalog(nb);
    expect(Object.keys(pseudo)).toEqual(Object.keys(nb));
    expect(pseudo['sim.ui.toolbar.reset']).toBe('[Ţíĺƀáķéšţíĺĺ~~~]');
    expect(pseudo['sim.ui.dialog.ok']).toBe('[ØĶ]');
    for (const [key, text] of Object.entries(nb))
      expect([...pseudo[key]!].length, key).toBeGreaterThan([...text].length);
  });
});
