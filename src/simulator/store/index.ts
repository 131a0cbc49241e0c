/** The simulator's store: what the UI imports. */
export { createSimulatorStore } from './create-store.ts';
export * as selectors from './selectors.ts';
export type { ConnectionRow, TestStatus } from './selectors.ts';
export { memoryStorage } from './persistence.ts';
export { PERSIST_VERSION } from './migrations.ts';
export { EVENT_LOG_LIMIT } from './event-log.ts';
export type { RecoveryReason } from './recovery.ts';
export type {
  LoggedEvent,
  SimulatorActions,
  SimulatorData,
  SimulatorState,
  SimulatorStore,
  SimulatorStoreOptions,
  SyncStorage,
} from './types.ts';
