import type { FeatureId, ScreenId, TabId } from './navigation.ts';
import type { Direction } from './types.ts';

/**
 * Everything the user can do, as plain data. The UI, situations and property tests all speak this language,
 * so any sequence can be stored, replayed and checked.
 */

/** The buttons in the lower-left corner; each opens its dialog on the selected connection. */
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
  /** Legg til under either list, or Angi synkroniseringsprioritet: each opens its dialog. */
  | { type: 'openFeature'; feature: FeatureId }
  /** Navn in the open dialog: the connection's, or the new Sync Connector's. */
  | { type: 'setName'; value: string }
  /** URL of the new Sync Connector. */
  | { type: 'setUrl'; value: string }
  /** Sync Connector in Angi ny ERP-kobling (a row of Sync Connectors). */
  | { type: 'chooseConnector'; connectorId: string }
  | { type: 'setDescription'; value: string }
  | { type: 'setVisibilityMode'; mode: 'all' | 'selected' }
  | { type: 'toggleVisibilityMember'; kind: 'user' | 'group'; id: string }
  | { type: 'setActive'; value: boolean }
  | { type: 'setField'; key: string; value: string }
  /** An actor's tab in Tilordninger, Standardverdier or Ranger felt. */
  | { type: 'selectActor'; actor: string }
  /** Synkroniser ERP «aktør» med SuperOffice «enhet». */
  | { type: 'setActorSync'; actor: string; value: boolean }
  /** SuperOffice-felt of an ERP field (null: none). */
  | { type: 'setCrmField'; actor: string; field: string; crm: string | null }
  /** Retning of an ERP field (null: none chosen). */
  | { type: 'setDirection'; actor: string; field: string; direction: Direction | null }
  /** Vis i søk (`search`) or Vis i ERP-fane (`erpTab`). */
  | { type: 'setFieldFlag'; actor: string; field: string; flag: 'search' | 'erpTab'; value: boolean }
  /** The list chosen in Listetilordning. */
  | { type: 'selectList'; list: string }
  /** The CRM value for an ERP value (null: «(Ingen utvalg)»). */
  | { type: 'setListItem'; list: string; item: string; crm: string | null }
  /** Legg til in Standardverdier: opens Legg til standardverdi for synkronisering. */
  | { type: 'addDefault' }
  /** ERP-felt in Legg til standardverdi for synkronisering. */
  | { type: 'setDefaultField'; field: string }
  /** Angi standardverdi (`fixed`), Spør bruker om verdi (`ask`), Påkrevd (`required`). */
  | { type: 'setDefaultOption'; option: 'fixed' | 'ask' | 'required'; value: boolean }
  /** The value of Angi standardverdi. */
  | { type: 'setDefaultValue'; value: string }
  /** Fjern on a row of Standardverdier. */
  | { type: 'removeDefault'; field: string }
  /** Select a row in Ranger felt or Angi synkroniseringsprioritet. */
  | { type: 'selectItem'; id: string }
  /** Pil opp or Pil ned: moves the selected row. */
  | { type: 'moveItem'; direction: 'up' | 'down' }
  /** Test ERP-tilkobling: starts the test (status running). */
  | { type: 'runTest' }
  /** Sent by the store after the busy delay; the outcome is computed, never carried. */
  | { type: 'finishTest'; token: number }
  /** The open dialog's OK, Fullført or Lagre (in Legg til standardverdi for synkronisering while it is open). */
  | { type: 'ok' }
  /** Avbryt, and Esc (in the innermost dialog). */
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
  'setUrl',
  'chooseConnector',
  'setDescription',
  'setVisibilityMode',
  'toggleVisibilityMember',
  'setActive',
  'setField',
  'selectActor',
  'setActorSync',
  'setCrmField',
  'setDirection',
  'setFieldFlag',
  'selectList',
  'setListItem',
  'addDefault',
  'setDefaultField',
  'setDefaultOption',
  'setDefaultValue',
  'removeDefault',
  'selectItem',
  'moveItem',
  'runTest',
  'finishTest',
  'ok',
  'cancel',
  'reset',
  'dismissNotice',
] as const satisfies readonly CommandType[];
