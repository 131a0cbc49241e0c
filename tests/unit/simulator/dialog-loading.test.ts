import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as StoreModule from '../../../src/simulator/store/index.ts';
import type * as LoadingModule from '../../../src/simulator/store/dialog-loading.ts';
import { initialState, type Command } from '../../../src/simulator/domain/index.ts';
import { run, standard, situations } from './scenario-helpers.ts';

/**
 * The store as the island has it on first load: the dialog's domain not yet downloaded. Each test imports the
 * store afresh, so the module that holds the downloaded domain starts empty (the other test files preload it).
 */
let store: typeof StoreModule;
let loading: typeof LoadingModule;

beforeEach(async () => {
  vi.resetModules();
  store = await import('../../../src/simulator/store/index.ts');
  loading = await import('../../../src/simulator/store/dialog-loading.ts');
});
afterEach(() => void vi.doUnmock('../../../src/simulator/store/dialog-domain.ts'));

const make = (storage = store.memoryStorage()) =>
  store.createSimulatorStore({
    scenario: standard,
    situations,
    storageKey: 'erp-sim:lazy',
    storage,
    testDelayMs: 0,
    now: () => 1000,
  });
const types = (events: ReadonlyArray<{ type: string }>) => events.map((e) => e.type);

describe('the store before the dialog’s domain has been downloaded', () => {
  it('runs the commands around the dialog at once, opening the dialog included, without downloading it', () => {
    const sim = make();
    const s = sim.getState();
    s.navigate('tilbud-sync');
    s.selectTab('sync');
    s.openDialog();
    s.selectConnection('nordlys-oslo');
    s.openTool('tilordninger');
    s.openDialog();
    expect(types(sim.getState().events)).toEqual([
      'navigated',
      'tabSelected',
      'rejected',
      'connectionSelected',
      'toolOpened',
      'dialogOpened',
    ]);
    expect(store.selectors.lastRejection(sim.getState())).toBeUndefined();
    expect(sim.getState().sim.dialog?.connectionId).toBe('nordlys-oslo');
    expect(loading.loadedDialogDomain()).toBeUndefined();
  });

  it('names the list’s rule when it refuses a click, without the dialog’s domain', () => {
    const sim = make();
    sim.getState().openTool('tilordninger');
    expect(store.selectors.lastRejection(sim.getState())?.rules.map((r) => r.messageKey)).toEqual([
      'sim.rule.needs-selected-connection',
    ]);
    expect(store.selectors.canConfigure(sim.getState())).toBe(false);
    expect(loading.loadedDialogDomain()).toBeUndefined();
  });

  it('lets a dialog command wait for the download, with every command after it, and runs them in order, losing none', async () => {
    const sim = make();
    const commands: Command[] = [
      { type: 'selectConnection', connectionId: 'nordlys-oslo' },
      { type: 'openDialog' },
      { type: 'setName', value: 'Nytt navn' },
      // A command of the list, after one that waits: it must not overtake it (here it is refused: the dialog is open).
      { type: 'navigate', screen: 'lister' },
      { type: 'setActive', value: false },
      { type: 'cancel' },
      { type: 'navigate', screen: 'lister' },
    ];
    const returned = commands.map((command) => sim.getState().dispatch(command));
    expect(returned.slice(2).every((events) => events.length === 0)).toBe(true);
    expect(sim.getState().sim.dialog?.draft.name).toBe('Nordlys – Oslo AS');
    await vi.waitFor(() => expect(sim.getState().sim.view.screen).toBe('lister'));
    // Exactly what the complete reducer makes of the same commands in one go.
    const expected = run(commands);
    expect(sim.getState().sim).toEqual(expected.state);
    expect(types(sim.getState().events)).toEqual(types(expected.events));
    expect(loading.loadedDialogDomain()).toBeDefined();
    // Downloaded once: from now on every command runs at once.
    expect(types(sim.getState().dispatch({ type: 'selectConnection', connectionId: null }))).toEqual([
      'connectionSelected',
    ]);
  });

  it('finishes a test started by a waiting command through the same queue', async () => {
    const sim = make();
    const s = sim.getState();
    s.selectConnection('nordlys-oslo');
    s.openDialog();
    s.runTest();
    s.ok();
    await vi.waitFor(() => expect(sim.getState().sim.dialog).toBeNull());
    expect(types(sim.getState().events)).toEqual([
      'connectionSelected',
      'dialogOpened',
      'testStarted',
      'testPassed',
      'saved',
    ]);
  });

  it('downloads it for startSituation, and applies the situation once it is there', async () => {
    const sim = make();
    const started = sim.getState().startSituation('test-feiler');
    expect(sim.getState().sim).toEqual(initialState(standard));
    await expect(started).resolves.toBe(true);
    expect(sim.getState().sim.dialog?.draft).toMatchObject({ name: 'Nordlys – Bergen filial', active: false });
    await expect(sim.getState().startSituation('finnes-ikke')).resolves.toBe(false);
    expect(sim.getState().sim.notice).toMatchObject({
      key: 'sim.notice.unknownSituation',
      params: { id: 'finnes-ikke' },
    });
  });

  it('downloads it while hydrating stored state with the dialog open, before anything can be dispatched', async () => {
    await store.preloadStoredChecks();
    const open = run([
      { type: 'selectConnection', connectionId: 'nordlys-oslo' },
      { type: 'openDialog' },
      { type: 'setName', value: 'Lagret' },
    ]).state;
    const { notice: _, ...stored } = open;
    const storage = store.memoryStorage({
      'erp-sim:lazy': JSON.stringify({ state: { ...stored, lang: 'nb' }, version: store.PERSIST_VERSION }),
    });
    const sim = make(storage);
    expect(sim.persist.hasHydrated()).toBe(false);
    await vi.waitFor(() => expect(sim.persist.hasHydrated()).toBe(true));
    expect(loading.loadedDialogDomain()).toBeDefined();
    expect(sim.getState().sim.dialog?.draft.name).toBe('Lagret');
    expect(types(sim.getState().dispatch({ type: 'setName', value: 'Igjen' }))).toEqual(['fieldChanged']);
  });
});

