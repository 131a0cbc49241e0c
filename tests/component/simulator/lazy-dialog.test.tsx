// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { standard } from '../../unit/simulator/scenario-helpers.ts';

afterEach(cleanup);

/**
 * The island's first load: nothing of the dialog downloaded (the other component tests preload it). The modules
 * are imported afresh, so the dialog's domain and texts start out missing, as in a reader's browser.
 */
async function freshSimulator() {
  vi.resetModules();
  const store = await import('../../../src/simulator/store/index.ts');
  const loading = await import('../../../src/simulator/store/dialog-loading.ts');
  const { Simulator } = await import('../../../src/simulator/ui/Simulator.tsx');
  const sim = store.createSimulatorStore({
    scenario: standard,
    storageKey: 'erp-sim:lazy-ui',
    storage: store.memoryStorage(),
    testDelayMs: 0,
  });
  render(createElement(Simulator, { store: sim, variant: 'full' }));
  return { sim, loading };
}

describe('the dialog’s chunk', () => {
  it('renders the dialog only once its domain and its texts are there, so it never shows a key or sends an early command', async () => {
    const { sim, loading } = await freshSimulator();
    // What the dialog shows the moment it appears (a command it sent then would need the domain at once).
    const firstTitles: Array<string | null> = [];
    const domainAtFirstRender: boolean[] = [];
    const observer = new MutationObserver(() => {
      const title = document.querySelector('dialog h2');
      if (title && firstTitles.length === 0) {
        firstTitles.push(title.textContent);
        domainAtFirstRender.push(loading.loadedDialogDomain() !== undefined);
      }
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });

    // Opening is a command of the list: it runs at once, before anything of the dialog has been downloaded.
    act(() => {
      sim.getState().selectConnection('nordlys-oslo');
      sim.getState().openDialog();
    });
    expect(sim.getState().sim.dialog?.connectionId).toBe('nordlys-oslo');
    expect(document.querySelector('dialog')).toBeNull();

    const dialog = await screen.findByRole('dialog', { name: 'Konfigurer ERP-kobling' });
    observer.disconnect();
    expect(firstTitles).toEqual(['Konfigurer ERP-kobling']);
    expect(domainAtFirstRender).toEqual([true]);
    // The dialog's texts in place: the field messages and the test line come from sim.dialog.json.
    expect(dialog.textContent).toContain('Test ERP-tilkobling');
    act(() => sim.getState().setName(''));
    expect(dialog.textContent).toContain('Navnet kan ikke være tomt.');
  });
});
