import type { PersistOptions, PersistStorage, StorageValue } from 'zustand/middleware';
import type { PersistedStateV2 } from '../../schemas/persisted-state.ts';
import type { Scenario, SimState } from '../domain/index.ts';
import { initialState } from '../domain/state.ts';
import { loadDialogDomain } from './dialog-loading.ts';
import { PERSIST_VERSION } from './persist-version.ts';
import { isUnreadable, recoveredNotice, unreadable, type RecoveryReason, type Unreadable } from './recovery.ts';
import type * as StoredChecks from './stored-checks.ts';
import type { SimulatorState, SyncStorage } from './types.ts';

type Stored = PersistedStateV2 | Unreadable;
type Checks = typeof StoredChecks;

let checks: Checks | undefined;

/**
 * The stored-state checks (zod/mini and the integrity check, about 8 KB gzip), loaded on first need: only a
 * returning reader has stored state to check, so a first visit never downloads them. Once loaded, the value is
 * returned synchronously, so hydration is synchronous too (tests preload it with `preloadStoredChecks`).
 */
function loadChecks(): Checks | Promise<Checks> {
  return checks ?? import('./stored-checks.ts').then((module) => (checks = module));
}

/** Loads the stored-state checks now, for code that wants hydration to complete synchronously. */
export async function preloadStoredChecks(): Promise<void> {
  await loadChecks();
}

/**
 * Runs `then` with the checks: at once when they are loaded, after loading otherwise. Stored state with the
 * dialog open (perhaps with a test running) also waits for the dialog's domain, so the store can decide the
 * dialog's commands as soon as it has hydrated. Without it (offline) hydration goes on: such commands wait.
 */
function withChecks<T>(then: (loaded: Checks) => T, dialogOpen: boolean): T | Promise<T> {
  const loaded = loadChecks();
  const domain = dialogOpen ? loadDialogDomain() : undefined;
  if (!(loaded instanceof Promise) && !(domain instanceof Promise)) return then(loaded);
  return Promise.all([loaded, Promise.resolve(domain).catch(() => undefined)]).then(([checks]) => then(checks));
}

/** Whether stored state, not yet checked, has the dialog open. */
function storedDialogOpen(state: unknown): boolean {
  return (
    typeof state === 'object' &&
    state !== null &&
    'dialog' in state &&
    state.dialog !== null &&
    state.dialog !== undefined
  );
}

/**
 * A storage that never throws: unreadable JSON and values that are not a `{ state, version }` envelope come
 * back as an Unreadable marker (zustand's JSON storage would throw, or pass a foreign value on as state), and a
 * failed write (quota, private mode) leaves the simulator running, just unsaved. An envelope waits for the
 * stored-state checks, which `migrate` and `merge` then use synchronously.
 */
export function validatingStorage(raw: SyncStorage): PersistStorage<Stored> {
  const marker = (reason: RecoveryReason): StorageValue<Stored> => ({
    state: unreadable(reason),
    version: PERSIST_VERSION,
  });
  return {
    getItem(name) {
      let text: string | null;
      try {
        text = raw.getItem(name);
      } catch {
        return null;
      }
      if (text === null) return null;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        return marker('corrupt-json');
      }
      if (typeof value !== 'object' || value === null || !('state' in value)) return marker('foreign-shape');
      const { state, version } = value as { state: unknown; version?: unknown };
      // Without a numeric version zustand would take the state as current; make it go through `migrate`.
      if (typeof version !== 'number') return marker('unknown-version');
      const envelope = { state: state as Stored, version };
      const ready = withChecks(() => envelope, storedDialogOpen(state));
      // If the checks cannot be downloaded (offline), start from the scenario rather than never hydrating.
      return ready instanceof Promise ? ready.catch(() => null) : ready;
    },
    setItem(name, value) {
      try {
        raw.setItem(name, JSON.stringify(value));
      } catch {
        // Storage full or blocked: keep simulating without saving.
      }
    },
    removeItem(name) {
      try {
        raw.removeItem(name);
      } catch {
        // As above.
      }
    },
  };
}

/** The simulation part of the store, as stored. */
export function partialize(state: SimulatorState): PersistedStateV2 {
  const { scenarioId, view, connections, selectedId, dialog, nextToken } = state.sim;
  return { scenarioId, view, connections, selectedId, dialog, nextToken, lang: state.lang };
}

/** Reads stored state against the scenario: the simulation it describes, or why it cannot be used. */
export function readStored(
  stored: unknown,
  scenario: Scenario,
  loaded: Checks | undefined = checks,
): { sim: SimState; lang: PersistedStateV2['lang'] } | RecoveryReason {
  if (isUnreadable(stored)) return stored.unreadable;
  // getItem hands over an envelope only once the checks are loaded; without them nothing stored is trusted.
  if (!loaded) return 'foreign-shape';
  const parsed = loaded.persistedStateV2.safeParse(stored);
  if (!parsed.success) return 'foreign-shape';
  const { lang, ...rest } = parsed.data;
  if (rest.scenarioId !== scenario.id) return 'other-scenario';
  const sim: SimState = { ...rest, notice: null };
  return loaded.stateProblems(sim, scenario).length ? 'inconsistent' : { sim, lang };
}

/**
 * The persist options: name, version, partialize, migrate, and a merge that validates. Whatever is stored, the
 * result is a state the simulator could have produced itself, or the scenario's start with a notice saying so.
 * `onRecovered` lets the store write the fallback at once, so the same bad value is not met on every reload.
 */
export function persistOptions(
  scenario: Scenario,
  storageKey: string,
  storage: SyncStorage,
  onRecovered: () => void,
): PersistOptions<SimulatorState, Stored> {
  return {
    name: storageKey,
    version: PERSIST_VERSION,
    storage: validatingStorage(storage),
    partialize,
    migrate: (stored, version) => withChecks((loaded) => loaded.migrate(stored, version, loaded), false),
    merge(stored, current) {
      if (stored === undefined || stored === null) return current;
      const read = readStored(stored, scenario);
      if (typeof read !== 'string') return { ...current, ...read };
      onRecovered();
      return { ...current, sim: { ...initialState(scenario), notice: recoveredNotice(read) } };
    },
  };
}

/** A storage that lives as long as the page: for tests, and where localStorage is missing or blocked. */
export function memoryStorage(
  initial: Record<string, string> = {},
): SyncStorage & { dump: () => Record<string, string> } {
  const items = new Map(Object.entries(initial));
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
    dump: () => Object.fromEntries(items),
  };
}

/** localStorage when the page may use it; reading the property itself throws when storage is blocked. */
export function defaultStorage(): SyncStorage {
  try {
    if (globalThis.localStorage) return globalThis.localStorage;
  } catch {
    // Blocked by the browser's privacy settings.
  }
  return memoryStorage();
}
