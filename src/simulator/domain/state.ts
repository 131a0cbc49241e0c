import type { ToolId } from './commands.ts';
import type { Connection, ConnectionSetup, DefaultValue, ListedConnector, Scenario } from './types.ts';
import type { TestFailure } from './connection-test.ts';
import { START_VIEW, type View } from './navigation.ts';

/**
 * The connection dialog's working copy. Visibility members are kept while the mode is Alle, so switching back to
 * Angitte brukere + grupper does not lose the picks; they are dropped only when the draft is saved.
 */
export interface Draft {
  name: string;
  active: boolean;
  visibility: { mode: 'all' | 'selected'; userIds: string[]; groupIds: string[] };
  config: Record<string, string>;
  description: string;
}

/**
 * The state of Test ERP-tilkobling. A running test holds the configuration it was started with, so the result
 * belongs to that configuration even if the user edits on while it runs.
 */
export type TestRun =
  | { status: 'idle' }
  | { status: 'running'; token: number; config: Record<string, string> }
  | { status: 'passed'; snapshot: string }
  | { status: 'failed'; snapshot: string; failure: TestFailure };

/** Konfigurer ERP-kobling, open on a saved connection. */
export interface EditDialog {
  kind: 'edit';
  connectionId: string;
  draft: Draft;
  /** Idle until the first test in this dialog; until then the saved configuration counts as tested. */
  test: TestRun;
}

/** Angi ny ERP-kobling: the same fields as Konfigurer ERP-kobling, a Sync Connector to choose, and no Aktiv. */
export interface AddDialog {
  kind: 'add';
  /** The Sync Connector chosen (a row of Sync Connectors), or null before one is. */
  connectorId: string | null;
  draft: Draft;
  /** Idle until the first test; a new connection has nothing that counts as tested. */
  test: TestRun;
}

/** Legg til under Sync Connectors: a name and the URL the sync app answers at. */
export interface ConnectorDialog {
  kind: 'connector';
  name: string;
  url: string;
}

/**
 * One of the dialogs behind the lower-left buttons, on the selected connection. Each works on a copy of the
 * connection's whole setup, which Fullført (Lagre in Listetilordning) writes back and Avbryt drops.
 */
export interface ToolDialog {
  kind: ToolId;
  connectionId: string;
  /** The actor tab shown (Tilordninger, Standardverdier, Ranger felt) or the list chosen (Listetilordning). */
  tab: string | null;
  setup: ConnectionSetup;
  /** The field selected in Ranger felt (Pil opp and Pil ned move it). */
  selected: string | null;
  /** Legg til standardverdi for synkronisering, open over Standardverdier, with its working copy. */
  adding: DefaultValue | null;
}

/** Angi synkroniseringsprioritet: every connection, most important first. */
export interface PriorityDialog {
  kind: 'priority';
  order: string[];
  selected: string | null;
}

export type Dialog = EditDialog | AddDialog | ConnectorDialog | ToolDialog | PriorityDialog;
export type DialogKind = Dialog['kind'];
/** The dialog OK-type buttons act in: a dialog's kind, or `standardverdi` while Legg til standardverdi is open. */
export type DialogScope = DialogKind | 'standardverdi';

/** A message for the user above the simulator: a catalog key, its parameters, and where to read more. */
export interface Notice {
  key: string;
  params?: Record<string, string>;
  href?: string;
  tone: 'info' | 'warning';
  /** Machine-readable cause, for tests and diagnostics; never shown. */
  detail?: string;
}

/** Everything the user can change; the scenario itself never changes. */
export interface SimState {
  scenarioId: string;
  /** The navigator entry and Tilbud/Sync tab shown. */
  view: View;
  /** The Sync Connectors list. */
  connectors: ListedConnector[];
  connections: Connection[];
  /** Connection ids, most important first (Angi synkroniseringsprioritet). */
  priority: string[];
  selectedId: string | null;
  /** The open dialog (the dialogs are modal, so there is at most one, with Legg til standardverdi inside its own). */
  dialog: Dialog | null;
  notice: Notice | null;
  /** Next test token; a counter in state keeps the reducer pure and replays identical. */
  nextToken: number;
}

/** What the reducer and rules read besides the state. */
export interface SimContext {
  scenario: Scenario;
}

/** The rows of Sync Connectors a scenario starts with: its listed connectors, under their own names. */
export function listedConnectors(scenario: Scenario): ListedConnector[] {
  return scenario.connectors.filter((c) => c.listed).map(({ id, name, url }) => ({ id, name, url }));
}

/** The state a scenario starts in: the navigator on its first entry, its connections, nothing selected, no dialog. */
export function initialState(scenario: Scenario): SimState {
  return {
    scenarioId: scenario.id,
    view: START_VIEW,
    connectors: listedConnectors(scenario),
    connections: scenario.connections,
    priority: scenario.connections.map((c) => c.id),
    selectedId: null,
    dialog: null,
    notice: null,
    nextToken: 1,
  };
}

/** The scope OK, Fullført and Lagre act in now (undefined with no dialog open). */
export function dialogScope(state: SimState): DialogScope | undefined {
  const dialog = state.dialog;
  if (!dialog) return undefined;
  return dialog.kind === 'standardverdier' && dialog.adding ? 'standardverdi' : dialog.kind;
}
