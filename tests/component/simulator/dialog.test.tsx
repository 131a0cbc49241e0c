import type { EditDialog } from '../../../src/simulator/domain/index.ts';
// @vitest-environment happy-dom
import type { BoundFunctions, queries } from '@testing-library/dom';
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { selectors as sel } from '../../../src/simulator/store/index.ts';
import { findDialog, lastTypes, openDialogOn, renderSimulator } from './render.tsx';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const field = (dialog: BoundFunctions<typeof queries>, name: string) =>
  dialog.getByRole<HTMLInputElement>('textbox', { name });
const describedText = (el: Element) =>
  (el.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent ?? `(missing #${id})`);

describe('Konfigurer ERP-kobling', () => {
  it('opens from the list as a modal dialog, named by its title, with focus in Navn', async () => {
    renderSimulator();
    fireEvent.click(screen.getByRole('button', { name: 'Tilbud/Sync' }));
    fireEvent.click(screen.getByRole('tab', { name: 'Sync' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Nordlys – Oslo AS' }));
    fireEvent.click(screen.getByRole('button', { name: 'Konfigurer ERP-kobling' }));
    const dialog = await findDialog();
    expect((dialog as HTMLDialogElement).open).toBe(true);
    expect(document.activeElement).toBe(within(dialog).getByRole('textbox', { name: 'Navn' }));
    const d = within(dialog);
    expect(d.getByRole<HTMLInputElement>('textbox', { name: 'Sync Connector' }).readOnly).toBe(true);
    expect(d.getByRole('textbox', { name: 'Sync Connector' })).toHaveProperty('value', 'Nordlys ERP (API)');
    expect(d.getByRole('group', { name: 'Synlighet' })).toBeTruthy();
    expect(d.getByRole('radio', { name: 'Alle' })).toHaveProperty('checked', true);
    expect(d.getByRole('checkbox', { name: 'Aktiv' })).toHaveProperty('checked', true);
    expect(d.getByRole('group', { name: 'Konfigurasjon' })).toBeTruthy();
    expect(d.getByRole('textbox', { name: 'Beskrivelse' })).toBeTruthy();
  });

  it('keeps the configuration fields read-only while Aktiv is checked, explains why once, and unlocks them when Aktiv is cleared', async () => {
    const { store } = renderSimulator();
    const d = await openDialogOn(store);
    const labels = ['URL', 'Klientnummer', 'Brukernavn', 'Tidsavbrudd (sekunder)'];
    for (const name of labels) expect(field(d, name).readOnly).toBe(true);
    const apiKey = d.getByLabelText<HTMLInputElement>('API-nøkkel');
    expect(apiKey.type).toBe('password');
    expect(apiKey.readOnly).toBe(true);

    const lock = describedText(field(d, 'URL'))[0]!;
    expect(lock).toMatch(/^Konfigurasjonsfeltene er låst fordi Aktiv er merket av/);
    expect(d.getAllByText(/Konfigurasjonsfeltene er låst/)).toHaveLength(1);
    expect(d.getByRole('link', { name: 'Slik endrer du låste felt' }).getAttribute('href')).toBe(
      '/no/erp/admin/troubleshooting/fields-locked/#aktiv',
    );
    // Name, visibility and description stay editable (step 3).
    expect(field(d, 'Navn').readOnly).toBe(false);
    expect(field(d, 'Beskrivelse').readOnly).toBe(false);

    fireEvent.click(d.getByRole('checkbox', { name: 'Aktiv' }));
    for (const name of labels) expect(field(d, name).readOnly).toBe(false);
    expect(d.queryByText(/Konfigurasjonsfeltene er låst/)).toBeNull();
    expect(describedText(field(d, 'URL'))).toEqual([
      'Adressen til Nordlys-tjenesten, for eksempel https://erp.nordlys.example/api.',
    ]);
  });

  it('records a keypress, Backspace or paste in a locked field as a rejected edit, and keeps the value', async () => {
    const { store } = renderSimulator();
    const d = await openDialogOn(store);
    const timeout = field(d, 'Tidsavbrudd (sekunder)');
    fireEvent.keyDown(timeout, { key: '9' });
    expect(store.getState().lastEvents).toMatchObject([
      { type: 'rejected', command: 'setField', ruleIds: ['config-locked-while-active'], reason: 'rule' },
    ]);
    fireEvent.keyDown(timeout, { key: 'Backspace' });
    expect(lastTypes(store)).toEqual(['rejected']);
    fireEvent.paste(timeout, { clipboardData: { getData: () => '60' } });
    expect(lastTypes(store)).toEqual(['rejected']);
    expect(store.getState().events.filter((e) => e.type === 'rejected')).toHaveLength(3);
    expect(timeout.value).toBe('30');
    // Keys that do not edit are not attempts.
    fireEvent.keyDown(timeout, { key: 'Tab' });
    fireEvent.keyDown(timeout, { key: 'c', ctrlKey: true });
    expect(store.getState().events.filter((e) => e.type === 'rejected')).toHaveLength(3);
  });

  it('dims OK while the test is stale and lists why, each reason linking to its troubleshooting text; a click is refused and recorded', async () => {
    const { store } = renderSimulator();
    const d = await openDialogOn(store);
    const ok = d.getByRole('button', { name: 'OK' });
    expect(ok.getAttribute('aria-disabled')).toBeNull();
    expect(screen.queryByText('Hvorfor er OK nedtonet?')).toBeNull();

    fireEvent.click(d.getByRole('checkbox', { name: 'Aktiv' }));
    fireEvent.change(field(d, 'Tidsavbrudd (sekunder)'), { target: { value: '45' } });
    expect(ok.getAttribute('aria-disabled')).toBe('true');
    expect(ok.hasAttribute('disabled')).toBe(false);
    expect(describedText(ok)[0]).toMatch(/^Hvorfor er OK nedtonet\?/);
    const why = d.getByRole('list', { name: 'Hvorfor er OK nedtonet?' });
    const link = within(why).getByRole('link', {
      name: 'Test ERP-tilkobling må være vellykket for konfigurasjonen slik den er nå.',
    });
    expect(link.getAttribute('href')).toBe('/no/erp/admin/troubleshooting/ok-dimmed/#test');
    expect(d.getByRole('status').textContent).toBe('Konfigurasjonen er endret etter testen. Test på nytt.');

    fireEvent.click(ok);
    expect(store.getState().lastEvents).toMatchObject([
      { type: 'rejected', command: 'ok', ruleIds: ['ok-needs-passed-test'] },
    ]);
    expect(screen.getByRole('dialog')).toBeTruthy();

    fireEvent.change(field(d, 'Navn'), { target: { value: '   ' } });
    expect(
      within(why)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Test ERP-tilkobling må være vellykket for konfigurasjonen slik den er nå.',
      'Koblingen må ha et gyldig navn.',
    ]);
    expect(within(why).getByRole('link', { name: 'Koblingen må ha et gyldig navn.' }).getAttribute('href')).toBe(
      '/no/erp/admin/troubleshooting/ok-dimmed/#navn',
    );
  });

  it('announces each outcome of Test ERP-tilkobling in its live region: not run, running, passed, failed with where to read more, stale', () => {
    vi.useFakeTimers();
    const { store } = renderSimulator({ testDelayMs: 600 });
    act(() => {
      store.getState().selectConnection('nordlys-bergen');
      store.getState().openDialog();
    });
    const d = within(screen.getByRole('dialog', { name: 'Konfigurer ERP-kobling' }));
    const result = d.getByRole('status');
    const test = d.getByRole('button', { name: 'Test ERP-tilkobling' });
    expect(test.getAttribute('aria-describedby')).toBe(result.id);
    expect(result.textContent).toMatch(/^Den lagrede konfigurasjonen regnes som testet/);

    fireEvent.click(test);
    expect(result.textContent).toBe('Tester tilkoblingen …');
    expect(test.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(test);
    expect(store.getState().events.filter((e) => e.type === 'testStarted')).toHaveLength(1);
    act(() => void vi.advanceTimersByTime(600));
    // The Bergen key has expired in this scenario: the specific message, and the section that explains it.
    expect(result.textContent).toBe(
      'API-nøkkelen til brukeren «bergen.sync» er utløpt. Lag en ny nøkkel i ERP-systemet, og lim den inn i feltet «API-nøkkel». Les mer',
    );
    expect(within(result).getByRole('link', { name: 'Les mer' }).getAttribute('href')).toBe(
      '/no/erp/admin/troubleshooting/test-fails/#palogging-avvist',
    );
    expect(test.hasAttribute('aria-disabled')).toBe(false);

    fireEvent.click(d.getByRole('checkbox', { name: 'Aktiv' }));
    fireEvent.change(d.getByLabelText('API-nøkkel'), { target: { value: 'NL-KN-19bb02' } });
    fireEvent.change(field(d, 'Brukernavn'), { target: { value: 'kari.nilsen' } });
    expect(result.textContent).toBe('Konfigurasjonen er endret etter testen. Test på nytt.');
    fireEvent.click(test);
    act(() => void vi.advanceTimersByTime(600));
    expect(result.textContent).toBe('Tilkoblingen er vellykket. Konfigurasjonen kan lagres.');
  });

  it('shows a Norwegian message at a field with a bad value, and keeps the value as typed', async () => {
    const { store } = renderSimulator();
    const d = await openDialogOn(store, 'nordlys-test');
    const timeout = field(d, 'Tidsavbrudd (sekunder)');
    expect(timeout.inputMode).toBe('numeric');
    expect(timeout.type).toBe('text');
    expect(field(d, 'URL').inputMode).toBe('url');
    fireEvent.change(timeout, { target: { value: '12a' } });
    expect(timeout.value).toBe('12a');
    expect(timeout.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(timeout)).toEqual(['«12a» er ikke et heltall. Skriv bare sifre.']);
    expect(timeout.getAttribute('aria-required')).toBe('true');

    fireEvent.change(field(d, 'Navn'), { target: { value: '<b>😀</b>' } });
    expect(field(d, 'Navn').getAttribute('aria-invalid')).toBe('true');
    expect(describedText(field(d, 'Navn'))[0]).toMatch(/^Disse tegnene er ikke tillatt her/);
  });

  it('Avbryt discards every change and the list shows the connection as it was', async () => {
    const { store } = renderSimulator();
    const d = await openDialogOn(store);
    fireEvent.change(field(d, 'Navn'), { target: { value: 'Helt nytt navn' } });
    fireEvent.click(d.getByRole('checkbox', { name: 'Aktiv' }));
    fireEvent.change(field(d, 'URL'), { target: { value: 'https://annen.example' } });
    fireEvent.click(d.getByRole('button', { name: 'Avbryt' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(lastTypes(store)).toEqual(['cancelled']);
    expect(screen.getByRole('radio', { name: 'Nordlys – Oslo AS' })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Konfigurer ERP-kobling' }));

    fireEvent.click(screen.getByRole('button', { name: 'Konfigurer ERP-kobling' }));
    const again = within(await findDialog());
    expect(field(again, 'Navn').value).toBe('Nordlys – Oslo AS');
    expect(field(again, 'URL').value).toBe('https://erp.nordlys.example/api');
  });

  it('treats Esc (the dialog’s cancel event) as Avbryt', async () => {
    const { store } = renderSimulator();
    const d = await openDialogOn(store);
    fireEvent.change(field(d, 'Navn'), { target: { value: 'Endret' } });
    const cancel = new Event('cancel', { cancelable: true });
    act(() => void screen.getByRole('dialog').dispatchEvent(cancel));
    expect(cancel.defaultPrevented).toBe(true);
    expect(lastTypes(store)).toEqual(['cancelled']);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(store.getState().events.some((e) => e.type === 'rejected')).toBe(false);
  });

  it('saves with OK: the list shows the new name; saving inactive shows the reminder with its link', async () => {
    const { store } = renderSimulator();
    const d = await openDialogOn(store);
    fireEvent.change(field(d, 'Navn'), { target: { value: 'Nordlys – Oslo' } });
    fireEvent.click(d.getByRole('checkbox', { name: 'Aktiv' }));
    fireEvent.click(d.getByRole('button', { name: 'OK' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    const row = screen.getByRole('radio', { name: 'Nordlys – Oslo' }).closest('tr')!;
    expect(row.lastElementChild!.textContent).toBe('Ikke aktiv');
    const notice = screen.getByRole('status', { name: 'Melding' });
    expect(notice.textContent).toMatch(/^«Nordlys – Oslo» er lagret, men koblingen er nå inaktiv/);
    expect(within(notice).getByRole('link', { name: 'Les mer' }).getAttribute('href')).toBe(
      '/no/erp/admin/troubleshooting/cannot-activate/#glemt-aktiv',
    );
  });

  it('picks users and groups in Velg brukere og grupper and sums them up in the dialog', async () => {
    const { store } = renderSimulator();
    const d = await openDialogOn(store, 'nordlys-bergen');
    expect(d.getByRole('radio', { name: 'Angitte brukere + grupper' })).toHaveProperty('checked', true);
    const choose = d.getByRole('button', { name: 'Velg brukere og grupper' });
    expect(describedText(choose)).toEqual(['2 brukere, 1 gruppe']);
    fireEvent.click(choose);
    const picker = within(screen.getByRole('dialog', { name: 'Velg brukere og grupper' }));
    fireEvent.click(picker.getByRole('checkbox', { name: 'Ingrid Bakke' }));
    fireEvent.click(picker.getByRole('checkbox', { name: 'Lars Solberg' }));
    fireEvent.click(
      within(picker.getByRole('group', { name: 'Grupper' })).getByRole('checkbox', { name: 'Salg Vest' }),
    );
    expect(describedText(choose)).toEqual(['Ingen valgt']);
    expect(within(d.getByRole('list', { name: 'Hvorfor er OK nedtonet?' })).getByRole('link').textContent).toMatch(
      /^Synligheten må være angitt/,
    );
    fireEvent.click(
      within(picker.getByRole('group', { name: 'Brukere' })).getByRole('checkbox', { name: 'Kari Nilsen' }),
    );
    fireEvent.click(picker.getByRole('button', { name: 'Lukk' }));
    expect(screen.queryByRole('dialog', { name: 'Velg brukere og grupper' })).toBeNull();
    expect(screen.getByRole('dialog', { name: 'Konfigurer ERP-kobling' })).toBeTruthy();
    expect(describedText(choose)).toEqual(['1 bruker']);
    expect((store.getState().sim.dialog as EditDialog | null)?.draft.visibility).toEqual({
      mode: 'selected',
      userIds: ['kari'],
      groupIds: [],
    });

    fireEvent.click(d.getByRole('radio', { name: 'Alle' }));
    expect(d.queryByRole('button', { name: 'Velg brukere og grupper' })).toBeNull();
  });
});

describe('Velg brukere og grupper over Konfigurer ERP-kobling', () => {
  it('closes with Esc on its own, leaving the main dialog open, and returns focus to its button', async () => {
    const { store } = renderSimulator();
    const d = await openDialogOn(store, 'nordlys-bergen');
    const choose = d.getByRole('button', { name: 'Velg brukere og grupper' });
    choose.focus();
    fireEvent.click(choose);
    const picker = screen.getByRole('dialog', { name: 'Velg brukere og grupper' });
    expect(document.activeElement).toBe(within(picker).getByRole('checkbox', { name: 'Ingrid Bakke' }));
    const cancel = new Event('cancel', { cancelable: true });
    act(() => void picker.dispatchEvent(cancel));
    expect(screen.queryByRole('dialog', { name: 'Velg brukere og grupper' })).toBeNull();
    expect(screen.getByRole('dialog', { name: 'Konfigurer ERP-kobling' })).toBeTruthy();
    expect(store.getState().sim.dialog).not.toBeNull();
    expect(document.activeElement).toBe(choose);
  });
});

describe('typing in the dialog', () => {
  it('keeps the "Hvorfor er OK nedtonet?" list the same array while the same conditions are unmet', async () => {
    const { store } = renderSimulator();
    await openDialogOn(store, 'nordlys-oslo');
    act(() => {
      store.getState().setActive(false);
      store.getState().setField('tidsavbrudd', '45');
    });
    const before = sel.unmetOkConditions(store.getState());
    act(() => store.getState().setName('Nordlys – Oslo AS 2'));
    expect(sel.unmetOkConditions(store.getState())).toBe(before);
  });
});
