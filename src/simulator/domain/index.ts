/** The simulator's domain: pure TypeScript, no framework. The store and the exercises import it through here. */
export type * from './types.ts';
export type {
  Draft,
  TestRun,
  Dialog,
  DialogKind,
  DialogScope,
  EditDialog,
  AddDialog,
  ConnectorDialog,
  ToolDialog,
  PriorityDialog,
  Notice,
  SimState,
  SimContext,
} from './state.ts';
export { initialState, listedConnectors, dialogScope } from './state.ts';
export { TOOLS, COMMAND_TYPES, type Command, type CommandType, type ToolId } from './commands.ts';
export {
  SCREENS,
  TABS,
  FEATURES,
  START_VIEW,
  SYNC_VIEW,
  isSyncView,
  type ScreenId,
  type TabId,
  type FeatureId,
  type View,
} from './navigation.ts';
export type { SimEvent, SimEventType, RejectReason } from './events.ts';
export { RULE_IDS, type RuleId } from './rule-ids.ts';
export { rules, rule, holds, failing, okConditionsOf, unmetOkConditions, type Rule, type RuleKind } from './rules.ts';
export { DIRECTION_RULES } from './mapping-reducer.ts';
export { TEST_STATUSES, testStatusOf, type TestStatus } from './test-status.ts';
export { ruleBacking, sourcesOf, RULE_SOURCE_PAGES, type RuleBacking, type RuleSource } from './rule-sources.ts';
export { reduce, type Result } from './reducer.ts';
export {
  runConnectionTest,
  TEST_ERROR_ANCHORS,
  TEST_FAILS_PAGE,
  type TestErrorCode,
  type TestFailure,
  type TestOutcome,
} from './connection-test.ts';
export {
  validateName,
  validateConnectorName,
  validateConnectorUrl,
  validateDefaultValue,
  validateDescription,
  validateField,
  configProblems,
  MAX_LENGTH,
  NAME_MAX_LENGTH,
  DESCRIPTION_MAX_LENGTH,
  type Problem,
} from './validation.ts';
export { canonicalConfig, configSnapshot } from './config-snapshot.ts';
export { draftFrom, emptyDraft, connectionFromDraft, newConnectionId, sameConnection } from './draft.ts';
export { appAt, connectorOf, connectionById, connectionForm, isToolId, openDialog, openTool } from './lookup.ts';
export {
  DIRECTIONS,
  UNMAPPED,
  actorOf,
  actorSetup,
  canonicalSetup,
  crmFieldsOf,
  crmFieldValidFor,
  directionBlocks,
  duplicateValues,
  emptySetup,
  erpFieldOf,
  fieldMapping,
  fieldSubject,
  missingDirections,
  offeredLists,
  rankOf,
  sameSetup,
  type DirectionBlock,
} from './setup.ts';
export { setupProblems, type SetupProblem } from './setup-problems.ts';
export { emptyDefault } from './defaults-reducer.ts';
export { applySituation, SituationError, type Situation } from './situations.ts';
export { stateProblems } from './integrity.ts';
