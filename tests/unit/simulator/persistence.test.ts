import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { selectors as sel } from '../../../src/simulator/store/index.ts';
import { memoryStorage, PERSIST_VERSION, type SyncStorage } from '../../../src/simulator/store/index.ts';
import { standard } from './scenario-helpers.ts';
import { makeStore, reloadStore, STORAGE_KEY, storedEnvelope } from './store-helpers.ts';

afterEach(() => void vi.useRealTimers());

/** What a previous page load left in storage. */
const storedWith = (value: string) => memoryStorage({ [STORAGE_KEY]: value });
const stored = (state: unknown, version = PERSIST_VERSION) => storedWith(JSON.stringify({ state, version }));

/** A valid stored state, taken from a real session, that individual tests spoil. */
function validStored() {
  const { storage, get } = makeStore();
  get().selectConnection('nordlys-bergen');
  get().openDialog();
  get().setName('Bergen (endret)');
  return storedEnvelope(storage).state;
}

async function loaded(storage: SyncStorage) {
  return (await reloadStore({ storage })).get();
}

describe('persistence', () => {
  it('writes the simulation and language under the storage key, with the version', () => {
    const { storage, get } = makeStore();
    get().selectConnection('nordlys-oslo');
    get().setLang('en');
    const written = storedEnvelope(storage);
    expect(written.version).toBe(PERSIST_VERSION);
    expect(Object.keys(written.state).sort()).toEqual([
      'connections',
      'connectors',
      'dialog',
      'lang',
      'nextToken',
      'priority',
      'scenarioId',
      'selectedId',
      'view',
    ]);
  });

  it('keeps the user in place across a reload: selection, open dialog, draft and language', async () => {
    const first = makeStore();
    first.get().selectConnection('nordlys-oslo');
    first.get().openDialog();
    first.get().setActive(false);
    first.get().setField('tidsavbrudd', '99');
    first.get().setLang('en');
    const again = await loaded(first.storage);
    expect(again.sim).toEqual({ ...first.get().sim, notice: null });
    expect(again.lang).toBe('en');
    expect(sel.testStatus(again)).toBe('stale');
  });

  it('finishes a test that was running when the page was reloaded', async () => {
    vi.useFakeTimers();
    const first = makeStore({ testDelayMs: 600 });
    first.get().selectConnection('nordlys-oslo');
    first.get().openDialog();
    first.get().runTest();
    const again = await reloadStore({ storage: first.storage, testDelayMs: 600 });
    expect(sel.testStatus(again.get())).toBe('running');
    vi.advanceTimersByTime(600);
    expect(sel.testStatus(again.get())).toBe('passed');
  });

  it.each([
    ['corrupt JSON', () => storedWith('{"state": {"connections": [')],
    ['a foreign value', () => storedWith('"hello"')],
    ['a foreign shape', () => stored({ todos: ['buy milk'] })],
    ['an unknown version', () => stored(validStored(), 7)],
    ['another scenario', () => stored({ ...validStored(), scenarioId: 'annet' })],
    [
      'a connection the scenario lacks',
      () =>
        stored({
          ...validStored(),
          connections: [...standard.connections, { ...standard.connections[0], id: 'ukjent' }],
        }),
    ],
    ['a selection the scenario lacks', () => stored({ ...validStored(), dialog: null, selectedId: 'ukjent' })],
    [
      'an unknown user in a draft',
      () => {
        const s = validStored();
        return stored({
          ...s,
          dialog: {
            ...s.dialog!,
            draft: { ...s.dialog!.draft, visibility: { mode: 'selected', userIds: ['ukjent'], groupIds: [] } },
          },
        });
      },
    ],
    [
      'a link that is not a site path',
      () => {
        const s = validStored();
        const failure = {
          code: 'unknown-client',
          fieldKey: 'klientnummer',
          messageKey: 'sim.test.error.unknown-client',
          params: {},
          href: 'javascript:alert(1)',
        };
        return stored({ ...s, dialog: { ...s.dialog!, test: { status: 'failed', snapshot: '[]', failure } } });
      },
    ],
  ])('falls back to the scenario, with a notice, on %s', async (_, storage) => {
    const s = storage();
    const state = await loaded(s);
    expect(state.sim).toMatchObject({ connections: standard.connections, selectedId: null, dialog: null });
    expect(state.sim.notice).toMatchObject({ key: 'sim.notice.storageRecovered', tone: 'warning' });
    // The fallback is written at once, so the next load is clean.
    expect((await loaded(s)).sim.notice).toBeNull();
  });

  it('names the cause on the notice, for diagnostics', async () => {
    expect((await loaded(storedWith('{oops'))).sim.notice?.detail).toBe('corrupt-json');
    expect((await loaded(stored(validStored(), 7))).sim.notice?.detail).toBe('unknown-version');
    expect((await loaded(stored({ ...validStored(), scenarioId: 'annet' }))).sim.notice?.detail).toBe('other-scenario');
  });

  it('migrates a version 0 snapshot to the current shape and writes it back', async () => {
    const storage = storedWith(readFileSync('tests/fixtures/scenarios/stored-v0.json', 'utf8'));
    const state = await loaded(storage);
    expect(state.sim.notice).toBeNull();
    expect(state.sim.selectedId).toBe('fjordfil-lonn');
    expect(state.sim.connections[0]).toEqual({
      id: 'nordlys-oslo',
      name: 'Nordlys Oslo (fra prototypen)',
      connectorId: 'nordlys-api',
      active: false,
      visibility: { mode: 'all' },
      config: {
        url: 'https://erp.nordlys.example/api',
        klientnummer: '1001',
        brukernavn: 'integrasjon',
        apiNokkel: 'NL-OSLO-7f3a9c',
        tidsavbrudd: '90',
      },
      description: 'Lagret av versjon 0.',
      // Version 0 knew no mappings: the connection has its scenario's.
      setup: standard.connections[0]!.setup,
    });
    expect(state.sim.connections[1]?.visibility).toEqual({
      mode: 'selected',
      userIds: ['ingrid'],
      groupIds: ['salg-vest'],
    });
    expect(storedEnvelope(storage).version).toBe(PERSIST_VERSION);
  });

  it('migrates a version 2 snapshot (the edit dialog open, Aktiv cleared) to the Sync tab’s dialogs and mappings', async () => {
    const storage = storedWith(readFileSync('tests/fixtures/scenarios/stored-v2.json', 'utf8'));
    const state = await loaded(storage);
    expect(state.sim.notice).toBeNull();
    expect(state.lang).toBe('en');
    expect(state.sim.dialog).toMatchObject({
      kind: 'edit',
      connectionId: 'nordlys-oslo',
      draft: { active: false, config: { tidsavbrudd: '90' } },
      test: { status: 'idle' },
    });
    expect(state.sim.connectors.map((c) => c.id)).toEqual(['nordlys-api', 'fjordfil']);
    expect(state.sim.priority).toEqual(['nordlys-oslo', 'nordlys-bergen', 'fjordfil-lonn', 'nordlys-test']);
    expect(state.sim.connections.map((c) => c.setup)).toEqual(standard.connections.map((c) => c.setup));
    expect(state.sim.connections[0]?.config.tidsavbrudd).toBe('45');
    const written = storedEnvelope(storage);
    expect(written.version).toBe(PERSIST_VERSION);
    expect(written.state).toMatchObject({ dialog: { kind: 'edit' }, priority: state.sim.priority });
  });

  it('starts over, with a notice, on a version 2 snapshot that activated a connection whose mappings lack a direction', async () => {
    const v2 = JSON.parse(readFileSync('tests/fixtures/scenarios/stored-v2.json', 'utf8')) as {
      state: { connections: Array<{ id: string; active: boolean }> };
    };
    v2.state.connections.find((c) => c.id === 'nordlys-test')!.active = true;
    const state = await loaded(storedWith(JSON.stringify(v2)));
    expect(state.sim.notice).toMatchObject({ key: 'sim.notice.storageRecovered', detail: 'inconsistent' });
    expect(state.sim.connections).toEqual(standard.connections);
  });

  it('falls back when a version 0 snapshot does not have the version 0 shape', async () => {
    expect((await loaded(stored({ connections: 'nope' }, 0))).sim.notice?.detail).toBe('foreign-shape');
  });

  it('keeps working when storage refuses to read or write', () => {
    const broken = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    const { get } = makeStore({ storage: broken });
    get().selectConnection('nordlys-oslo');
    get().openDialog();
    expect(sel.isDialogOpen(get())).toBe(true);
    expect(get().sim.notice).toBeNull();
  });

  it('lets the deep link win over the stored state', async () => {
    const first = makeStore();
    first.get().selectConnection('fjordfil-lonn');
    const { get } = await reloadStore({ storage: first.storage, initialSituation: 'felt-last' });
    expect(get().sim.selectedId).toBe('nordlys-oslo');
    expect(sel.isFieldLocked('url')(get())).toBe(true);
  });

  it('reads storage only on rehydrate() when hydration is skipped (server-rendered islands)', async () => {
    const first = makeStore();
    first.get().selectConnection('fjordfil-lonn');
    const { store, get } = makeStore({ storage: first.storage, skipHydration: true });
    expect(get().sim.selectedId).toBeNull();
    await store.persist.rehydrate();
    expect(get().sim.selectedId).toBe('fjordfil-lonn');
  });
});
