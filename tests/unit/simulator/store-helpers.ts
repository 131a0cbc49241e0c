import {
  createSimulatorStore,
  memoryStorage,
  preloadDialogDomain,
  preloadStoredChecks,
  type SimulatorStoreOptions,
} from '../../../src/simulator/store/index.ts';
import { situations, standard } from './scenario-helpers.ts';

// The browser loads the stored-state checks and the dialog's domain on first need, which makes the first
// hydration, situation or dialog command asynchronous; with them loaded, a store reads its storage and runs
// every command synchronously, as these tests expect (dialog-loading.test.ts covers the store without them).
await preloadStoredChecks();
await preloadDialogDomain();

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
