import { createSimulatorStore, memoryStorage, preloadStoredChecks, type SimulatorStoreOptions } from '../../../src/simulator/store/index.ts';
import { situations, standard } from './scenario-helpers.ts';

// The browser loads the stored-state checks on first need, which makes that first hydration asynchronous; with
// them loaded, a store reads its storage synchronously, as these tests expect.
await preloadStoredChecks();

export const STORAGE_KEY = 'erp-sim-test';

/** A store on the standard scenario with in-memory storage and an instant test, unless options say otherwise. */
export function makeStore(options: Partial<SimulatorStoreOptions> = {}) {
  const storage = options.storage ?? memoryStorage();
  const store = createSimulatorStore({ scenario: standard, situations, storageKey: STORAGE_KEY, storage, testDelayMs: 0, now: () => 1000, ...options });
  return { store, storage, get: () => store.getState() };
}
