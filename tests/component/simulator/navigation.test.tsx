// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { lastTypes, renderSimulator } from './render.tsx';

afterEach(cleanup);

describe('the admin client around the dialog', () => {
  it('opens on another navigator entry; Tilbud/Sync and then the Sync tab are step 1', () => {
    const { get } = renderSimulator();
    const navigator = screen.getByRole('navigation', { name: 'Navigator' });
    expect(within(navigator).getByRole('button', { name: 'Brukere' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByText(/Brukere er ikke med i denne øvelsen/)).toBeTruthy();

    fireEvent.click(within(navigator).getByRole('button', { name: 'Tilbud/Sync' }));
    expect(within(navigator).getByRole('button', { name: 'Tilbud/Sync' }).getAttribute('aria-current')).toBe('page');
    expect(within(navigator).getByRole('button', { name: 'Brukere' }).getAttribute('aria-current')).toBeNull();
    expect(screen.getByRole('tab', { name: 'Tilbud' }).getAttribute('aria-selected')).toBe('true');

    fireEvent.click(screen.getByRole('tab', { name: 'Sync' }));
    expect(get().sim.view).toEqual({ screen: 'tilbud-sync', tab: 'sync' });
    expect(screen.getByRole('table', { name: 'ERP-koblinger' })).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Sync Connectors' })).toBeTruthy();
  });

  it('moves between the tabs with the arrow keys, Home and End, as ARIA tabs do', () => {
    const { get } = renderSimulator();
    fireEvent.click(screen.getByRole('button', { name: 'Tilbud/Sync' }));
    const tilbud = screen.getByRole('tab', { name: 'Tilbud' });
    fireEvent.keyDown(tilbud, { key: 'ArrowRight' });
    expect(get().sim.view.tab).toBe('sync');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Sync' }));
    expect(screen.getByRole('tabpanel', { name: 'Sync' })).toBeTruthy();
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    expect(get().sim.view.tab).toBe('tilbud');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    expect(get().sim.view.tab).toBe('sync');
    expect(screen.getByRole('tab', { name: 'Tilbud' }).tabIndex).toBe(-1);
  });

  it('keeps Konfigurer ERP-kobling and the lower-left buttons focusable but dimmed until a connection is selected, and says why on a click', () => {
    const { store } = renderSimulator();
    fireEvent.click(screen.getByRole('button', { name: 'Tilbud/Sync' }));
    fireEvent.click(screen.getByRole('tab', { name: 'Sync' }));
    const configure = screen.getByRole('button', { name: 'Konfigurer ERP-kobling' });
    expect(configure.getAttribute('aria-disabled')).toBe('true');
    expect(configure.hasAttribute('disabled')).toBe(false);

    fireEvent.click(configure);
    expect(store.getState().lastEvents.at(-1)).toMatchObject({
      type: 'rejected',
      command: 'openDialog',
      ruleIds: ['needs-selected-connection'],
    });
    const hint = document.getElementById(configure.getAttribute('aria-describedby')!)!;
    expect(hint.getAttribute('role')).toBe('status');
    expect(hint.textContent).toBe('Velg en ERP-kobling i listen først.');

    const tools = screen.getByRole('group', { name: 'Innstillinger for valgt kobling' });
    for (const name of ['Tilordninger', 'Listetilordning', 'Standardverdier', 'Ranger felt'])
      expect(within(tools).getByRole('button', { name }).getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(within(tools).getByRole('button', { name: 'Ranger felt' }));
    expect(within(tools).getByRole('status').textContent).toBe('Velg en ERP-kobling i listen først.');
  });

  it('selects a connection with its radio button or a click anywhere on its row', () => {
    const { get } = renderSimulator();
    fireEvent.click(screen.getByRole('button', { name: 'Tilbud/Sync' }));
    fireEvent.click(screen.getByRole('tab', { name: 'Sync' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Nordlys – Bergen filial' }));
    expect(get().sim.selectedId).toBe('nordlys-bergen');
    fireEvent.click(
      within(screen.getByRole('table', { name: 'ERP-koblinger' })).getByRole('cell', {
        name: 'Fjordfil (filutveksling)',
      }),
    );
    expect(get().sim.selectedId).toBe('fjordfil-lonn');
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Fjordfil – lønnseksport' }).checked).toBe(true);
    const radios = screen.getAllByRole<HTMLInputElement>('radio');
    expect(new Set(radios.map((r) => r.name)).size).toBe(1);
    expect(screen.getByRole('button', { name: 'Konfigurer ERP-kobling' }).hasAttribute('aria-disabled')).toBe(false);
  });

  it('shows Aktiv in the list as a check with text, and "Ikke aktiv" otherwise', () => {
    renderSimulator();
    fireEvent.click(screen.getByRole('button', { name: 'Tilbud/Sync' }));
    fireEvent.click(screen.getByRole('tab', { name: 'Sync' }));
    const rows = within(screen.getByRole('table', { name: 'ERP-koblinger' }))
      .getAllByRole('row')
      .slice(1);
    expect(rows.map((r) => r.lastElementChild!.textContent)).toEqual(['Aktiv', 'Aktiv', 'Ikke aktiv', 'Ikke aktiv']);
  });

  it('opens its dialog from each button under the lists, which needs no selection, and Avbryt returns focus to it', () => {
    const { store } = renderSimulator();
    fireEvent.click(screen.getByRole('button', { name: 'Tilbud/Sync' }));
    fireEvent.click(screen.getByRole('tab', { name: 'Sync' }));
    const buttons: Array<[HTMLElement, string]> = [
      [screen.getByRole('button', { name: 'Angi synkroniseringsprioritet' }), 'Angi synkroniseringsprioritet'],
      [
        within(screen.getByRole('group', { name: 'ERP-koblinger' })).getByRole('button', { name: 'Legg til' }),
        'Angi ny ERP-kobling',
      ],
      [
        within(screen.getByRole('group', { name: 'Sync Connectors' })).getByRole('button', { name: 'Legg til' }),
        'Legg til Sync Connector',
      ],
    ];
    for (const [button, title] of buttons) {
      expect(button.hasAttribute('aria-disabled'), title).toBe(false);
      fireEvent.click(button);
      expect(lastTypes(store)).toEqual(['featureOpened']);
      const dialog = screen.getByRole('dialog', { name: title });
      fireEvent.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
      expect(screen.queryByRole('dialog')).toBeNull();
      expect(document.activeElement, title).toBe(button);
    }
    expect(store.getState().sim.notice).toBeNull();
  });

  it('goes back to the scenario start with Tilbakestill', () => {
    const { get } = renderSimulator();
    fireEvent.click(screen.getByRole('button', { name: 'Tilbud/Sync' }));
    fireEvent.click(screen.getByRole('tab', { name: 'Sync' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Nordlys – Bergen filial' }));
    fireEvent.click(screen.getByRole('button', { name: 'Tilbakestill' }));
    expect(get().sim.selectedId).toBeNull();
    expect(screen.getByRole('button', { name: 'Brukere' }).getAttribute('aria-current')).toBe('page');
  });
});
