/**
 * The simulator's store: what the UI imports. The dialog's components import dialog.ts as well (the dialog's
 * selectors); pages that bundle the whole domain anyway may import complete-domain.ts.
 */
export { createSimulatorStore } from './create-store.ts';
export * as selectors from './selectors.ts';
export type { ConnectionRow, Rejection } from './selectors.ts';
export type { TestStatus } from './dialog-selectors.ts';
// What the UI needs of the domain, so components import the store only (ui -> store -> domain).
// The modules themselves, not the domain's index (see selectors.ts).
export { TOOLS } from '../domain/commands.ts';
export { FEATURES, SCREENS, TABS } from '../domain/navigation.ts';
export type {
  CommandType,
  ConnectorDef,
  FeatureId,
  FieldDef,
  Group,
  Problem,
  Rule,
  Scenario,
  ScreenId,
  Situation,
  TabId,
  TestFailure,
  ToolId,
  User,
} from '../domain/index.ts';
export { memoryStorage, preloadStoredChecks } from './persistence.ts';
export { preloadDialogDomain } from './dialog-loading.ts';
export { PERSIST_VERSION } from './persist-version.ts';
export { EVENT_LOG_LIMIT } from './event-log.ts';
export type { RecoveryReason } from './recovery.ts';
export type {
  LoggedEvent,
  SimLang,
  SimulatorActions,
  SimulatorData,
  SimulatorState,
  SimulatorStore,
  SimulatorStoreOptions,
  SyncStorage,
} from './types.ts';
