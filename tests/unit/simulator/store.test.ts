import { afterEach, describe, expect, it, vi } from 'vitest';
import { selectors as sel } from '../../../src/simulator/store/index.ts';
import { START_VIEW } from '../../../src/simulator/domain/index.ts';
import { standard } from './scenario-helpers.ts';
import { makeStore } from './store-helpers.ts';

const types = (events: ReadonlyArray<{ type: string }>) => events.map((e) => e.type);

function openOslo() {
  const s = makeStore();
  s.get().selectConnection('nordlys-oslo');
  s.get().openDialog();
  return s;
}

afterEach(() => void vi.useRealTimers());

describe('the simulator store, driven through getState()', () => {
  it('opens Konfigurer ERP-kobling on the selected connection with its saved values, fields locked while Aktiv', () => {
    const { get } = openOslo();
    expect(sel.isDialogOpen(get())).toBe(true);
    expect(sel.draft(get())).toMatchObject({ name: 'Nordlys – Oslo AS', active: true });
    expect(sel.isFieldLocked('url')(get())).toBe(true);
    expect(sel.isFieldLocked('name')(get())).toBe(false);
    expect(sel.isOkAllowed(get())).toBe(true);
    expect(types(get().lastEvents)).toEqual(['dialogOpened']);
  });

  it('saves a rename with OK without a new test, and the list shows the new name (step 3 and 5)', () => {
    const { get } = openOslo();
    get().setName('Nordlys – Oslo hovedkontor');
    get().ok();
    expect(sel.isDialogOpen(get())).toBe(false);
    expect(sel.connectionRows(get())[0]).toMatchObject({
      name: 'Nordlys – Oslo hovedkontor',
      active: true,
      connectorName: 'Nordlys ERP (API)',
    });
    expect(get().lastEvents).toMatchObject([{ type: 'saved', connectionId: 'nordlys-oslo', active: true }]);
    expect(sel.notice(get())).toBeNull();
  });

  it('changes a configuration field the documented way: clear Aktiv, edit, check Aktiv, test, OK (step 4)', () => {
    const { get } = openOslo();
    get().setActive(false);
    get().setField('tidsavbrudd', '45');
    get().setActive(true);
    expect(sel.isOkAllowed(get())).toBe(false);
    expect(sel.testStatus(get())).toBe('stale');
    get().runTest();
    expect(sel.testStatus(get())).toBe('passed');
    get().ok();
    const saved = get().sim.connections.find((c) => c.id === 'nordlys-oslo')!;
    expect(saved).toMatchObject({ active: true, config: { tidsavbrudd: '45' } });
    expect(types(get().events)).toEqual([
      'connectionSelected',
      'dialogOpened',
      'activeChanged',
      'fieldChanged',
      'activeChanged',
      'testStarted',
      'testPassed',
      'saved',
    ]);
  });

  it('refuses a configuration edit while Aktiv is checked, and changes nothing', () => {
    const { get } = openOslo();
    const before = get().sim;
    get().setField('url', 'https://annen.example');
    expect(get().sim).toBe(before);
    expect(get().lastEvents).toMatchObject([
      { type: 'rejected', command: 'setField', ruleIds: ['config-locked-while-active'] },
    ]);
  });

  it('refuses OK while the test is stale, naming the rule, and keeps the dialog open', () => {
    const { get } = openOslo();
    get().setActive(false);
    get().setField('klientnummer', '3003');
    get().ok();
    expect(get().lastEvents).toMatchObject([{ type: 'rejected', command: 'ok', ruleIds: ['ok-needs-passed-test'] }]);
    expect(sel.unmetOkConditions(get()).map((r) => r.id)).toEqual(['ok-needs-passed-test']);
    expect(sel.isDialogOpen(get())).toBe(true);
    expect(get().sim.connections).toEqual(standard.connections);
  });

  it('keeps what the user typed in an invalid field, shows the message there, and blocks OK', () => {
    const { get } = openOslo();
    get().setActive(false);
    get().setField('tidsavbrudd', '12a');
    get().setName('   ');
    expect(sel.draft(get())?.config.tidsavbrudd).toBe('12a');
    expect(sel.fieldError('tidsavbrudd')(get())).toEqual({
      messageKey: 'sim.validation.notInteger',
      params: { value: '12a' },
    });
    expect(sel.nameError(get())).toEqual({ messageKey: 'sim.validation.nameBlank' });
    expect(sel.unmetOkConditions(get()).map((r) => r.id)).toEqual([
      'ok-needs-passed-test',
      'ok-needs-required-fields',
      'ok-needs-name',
    ]);
    get().runTest();
    expect(sel.testFailure(get())).toMatchObject({ code: 'invalid-value', fieldKey: 'tidsavbrudd' });
  });

  it('discards every change on Avbryt and reopens with the saved values', () => {
    const { get } = openOslo();
    get().setName('Endret');
    get().setVisibilityMode('selected');
    get().toggleVisibilityMember('group', 'ledelse');
    get().setActive(false);
    get().setField('url', 'https://annen.example');
    get().cancel();
    expect(get().lastEvents).toMatchObject([{ type: 'cancelled', hadChanges: true }]);
    expect(get().sim.connections).toEqual(standard.connections);
    get().openDialog();
    expect(sel.draft(get())).toMatchObject({ name: 'Nordlys – Oslo AS', active: true, visibility: { mode: 'all' } });
  });

  it('saves with Aktiv cleared and reminds the user to reactivate; the notice can be dismissed', () => {
    const { get } = openOslo();
    get().setActive(false);
    get().ok();
    expect(types(get().lastEvents)).toEqual(['saved', 'savedInactive']);
    expect(sel.notice(get())).toMatchObject({
      key: 'sim.notice.savedInactive',
      params: { name: 'Nordlys – Oslo AS' },
      href: '/no/erp/admin/troubleshooting/cannot-activate/#glemt-aktiv',
    });
    expect(sel.connectionRows(get())[0]?.active).toBe(false);
    get().dismissNotice();
    expect(sel.notice(get())).toBeNull();
  });

  it('needs a selected connection for Konfigurer ERP-kobling and the lower-left buttons (step 2 and 6)', () => {
    const { get } = makeStore();
    expect(sel.canConfigure(get())).toBe(false);
    get().openDialog();
    get().openTool('tilordninger');
    expect(get().events).toMatchObject([
      { type: 'rejected', command: 'openDialog', ruleIds: ['needs-selected-connection'] },
      { type: 'rejected', command: 'openTool', ruleIds: ['needs-selected-connection'] },
    ]);
    get().selectConnection('fjordfil-lonn');
    expect(sel.canConfigure(get())).toBe(true);
    get().openTool('ranger-felt');
    expect(sel.dialogKind(get())).toBe('ranger-felt');
    expect(sel.toolConnectionName(get())).toBe('Fjordfil – lønnseksport');
  });

  it('resets to the scenario with Tilbakestill, also from an open dialog', () => {
    const { get } = openOslo();
    get().setActive(false);
    get().ok();
    get().openDialog();
    get().reset();
    expect(get().sim).toEqual({
      scenarioId: 'standard',
      view: START_VIEW,
      connectors: standard.connectors.filter((c) => c.listed).map(({ id, name, url }) => ({ id, name, url })),
      connections: standard.connections,
      priority: standard.connections.map((c) => c.id),
      selectedId: null,
      dialog: null,
      notice: null,
      nextToken: 1,
    });
    expect(types(get().lastEvents)).toEqual(['reset']);
  });

  it('shows the test as running for testDelayMs, with OK dimmed, then finishes', () => {
    vi.useFakeTimers();
    const { get } = makeStore({ testDelayMs: 600 });
    get().selectConnection('nordlys-oslo');
    get().openDialog();
    get().runTest();
    expect(sel.testStatus(get())).toBe('running');
    expect(sel.isOkAllowed(get())).toBe(false);
    vi.advanceTimersByTime(599);
    expect(sel.testStatus(get())).toBe('running');
    vi.advanceTimersByTime(1);
    expect(sel.testStatus(get())).toBe('passed');
    expect(sel.isOkAllowed(get())).toBe(true);
  });

  it('cancels a pending test on Avbryt and Tilbakestill, and only the latest of two runs finishes', () => {
    vi.useFakeTimers();
    const { get } = makeStore({ testDelayMs: 600 });
    get().selectConnection('nordlys-oslo');
    get().openDialog();
    get().runTest();
    get().cancel();
    expect(vi.getTimerCount()).toBe(0);
    get().openDialog();
    get().runTest();
    get().reset();
    expect(vi.getTimerCount()).toBe(0);
    get().selectConnection('nordlys-oslo');
    get().openDialog();
    get().runTest();
    get().runTest();
    vi.runAllTimers();
    // Four starts (one cancelled, one reset, one restarted), and a single result: the latest run's.
    expect(types(get().events).filter((t) => t.startsWith('test'))).toEqual([
      'testStarted',
      'testStarted',
      'testStarted',
      'testStarted',
      'testPassed',
    ]);
  });

  it('starts in a named situation: test-feiler fails with the expired key', () => {
    const { get } = makeStore({ initialSituation: 'test-feiler' });
    expect(sel.draft(get())).toMatchObject({ name: 'Nordlys – Bergen filial', active: false });
    get().runTest();
    expect(sel.testFailure(get())).toMatchObject({
      code: 'credentials-rejected',
      messageKey: 'sim.test.error.credentials-expired',
    });
    expect(get().startSituation('finnes-ikke')).toBe(false);
    expect(get().sim).toMatchObject({
      dialog: null,
      notice: { key: 'sim.notice.unknownSituation', params: { id: 'finnes-ikke' } },
    });
  });

  it('keeps the last 200 events, stamped in order, and switches language', () => {
    const { get } = makeStore();
    for (let i = 0; i < 150; i++) {
      get().selectConnection('nordlys-oslo');
      get().selectConnection(null);
    }
    expect(get().events).toHaveLength(200);
    expect(get().events.at(-1)).toMatchObject({ seq: 300, at: 1000 });
    get().setLang('en');
    expect(sel.lang(get())).toBe('en');
  });
});
