import type { CommandType, ToolId } from './commands.ts';
import type { FeatureId, ScreenId, TabId } from './navigation.ts';
import type { TestErrorCode } from './connection-test.ts';
import type { RuleId } from './rule-ids.ts';
import type { Direction } from './types.ts';

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
  /**
   * `field` is name, description, visibility, or a configuration key (then `config` is true); in the new Sync
   * Connector's dialog, name or url.
   */
  | { type: 'fieldChanged'; field: string; config: boolean }
  /** Sync Connector chosen in Angi ny ERP-kobling. */
  | { type: 'connectorChosen'; connectorId: string }
  /** An actor's tab, or a list in Listetilordning, was chosen. */
  | { type: 'actorSelected'; actor: string }
  | { type: 'listSelected'; list: string }
  /** Tilordninger: what changed for an actor (`field` is null for its Synkroniser checkbox). */
  | {
      type: 'mappingChanged';
      actor: string;
      field: string | null;
      change: 'sync' | 'crm' | 'direction' | 'search' | 'erpTab';
      direction?: Direction | null;
    }
  | { type: 'listItemChanged'; list: string; item: string; crm: string | null }
  /** Standardverdier: Legg til standardverdi opened, a choice in it changed, a default added or removed. */
  | {
      type: 'defaultChanged';
      actor: string;
      change: 'opened' | 'field' | 'fixed' | 'ask' | 'required' | 'value' | 'added' | 'removed' | 'closed';
    }
  | { type: 'itemSelected'; id: string }
  | { type: 'itemMoved'; id: string; direction: 'up' | 'down' }
  | { type: 'activeChanged'; active: boolean }
  | { type: 'testStarted'; token: number }
  | { type: 'testPassed' }
  | { type: 'testFailed'; code: TestErrorCode; fieldKey: string }
  | { type: 'saved'; connectionId: string; active: boolean }
  /** Angi ny ERP-kobling saved a new connection (followed by `saved`). */
  | { type: 'connectionAdded'; connectionId: string }
  /** A new row in Sync Connectors. */
  | { type: 'connectorAdded'; connectorId: string }
  /** Fullført or Lagre in a lower-left dialog wrote the setup back (`priority`: the priority order was saved). */
  | { type: 'toolSaved'; tool: ToolId | 'priority'; connectionId: string | null }
  /** Saved with Aktiv cleared on a connection that was active: the reminder. */
  | { type: 'savedInactive'; connectionId: string }
  | { type: 'cancelled'; hadChanges: boolean }
  | { type: 'reset' }
  /** The command changed nothing. `ruleIds` names the page's rules that forbade it (empty for reasons other than `rule`). */
  | { type: 'rejected'; command: CommandType; ruleIds: RuleId[]; reason: RejectReason };

export type SimEventType = SimEvent['type'];
