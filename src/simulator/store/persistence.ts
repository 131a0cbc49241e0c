import type { PersistOptions, PersistStorage, StorageValue } from 'zustand/middleware';
import type * as Shapes from '../../schemas/persisted-state.ts';
import type {
  PersistedStateV0,
  PersistedStateV1,
  PersistedStateV2,
  PersistedStateV3,
} from '../../schemas/persisted-state.ts';
import { initialState, stateProblems, type Scenario, type SimState } from '../domain/index.ts';
import { migrate } from './migrations.ts';
import { isUnreadable, recoveredNotice, unreadable, type RecoveryReason, type Unreadable } from './recovery.ts';
import type { SimulatorState, SyncStorage } from './types.ts';

/**
 * The version the store writes. Whenever the stored shape changes: bump it, add the new shape to checkShape and
 * a step from the old one to migrations.ts.
 */
export const PERSIST_VERSION = 3;

type Stored = PersistedStateV0 | PersistedStateV1 | PersistedStateV2 | PersistedStateV3 | Unreadable;

/** Stored state checked against the shape of the version it was written with (zod/mini). */
function checkShape(shapes: typeof Shapes, state: unknown, version: number): Stored {
  // One shape per version, by version number.
  const schema = [shapes.persistedStateV0, shapes.persistedStateV1, shapes.persistedStateV2, shapes.persistedStateV3][
    version
  ];
  if (!schema) return unreadable('unknown-version');
  const parsed = schema.safeParse(state);
  return parsed.success ? parsed.data : unreadable('foreign-shape');
}

/**
 * A storage that never throws and hands over only checked state: unreadable JSON, values that are not a
 * `{ state, version }` envelope and state without the shape of its version come back as an Unreadable marker
 * (zustand's JSON storage would throw, or pass a foreign value on as state), and a failed write (quota, private
 * mode) leaves the simulator running, just unsaved. Only a returning reader has anything to check, so the
 * shapes (zod/mini) are downloaded then, and hydration of stored state completes asynchronously.
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
      return import('../../schemas/persisted-state.ts').then(
        (shapes) => ({ state: checkShape(shapes, state, version), version }),
        () => null, // offline: start from the scenario rather than never hydrating
      );
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
export function partialize(state: SimulatorState): PersistedStateV3 {
  const { scenarioId, view, connectors, connections, priority, selectedId, dialog, nextToken } = state.sim;
  return { scenarioId, view, connectors, connections, priority, selectedId, dialog, nextToken, lang: state.lang };
}

/** Reads stored state against the scenario: the simulation it describes, or why it cannot be used. */
function readStored(
  stored: PersistedStateV3 | Unreadable,
  scenario: Scenario,
): { sim: SimState; lang: PersistedStateV3['lang'] } | RecoveryReason {
  if (isUnreadable(stored)) return stored.unreadable;
  const { lang, ...rest } = stored;
  if (rest.scenarioId !== scenario.id) return 'other-scenario';
  const sim: SimState = { ...rest, notice: null };
  return stateProblems(sim, scenario).length ? 'inconsistent' : { sim, lang };
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
    migrate: (stored, version) => migrate(stored, version, scenario),
    merge(stored, current) {
      if (stored === undefined || stored === null) return current;
      // What reaches here is the storage's checked current shape, or what `migrate` lifted to it, or Unreadable.
      const read = readStored(stored as PersistedStateV3 | Unreadable, scenario);
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
