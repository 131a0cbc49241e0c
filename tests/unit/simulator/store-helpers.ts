import {
  createSimulatorStore,
  memoryStorage,
  type SimulatorStore,
  type SimulatorStoreOptions,
  type SyncStorage,
} from '../../../src/simulator/store/index.ts';
import type { PersistedStateV2 } from '../../../src/schemas/persisted-state.ts';
import { situations, standard } from './scenario-helpers.ts';

export const STORAGE_KEY = 'erp-sim-test';

/** A store on the standard scenario with in-memory storage and an instant test, unless options say otherwise. */
export function makeStore(options: Partial<SimulatorStoreOptions> = {}) {
  const storage = options.storage ?? memoryStorage();
  const store = createSimulatorStore({
    scenario: standard,
    situations,
    storageKey: STORAGE_KEY,
    storage,
    testDelayMs: 0,
    now: () => 1000,
    ...options,
  });
  return { store, storage, get: () => store.getState() };
}

/** What a store wrote under STORAGE_KEY: zustand's envelope around the current stored shape. */
export function storedEnvelope(storage: SyncStorage): { state: PersistedStateV2; version: number } {
  return JSON.parse(storage.getItem(STORAGE_KEY) ?? 'null') as { state: PersistedStateV2; version: number };
}

/** Resolves once the store has read its storage (stored state is checked asynchronously, nothing stored at once). */
export function hydrated(store: SimulatorStore): Promise<void> {
  if (store.persist.hasHydrated()) return Promise.resolve();
  return new Promise((resolve) => {
    const stop = store.persist.onFinishHydration(() => {
      stop();
      resolve();
    });
  });
}

/** A store over what a previous page load left in `options.storage`, once it has read it: a reload. */
export async function reloadStore(
  options: Partial<SimulatorStoreOptions> & { storage: SimulatorStoreOptions['storage'] },
) {
  const made = makeStore(options);
  await hydrated(made.store);
  return made;
}
