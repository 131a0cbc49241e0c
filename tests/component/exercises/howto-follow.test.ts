// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { followPage } from '../../../src/exercises/ui/howto/follow-page.ts';
import { createSimulatorStore, memoryStorage } from '../../../src/simulator/store/index.ts';
import { howtoMap, standard } from '../../unit/exercises/helpers.ts';

afterEach(() => void (document.body.innerHTML = ''));

/** The seed page's steps as the site renders them: paragraphs, and a bare nested list in step 4. */
function page() {
  document.body.innerHTML = `
    <h2 id="trinn">Trinn</h2>
    <ol>
      <li><p>Velg Tilbud/Sync og gå til fanen Sync.</p></li>
      <li><p>Velg ERP-koblingen og klikk på Konfigurer ERP-kobling.</p></li>
      <li><p>Oppdater navn eller omfang etter behov.</p></li>
      <li><p>For å oppdatere connector-spesifikke konfigurasjonsfelt:</p>
        <ol><li>Fjern merkingen.</li><li>Oppdater feltene.</li><li>Merk av for Aktiv.</li><li>Klikk på Test.</li></ol>
      </li>
      <li><p>Klikk på OK.</p></li>
      <li><p>Knappene nederst til venstre.</p></li>
    </ol>`;
}

const done = () =>
  [...document.querySelectorAll('li.howto-step-done')].map(
    (li) => li.firstElementChild?.nextSibling?.textContent?.trim() ?? li.textContent,
  );

describe('the howto page following its reader', () => {
  it('marks the page’s own steps as they are done in the simulator, with a hidden «Utført» and the text untouched', () => {
    page();
    const before = document.querySelector('#trinn + ol')!.textContent;
    const store = createSimulatorStore({
      scenario: standard,
      storageKey: 'h',
      storage: memoryStorage(),
      testDelayMs: 0,
    });
    const stop = followPage(store, { map: howtoMap, doneLabel: 'Utført' });
    const items = [...document.querySelectorAll('#trinn + ol li')];
    const s = store.getState();
    s.navigate('tilbud-sync');
    expect(document.querySelectorAll('.howto-step-done')).toHaveLength(0);
    s.selectTab('sync');
    expect(items[0]!.classList.contains('howto-step-done')).toBe(true);
    expect(items[0]!.firstElementChild?.textContent).toBe('Utført');
    expect(items[0]!.firstElementChild?.className).toBe('visually-hidden');
    s.selectConnection('nordlys-oslo');
    s.openDialog();
    s.setActive(false);
    s.setField('tidsavbrudd', '45');
    s.setActive(true);
    s.runTest();
    // 1, 2, then 4.1–4.4 and 4 itself; 3 (name or scope) was not done.
    const marked = items.filter((li) => li.classList.contains('howto-step-done')).length;
    expect(marked).toBe(7);
    expect(items[2]!.classList.contains('howto-step-done')).toBe(false);
    s.ok();
    expect(items[7]!.classList.contains('howto-step-done')).toBe(true);

    const copy = document.querySelector('#trinn + ol')!.cloneNode(true) as Element;
    copy.querySelectorAll('[data-howto-cue]').forEach((cue) => cue.remove());
    expect(copy.textContent).toBe(before);

    s.reset();
    expect(document.querySelectorAll('.howto-step-done, [data-howto-cue]')).toHaveLength(0);
    stop();
    expect(done()).toEqual([]);
  });

  it('does nothing on a page without the steps', () => {
    document.body.innerHTML = '<h2 id="annet">Annet</h2><ol><li>x</li></ol>';
    const store = createSimulatorStore({
      scenario: standard,
      storageKey: 'h',
      storage: memoryStorage(),
      testDelayMs: 0,
    });
    followPage(store, { map: howtoMap, doneLabel: 'Utført' })();
    store.getState().navigate('tilbud-sync');
    expect(document.querySelectorAll('.howto-step-done')).toHaveLength(0);
  });
});
