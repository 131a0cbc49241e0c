/** The simulator's store: what the UI imports. */
export { createSimulatorStore } from './create-store.ts';
export * as selectors from './selectors.ts';
export type { ConnectionRow, Rejection, OrderRow } from './selectors.ts';
// What the UI needs of the domain, so components import the store only (ui -> store -> domain).
export { DIRECTIONS, FEATURES, SCREENS, TABS, TOOLS } from '../domain/index.ts';
export type {
  CommandType,
  ConnectorDef,
  CrmField,
  DefaultValue,
  Direction,
  ErpActor,
  ErpFieldDef,
  ErpList,
  ListItem,
  ListedConnector,
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
  TestStatus,
  ToolId,
  User,
} from '../domain/index.ts';
export { memoryStorage, PERSIST_VERSION } from './persistence.ts';
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
