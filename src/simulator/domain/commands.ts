import type { FeatureId, ScreenId, TabId } from './navigation.ts';

/**
 * Everything the user can do, as plain data. The UI, situations and property tests all speak this language,
 * so any sequence can be stored, replayed and checked.
 */

/** The buttons in the lower-left corner; each opens a dialog this simulator does not reproduce. */
export const TOOLS = ['tilordninger', 'listetilordning', 'standardverdier', 'ranger-felt'] as const;
export type ToolId = (typeof TOOLS)[number];

export type Command =
  /** An entry of the navigator (step 1: Tilbud/Sync). */
  | { type: 'navigate'; screen: ScreenId }
  /** A tab of the Tilbud/Sync screen (step 1: Sync). */
  | { type: 'selectTab'; tab: TabId }
  /** Click a row in ERP-koblinger (null clears the selection). */
  | { type: 'selectConnection'; connectionId: string | null }
  /** Konfigurer ERP-kobling on the selected connection. */
  | { type: 'openDialog' }
  /** One of the lower-left buttons (Tilordninger, Listetilordning, Standardverdier, Ranger felt). */
  | { type: 'openTool'; tool: ToolId }
  /** Legg til (either list) or Angi synkroniseringsprioritet: not simulated, so it only says so. */
  | { type: 'openFeature'; feature: FeatureId }
  | { type: 'setName'; value: string }
  | { type: 'setDescription'; value: string }
  | { type: 'setVisibilityMode'; mode: 'all' | 'selected' }
  | { type: 'toggleVisibilityMember'; kind: 'user' | 'group'; id: string }
  | { type: 'setActive'; value: boolean }
  | { type: 'setField'; key: string; value: string }
  /** Test ERP-tilkobling: starts the test (status running). */
  | { type: 'runTest' }
  /** Sent by the store after the busy delay; the outcome is computed, never carried. */
  | { type: 'finishTest'; token: number }
  | { type: 'ok' }
  /** Avbryt, and Esc. */
  | { type: 'cancel' }
  /** Tilbakestill: back to the scenario as it started. */
  | { type: 'reset' }
  | { type: 'dismissNotice' };

export type CommandType = Command['type'];

/** Every command type, for tests and schemas that must cover them all. */
export const COMMAND_TYPES = [
  'navigate',
  'selectTab',
  'selectConnection',
  'openDialog',
  'openTool',
  'openFeature',
  'setName',
  'setDescription',
  'setVisibilityMode',
  'toggleVisibilityMember',
  'setActive',
  'setField',
  'runTest',
  'finishTest',
  'ok',
  'cancel',
  'reset',
  'dismissNotice',
] as const satisfies readonly CommandType[];
