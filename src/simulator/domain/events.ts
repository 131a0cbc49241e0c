import type { CommandType, ToolId } from './commands.ts';
import type { FeatureId, ScreenId, TabId } from './navigation.ts';
import type { TestErrorCode } from './connection-test.ts';
import type { RuleId } from './rule-ids.ts';

/**
 * Why a command was refused when no rule of the page is behind it: the command does not fit the screen
 * (a dialog field edited with no dialog open, a connection id that does not exist). The UI never sends these;
 * random command sequences and hand-written situations can.
 */
export type RejectReason =
  'rule' | 'dialog-closed' | 'dialog-open' | 'unknown-target' | 'not-applicable' | 'unknown-command';

/** What happened, for the exercises to check and score. A command yields zero or more events. */
export type SimEvent =
  | { type: 'navigated'; screen: ScreenId }
  | { type: 'tabSelected'; tab: TabId }
  | { type: 'connectionSelected'; connectionId: string | null }
  | { type: 'dialogOpened'; connectionId: string }
  | { type: 'toolOpened'; tool: ToolId; connectionId: string }
  | { type: 'featureOpened'; feature: FeatureId }
  /** `field` is name, description, visibility, or a configuration key (then `config` is true). */
  | { type: 'fieldChanged'; field: string; config: boolean }
  | { type: 'activeChanged'; active: boolean }
  | { type: 'testStarted'; token: number }
  | { type: 'testPassed' }
  | { type: 'testFailed'; code: TestErrorCode; fieldKey: string }
  | { type: 'saved'; connectionId: string; active: boolean }
  /** Saved with Aktiv cleared on a connection that was active: the reminder. */
  | { type: 'savedInactive'; connectionId: string }
  | { type: 'cancelled'; hadChanges: boolean }
  | { type: 'reset' }
  /** The command changed nothing. `ruleIds` names the page's rules that forbade it (empty for reasons other than `rule`). */
  | { type: 'rejected'; command: CommandType; ruleIds: RuleId[]; reason: RejectReason };

export type SimEventType = SimEvent['type'];
