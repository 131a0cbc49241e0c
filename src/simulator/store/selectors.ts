import type { CommandType, Connection, ConnectorDef, Rule, RuleId } from '../domain/index.ts';
// The first load imports the domain's modules directly, never its index: the bundler counts every module the
// index re-exports to anyone (the exercises, the dialog) as reachable from each importer of the index, and so
// would put the dialog's rules, validation and connection test into the island's first load.
import { connectionById, connectorOf } from '../domain/lookup.ts';
import { needsSelectedConnection } from '../domain/selection-rule.ts';
import { loadedDialogDomain } from './dialog-loading.ts';
import { memoOn } from './memo.ts';
import type { LoggedEvent, SimulatorData } from './types.ts';

/**
 * Selectors: pure functions of the store's data, for `useStore(store, selector)`. Each asks a rule or reads
 * state; none decides anything itself. Those that build an array or object are memoised on the immutable
 * state they read, so a component re-renders only when the answer changes (React requires a stable result).
 * The store data doubles as the rules' context: it carries `scenario`.
 *
 * These are the selectors of everything around the dialog, which the island's first load carries; the dialog's
 * own are in dialog-selectors.ts, which the dialog's components import through dialog.ts.
 */
type S = SimulatorData;

/** The whole simulation (for exercises that check state). */
export const sim = (s: S) => s.sim;
/** The language the simulator shows its texts in. */
export const lang = (s: S) => s.lang;
/** The message above the simulator (saved inactive, storage recovered, ...), or null. */
export const notice = (s: S) => s.sim.notice;
/** The events of the latest command; a new array only when a command ran. */
export const lastEvents = (s: S) => s.lastEvents;
/** The bounded event log, oldest first. */
export const events = (s: S) => s.events;

/** The navigator entry shown (step 1: Tilbud/Sync). */
export const screen = (s: S) => s.sim.view.screen;
/** The Tilbud/Sync tab shown (step 1: Sync). */
export const tab = (s: S) => s.sim.view.tab;
/** The Sync Connectors list: the scenario's connectors, which never change. */
export const syncConnectors = (s: S): readonly ConnectorDef[] => s.scenario.connectors;

/** A command the page's rules refused: which command, and the rules (with messageKey and href) that refused it. */
export interface Rejection {
  command: CommandType;
  rules: Rule[];
}
/**
 * A rule by id. The list's commands are refused by its own rule only; any other rule can only be named by a
 * command of the dialog, which the complete reducer decided, so the dialog's domain is loaded by then.
 */
function ruleById(id: RuleId): Rule {
  if (id === needsSelectedConnection.id) return needsSelectedConnection;
  const domain = loadedDialogDomain();
  if (!domain) throw new Error(`Rule ${id} was named before the dialog's domain was loaded`);
  return domain.rule(id);
}
const rejectionIn = memoOn((latest: LoggedEvent[]): Rejection | undefined => {
  const refused = latest.find((e) => e.type === 'rejected' && e.reason === 'rule');
  return refused?.type === 'rejected' ? { command: refused.command, rules: refused.ruleIds.map(ruleById) } : undefined;
});
/**
 * The rules that refused the latest command, if a rule did (a click on a dimmed button): the explanation to
 * show beside that button. Cleared by the next command that does something.
 */
export const lastRejection = (s: S): Rejection | undefined => rejectionIn(s.lastEvents);

/** The connection selected in ERP-koblinger. */
export const selectedConnection = (s: S): Connection | undefined => connectionById(s.sim, s.sim.selectedId);

/** Konfigurer ERP-kobling and the lower-left buttons are enabled (rule `needs-selected-connection`). */
export const canConfigure = (s: S): boolean => !s.sim.dialog && needsSelectedConnection.check(s.sim, s);

/** One row of ERP-koblinger. */
export interface ConnectionRow {
  id: string;
  name: string;
  /** Name of the Sync Connector the connection uses. */
  connectorName: string;
  /** The Aktiv column's checkmark. */
  active: boolean;
  selected: boolean;
}

// Rows change only with the connections or the selection; the scenario's connectors never change.
const rowsOf = memoOn((_connections: Connection[]) => new Map<string | null, ConnectionRow[]>());

/** The rows of ERP-koblinger, in list order. */
export const connectionRows = (s: S): ConnectionRow[] => {
  const bySelection = rowsOf(s.sim.connections);
  let result = bySelection.get(s.sim.selectedId);
  if (!result) {
    result = s.sim.connections.map((c) => ({
      id: c.id,
      name: c.name,
      connectorName: connectorOf(s, c.connectorId)?.name ?? c.connectorId,
      active: c.active,
      selected: c.id === s.sim.selectedId,
    }));
    bySelection.set(s.sim.selectedId, result);
  }
  return result;
};

/** Konfigurer ERP-kobling is open. */
export const isDialogOpen = (s: S): boolean => s.sim.dialog !== null;