describe('the store when the dialog’s domain cannot be downloaded (offline)', () => {
  beforeEach(async () => {
    vi.resetModules();
    vi.doMock('../../../src/simulator/store/dialog-domain.ts', () => {
      throw new Error('offline');
    });
    store = await import('../../../src/simulator/store/index.ts');
    loading = await import('../../../src/simulator/store/dialog-loading.ts');
  });

  it('shows the start with a notice for a situation, as for one that cannot be applied', async () => {
    const sim = make();
    sim.getState().navigate('lister');
    await expect(sim.getState().startSituation('test-feiler')).resolves.toBe(false);
    expect(sim.getState().sim).toMatchObject({
      view: initialState(standard).view,
      dialog: null,
      notice: { key: 'sim.notice.unknownSituation' },
    });
  });

  it('keeps a waiting command, and the commands after it, and runs them when a later download succeeds', async () => {
    const sim = make();
    const s = sim.getState();
    s.selectConnection('nordlys-oslo');
    s.openDialog();
    s.setName('Venter');
    s.navigate('lister');
    // The download the store started, and failed: the store heard of it first.
    await expect(loading.preloadDialogDomain()).rejects.toThrow();
    expect(sim.getState().sim.dialog?.draft.name).toBe('Nordlys – Oslo AS');
    expect(sim.getState().sim.view.screen).toBe('tilbud-sync');
    expect(loading.loadedDialogDomain()).toBeUndefined();

    vi.doUnmock('../../../src/simulator/store/dialog-domain.ts');
    s.setActive(false);
    await vi.waitFor(() => expect(sim.getState().sim.dialog?.draft.active).toBe(false));
    expect(sim.getState().sim.dialog?.draft.name).toBe('Venter');
    expect(types(sim.getState().events)).toEqual([
      'connectionSelected',
      'dialogOpened',
      'fieldChanged',
      'rejected',
      'activeChanged',
    ]);
  });
});
