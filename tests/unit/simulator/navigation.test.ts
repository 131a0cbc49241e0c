import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FEATURES,
  initialState,
  reduce,
  SCREENS,
  START_VIEW,
  stateProblems,
  SYNC_VIEW,
  TABS,
  type Command,
  type ScreenId,
  type SimState,
} from '../../../src/simulator/domain/index.ts';
import { selectors as sel } from '../../../src/simulator/store/index.ts';
import { memoryStorage, PERSIST_VERSION } from '../../../src/simulator/store/index.ts';
import { ctx, run, standard } from './scenario-helpers.ts';
import { hydrated, makeStore, reloadStore, STORAGE_KEY, storedEnvelope } from './store-helpers.ts';

/** The navigator, the Tilbud/Sync tabs and the buttons that are not simulated (additions for the UI, issue 3). */
describe('navigation in the admin client', () => {
  it('starts elsewhere than Tilbud/Sync, so step 1 is the reader’s own', () => {
    expect(initialState(standard).view).toEqual(START_VIEW);
    expect(START_VIEW.screen).not.toBe('tilbud-sync');
  });

  it('does step 1 as commands: navigate to Tilbud/Sync, then the Sync tab, each with its event', () => {
    const { state, events } = run([
      { type: 'navigate', screen: 'tilbud-sync' },
      { type: 'selectTab', tab: 'sync' },
    ]);
    expect(state.view).toEqual(SYNC_VIEW);
    expect(events).toEqual([
      { type: 'navigated', screen: 'tilbud-sync' },
      { type: 'tabSelected', tab: 'sync' },
    ]);
  });

  it('keeps the tab while another entry is shown, and does nothing for the entry or tab already shown', () => {
    const onSync = run([
      { type: 'navigate', screen: 'tilbud-sync' },
      { type: 'selectTab', tab: 'sync' },
      { type: 'navigate', screen: 'lister' },
    ]).state;
    expect(onSync.view).toEqual({ screen: 'lister', tab: 'sync' });
    expect(reduce(onSync, { type: 'navigate', screen: 'lister' }, ctx)).toEqual({ state: onSync, events: [] });
  });

  it.each<[string, SimState, Command, string]>([
    [
      'a tab while Tilbud/Sync is not shown',
      initialState(standard),
      { type: 'selectTab', tab: 'sync' },
      'not-applicable',
    ],
    [
      'the navigator behind the modal dialog',
      run([{ type: 'selectConnection', connectionId: 'nordlys-oslo' }, { type: 'openDialog' }]).state,
      { type: 'navigate', screen: 'brukere' },
      'dialog-open',
    ],
    [
      'a tab behind the modal dialog',
      run([{ type: 'selectConnection', connectionId: 'nordlys-oslo' }, { type: 'openDialog' }]).state,
      { type: 'selectTab', tab: 'tilbud' },
      'dialog-open',
    ],
    [
      'Legg til behind the modal dialog',
      run([{ type: 'selectConnection', connectionId: 'nordlys-oslo' }, { type: 'openDialog' }]).state,
      { type: 'openFeature', feature: 'ny-erp-kobling' },
      'dialog-open',
    ],
  ])('refuses %s', (_, state, command, reason) => {
    expect(reduce(state, command, ctx)).toEqual({
      state,
      events: [{ type: 'rejected', command: command.type, ruleIds: [], reason }],
    });
  });

  it('takes the view to the Sync tab when the list or its buttons are used, so situations need not spell out step 1', () => {
    for (const command of [
      { type: 'selectConnection', connectionId: 'nordlys-oslo' },
      { type: 'openFeature', feature: 'synkroniseringsprioritet' },
    ] as Command[])
      expect(reduce(initialState(standard), command, ctx).state.view).toEqual(SYNC_VIEW);
    expect(
      run([{ type: 'selectConnection', connectionId: 'nordlys-oslo' }, { type: 'openDialog' }]).state.view,
    ).toEqual(SYNC_VIEW);
  });

  it('opens the dialog of Legg til (either list) and Angi synkroniseringsprioritet, selection or not', () => {
    const kinds = { 'ny-sync-connector': 'connector', 'ny-erp-kobling': 'add', synkroniseringsprioritet: 'priority' };
    for (const feature of FEATURES) {
      const { state, events } = run([{ type: 'openFeature', feature }]);
      expect(events).toEqual([{ type: 'featureOpened', feature }]);
      expect(state.dialog?.kind).toBe(kinds[feature]);
      expect(state.notice).toBeNull();
    }
  });

  it('Tilbakestill goes back to where the client opens', () => {
    expect(run([{ type: 'navigate', screen: 'tilbud-sync' }, { type: 'reset' }]).state.view).toEqual(START_VIEW);
  });

  it('never leaves the dialog open away from the Sync tab, over random sessions', () => {
    const command = fc.oneof(
      fc.constantFrom(...SCREENS).map((screen): Command => ({ type: 'navigate', screen })),
      fc.constantFrom(...TABS).map((tab): Command => ({ type: 'selectTab', tab })),
      fc.constantFrom(...FEATURES).map((feature): Command => ({ type: 'openFeature', feature })),
      fc
        .constantFrom('nordlys-oslo', 'fjordfil-lonn', null)
        .map((connectionId): Command => ({ type: 'selectConnection', connectionId })),
      fc.constantFrom<Command>(
        { type: 'openDialog' },
        { type: 'cancel' },
        { type: 'ok' },
        { type: 'reset' },
        { type: 'setActive', value: false },
      ),
    );
    fc.assert(
      fc.property(fc.array(command, { maxLength: 30 }), (commands) => {
        let state = initialState(standard);
        for (const c of commands) {
          state = reduce(state, c, ctx).state;
          expect(stateProblems(state, standard)).toEqual([]);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('reports a stored view that breaks the dialog’s place as a problem', () => {
    const open = run([{ type: 'selectConnection', connectionId: 'nordlys-oslo' }, { type: 'openDialog' }]).state;
    expect(stateProblems({ ...open, view: START_VIEW }, standard)).toEqual([
      'a dialog is open while the Sync tab is not shown',
    ]);
  });
});

describe('selectors added for the UI', () => {
  it('screen and tab follow the view; lastRejection names the rules that refused the latest command, until the next one', () => {
    const { get } = makeStore();
    expect([sel.screen(get()), sel.tab(get())]).toEqual(['brukere', 'tilbud']);
    get().openDialog();
    const rejection = sel.lastRejection(get());
    expect(rejection?.command).toBe('openDialog');
    expect(rejection?.rules.map((r) => [r.id, r.messageKey])).toEqual([
      ['needs-selected-connection', 'sim.rule.needs-selected-connection'],
    ]);
    expect(sel.lastRejection(get())).toBe(rejection);
    get().navigate('tilbud-sync');
    expect(sel.lastRejection(get())).toBeUndefined();
  });

  it('configLock gives the locking rule while Aktiv is checked, and fieldValue and the draft values read the draft as typed', () => {
    const { get } = makeStore();
    get().selectConnection('nordlys-oslo');
    expect(sel.configLock(get())).toBeUndefined();
    get().openDialog();
    expect(sel.configLock(get())).toMatchObject({
      id: 'config-locked-while-active',
      href: '/no/erp/admin/troubleshooting/fields-locked/#aktiv',
    });
    get().setActive(false);
    expect(sel.configLock(get())).toBeUndefined();
    get().setField('tidsavbrudd', ' 45 ');
    get().setName('  Ny  ');
    expect([sel.fieldValue('tidsavbrudd')(get()), sel.draftName(get()), sel.draftActive(get())]).toEqual([
      ' 45 ',
      '  Ny  ',
      false,
    ]);
    expect(sel.fieldValue('finnes-ikke')(get())).toBe('');
    expect(sel.syncConnectors(get()).map((c) => c.name)).toEqual(['Nordlys ERP (API)', 'Fjordfil (filutveksling)']);
  });
});

describe('stored state with the view (version 2)', () => {
  const v1 = (selectedId: string | null) =>
    JSON.stringify({
      version: 1,
      state: {
        scenarioId: 'standard',
        connections: standard.connections,
        selectedId,
        dialog: null,
        nextToken: 1,
        lang: 'nb',
      },
    });

  it('migrates version 1: a reader with a selection was on the Sync tab, anyone else starts where the client opens', async () => {
    const selected = await reloadStore({ storage: memoryStorage({ [STORAGE_KEY]: v1('nordlys-test') }) });
    expect(selected.get().sim.view).toEqual(SYNC_VIEW);
    expect(selected.get().sim.notice).toBeNull();
    expect(storedEnvelope(selected.storage).version).toBe(PERSIST_VERSION);
    const unselected = await reloadStore({ storage: memoryStorage({ [STORAGE_KEY]: v1(null) }) });
    expect(unselected.get().sim.view).toEqual(START_VIEW);
  });

  it('keeps the reader’s place in the navigator across a reload', async () => {
    const first = makeStore();
    first.get().navigate('tilbud-sync');
    first.get().selectTab('sync');
    first.get().navigate('sikkerhet');
    const again = await reloadStore({ storage: first.storage });
    expect(again.get().sim.view).toEqual({ screen: 'sikkerhet', tab: 'sync' });
  });

  it('falls back, with a notice, on a view that names no screen', async () => {
    const first = makeStore();
    first.get().navigate('lister');
    const written = storedEnvelope(first.storage);
    written.state.view.screen = 'okonomi' as ScreenId;
    const again = await reloadStore({ storage: memoryStorage({ [STORAGE_KEY]: JSON.stringify(written) }) });
    expect(again.get().sim.notice).toMatchObject({ key: 'sim.notice.storageRecovered', detail: 'foreign-shape' });
    expect(again.get().sim.view).toEqual(START_VIEW);
  });

  it('keeps the start until the stored place has been checked, then restores it', async () => {
    const first = makeStore();
    first.get().selectConnection('fjordfil-lonn');
    const returning = makeStore({ storage: first.storage });
    expect(returning.get().sim.selectedId).toBeNull();
    await hydrated(returning.store);
    expect(returning.get().sim.selectedId).toBe('fjordfil-lonn');
  });
});
