// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSimulatorStore } from '../../../src/simulator/store/index.ts';
import SimulatorIsland from '../../../src/simulator/ui/SimulatorIsland.tsx';
import { situations, standard } from '../../unit/simulator/scenario-helpers.ts';

const KEY = 'erp-sim:island-test';
const island = (variant: 'embedded' | 'full' = 'embedded') => (
  <SimulatorIsland scenario={standard} situations={situations} storageKey={KEY} variant={variant} testDelayMs={0} />
);

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  cleanup();
  document.body.innerHTML = '';
  localStorage.clear();
  history.replaceState(null, '', '/');
  vi.restoreAllMocks();
});

/** Server HTML, then hydration over it, as Astro does with client:visible. */
function hydrateFromServer(element: React.ReactElement) {
  const container = document.createElement('div');
  container.innerHTML = renderToString(element);
  const serverHtml = container.innerHTML;
  document.body.append(container);
  const recoverable: unknown[] = [];
  const errors = vi.spyOn(console, 'error');
  act(() => {
    root = hydrateRoot(container, element, { onRecoverableError: (error) => void recoverable.push(error) });
  });
  return { serverHtml, recoverable, errors };
}

describe('SimulatorIsland', () => {
  it('hydrates over the server HTML without a mismatch, then shows the stored place of a returning reader', async () => {
    // A previous visit: Tilbud/Sync > Sync, a connection selected (written by a store of its own).
    const previous = createSimulatorStore({ scenario: standard, storageKey: KEY, testDelayMs: 0 });
    previous.getState().selectConnection('fjordfil-lonn');

    const { serverHtml, recoverable, errors } = hydrateFromServer(island());
    expect(serverHtml).toContain('Brukere er ikke med i denne øvelsen');
    expect(recoverable).toEqual([]);
    expect(errors).not.toHaveBeenCalled();
    // The stored state is checked by a lazily loaded module, so it arrives a moment after hydration.
    await waitFor(() =>
      expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Fjordfil – lønnseksport' }).checked).toBe(true),
    );
    expect(screen.getByRole('tab', { name: 'Sync' }).getAttribute('aria-selected')).toBe('true');
  });

  it('falls back to the start, and says so, when the stored state is corrupt', async () => {
    localStorage.setItem(KEY, '{"state": {"connections": [');
    hydrateFromServer(island());
    await waitFor(() =>
      expect(screen.getByRole('status', { name: 'Melding' }).textContent).toMatch(/kunne ikke brukes/),
    );
    expect(screen.getByRole('button', { name: 'Brukere' }).getAttribute('aria-current')).toBe('page');
  });

  it('on the full page, starts the situation named by ?situasjon= and drops the parameter so a reload keeps the reader’s place', async () => {
    history.replaceState(null, '', '/simulator/?situasjon=felt-last');
    const { recoverable } = hydrateFromServer(island('full'));
    expect(recoverable).toEqual([]);
    const dialog = within(await screen.findByRole('dialog', { name: 'Konfigurer ERP-kobling' }));
    expect(dialog.getByRole<HTMLInputElement>('textbox', { name: 'URL' }).readOnly).toBe(true);
    expect(location.search).toBe('');
    expect(screen.getByRole('heading', { level: 2, name: 'Konfigurer ERP-kobling' })).toBeTruthy();
  });

  it('names a situation that does not exist in its notice', async () => {
    history.replaceState(null, '', '/simulator/?situasjon=finnes-ikke');
    hydrateFromServer(island('full'));
    await waitFor(() =>
      expect(screen.getByRole('status', { name: 'Melding' }).textContent).toBe(
        'Fant ikke situasjonen «finnes-ikke». Simulatoren viser startsituasjonen.',
      ),
    );
  });

  it('ignores ?situasjon= in the page-embedded island', async () => {
    history.replaceState(null, '', '/no/erp/admin/update-connection/?situasjon=felt-last');
    hydrateFromServer(island('embedded'));
    // Ready (no longer busy) means the stored place and any deep link have been applied.
    await waitFor(() => expect(document.querySelector('.sim')?.hasAttribute('aria-busy')).toBe(false));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(location.search).toBe('?situasjon=felt-last');
  });

  it('switches to English with Språk, loading the English catalog on demand', async () => {
    hydrateFromServer(island());
    const language = screen.getByRole('combobox', { name: 'Språk' });
    expect(
      within(language)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Norsk', 'English', 'Pseudo (test)']);
    fireEvent.change(language, { target: { value: 'en' } });
    expect(await screen.findByRole('button', { name: 'Reset' })).toBeTruthy();
    expect(document.querySelector('.sim')?.getAttribute('lang')).toBe('en');
    fireEvent.change(screen.getByRole('combobox', { name: 'Language' }), { target: { value: 'nb' } });
    expect(screen.getByRole('button', { name: 'Tilbakestill' })).toBeTruthy();
    expect(document.querySelector('.sim')?.hasAttribute('lang')).toBe(false);
  });
});
