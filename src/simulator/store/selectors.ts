import {
  configProblems,
  connectionById,
  connectionForm,
  holds,
  rule,
  testStatusOf,
  unmetOkConditions as unmetRules,
  validateDescription,
  validateName,
  type CommandType,
  type Connection,
  type ConnectorDef,
  type Draft,
  type EditDialog,
  type AddDialog,
  type ListedConnector,
  type Problem,
  type Rule,
  type TestStatus,
} from '../domain/index.ts';
import { memoOn } from './memo.ts';
import type { LoggedEvent, SimulatorData } from './types.ts';

/**
 * Selectors: pure functions of the store's data, for `useStore(store, selector)`. Each asks a rule or reads
 * state; none decides anything itself. Those that build an array or object are memoised on the immutable
 * state they read, so a component re-renders only when the answer changes (React requires a stable result).
 * The store data doubles as the rules' context: it carries `scenario`.
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
/** The Sync Connectors list: the scenario's listed connectors, and those added with Legg til. */
export const syncConnectors = (s: S): readonly ListedConnector[] => s.sim.connectors;

/** A command the page's rules refused: which command, and the rules (with messageKey and href) that refused it. */
export interface Rejection {
  command: CommandType;
  rules: Rule[];
}
const rejectionIn = memoOn((latest: LoggedEvent[]): Rejection | undefined => {
  const refused = latest.find((e) => e.type === 'rejected' && e.reason === 'rule');
  return refused?.type === 'rejected'
    ? { command: refused.command, rules: refused.ruleIds.map((id) => rule(id)) }
    : undefined;
});
/**
 * The rules that refused the latest command, if a rule did (a click on a dimmed button): the explanation to
 * show beside that button. Cleared by the next command that does something.
 */
export const lastRejection = (s: S): Rejection | undefined => rejectionIn(s.lastEvents);

/** The connection selected in ERP-koblinger. */
export const selectedConnection = (s: S): Connection | undefined => connectionById(s.sim, s.sim.selectedId);

/** Konfigurer ERP-kobling and the lower-left buttons are enabled (rule `needs-selected-connection`). */
export const canConfigure = (s: S): boolean => !s.sim.dialog && holds('needs-selected-connection', s.sim, s);

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

// Rows change only with the connections or the selection (a connector's name in the list never changes).
const rowsOf = memoOn((_connections: Connection[]) => new Map<string | null, ConnectionRow[]>());

/** The rows of ERP-koblinger, in list order. */
export const connectionRows = (s: S): ConnectionRow[] => {
  const bySelection = rowsOf(s.sim.connections);
  let result = bySelection.get(s.sim.selectedId);
  if (!result) {
    result = s.sim.connections.map((c) => ({
      id: c.id,
      name: c.name,
      connectorName: s.sim.connectors.find((k) => k.id === c.connectorId)?.name ?? c.connectorId,
      active: c.active,
      selected: c.id === s.sim.selectedId,
    }));
    bySelection.set(s.sim.selectedId, result);
  }
  return result;
};

/** A dialog is open (any of them: they are modal). */
export const isDialogOpen = (s: S): boolean => s.sim.dialog !== null;
/** Which dialog is open: edit, add, connector, priority, or a lower-left tool. */
export const dialogKind = (s: S) => s.sim.dialog?.kind;

// Konfigurer ERP-kobling and Angi ny ERP-kobling: the same fields, read through the same selectors.

/** The open connection dialog (edit or add), else undefined. */
const form = (s: S): EditDialog | AddDialog | undefined =>
  s.sim.dialog?.kind === 'edit' || s.sim.dialog?.kind === 'add' ? s.sim.dialog : undefined;

const draftProblems = memoOn((draft: Draft) => ({
  name: validateName(draft.name),
  description: validateDescription(draft.description),
}));
const configProblemsOf = memoOn((connector: ConnectorDef) =>
  memoOn((config: Record<string, string>) => configProblems(connector, config)),
);
const unmetByState = new WeakMap<S['sim'], Rule[]>();

/** Everyone the visibility picker offers. */
export const users = (s: S) => s.scenario.users;
export const groups = (s: S) => s.scenario.groups;

/** The dialog's values as the user typed them. */
export const draft = (s: S): Draft | undefined => form(s)?.draft;
/** One value of the draft each, so a field re-renders only when its own value changes. */
export const draftName = (s: S): string => form(s)?.draft.name ?? '';
export const draftDescription = (s: S): string => form(s)?.draft.description ?? '';
export const draftActive = (s: S): boolean => form(s)?.draft.active ?? false;
export const draftVisibility = (s: S): Draft['visibility'] | undefined => form(s)?.draft.visibility;
/** A configuration field's value as typed ('' when unset). */
export const fieldValue =
  (key: string) =>
  (s: S): string =>
    form(s)?.draft.config[key] ?? '';
/**
 * The connector of the connection dialog: its `fields` are the configuration fields to show, in order (in Angi
 * ny ERP-kobling, the chosen one; none before a choice).
 */
export const dialogConnector = (s: S): ConnectorDef | undefined => connectionForm(s.sim, s)?.connector;
/** The Sync Connector chosen in Angi ny ERP-kobling ('' before one is). */
export const chosenConnector = (s: S): string => (s.sim.dialog?.kind === 'add' ? (s.sim.dialog.connectorId ?? '') : '');
/** The Sync Connector of the connection in Konfigurer ERP-kobling, by its name in the list. */
export const editedConnectorName = (s: S): string => {
  const saved = s.sim.dialog?.kind === 'edit' ? connectionById(s.sim, s.sim.dialog.connectionId) : undefined;
  return (saved && s.sim.connectors.find((c) => c.id === saved.connectorId)?.name) ?? '';
};

/** OK (Fullført, Lagre) is enabled in the open dialog (rule `ok-saves-and-closes`: its every OK condition holds). */
export const isOkAllowed = (s: S): boolean => holds('ok-saves-and-closes', s.sim, s);

/** Rule lists by their ids, so an equal list is the same array (rules themselves are constants). */
const ruleLists = new Map<string, Rule[]>();
function sameList(rules: Rule[]): Rule[] {
  const key = rules.map((r) => r.id).join(' ');
  let list = ruleLists.get(key);
  if (!list) ruleLists.set(key, (list = rules));
  return list;
}

/**
 * The unmet OK conditions of the open dialog, in order: the "Hvorfor er OK nedtonet?" list (rule objects with messageKey and href).
 * The same array while the same conditions are unmet, so typing a name does not re-render the list.
 */
export const unmetOkConditions = (s: S): Rule[] => {
  let unmet = unmetByState.get(s.sim);
  if (!unmet) unmetByState.set(s.sim, (unmet = sameList(unmetRules(s.sim, s))));
  return unmet;
};

/**
 * The rule that locks the configuration fields, while it does (Aktiv checked): its explanation is shown once
 * above the fields, with a link to its troubleshooting text. Undefined while the fields are editable.
 */
export const configLock = (s: S): Rule | undefined =>
  holds('config-locked-while-active', s.sim, s) ? rule('config-locked-while-active') : undefined;

/** A configuration field is read-only (rule `config-locked-while-active`). Name, visibility and description never are. */
export const isFieldLocked =
  (key: string) =>
  (s: S): boolean =>
    !!dialogConnector(s)?.fields.some((f) => f.key === key) && holds('config-locked-while-active', s.sim, s);

/** The message at a configuration field, or undefined when its value is fine. */
export const fieldError =
  (key: string) =>
  (s: S): Problem | undefined => {
    const connector = dialogConnector(s);
    const open = form(s);
    return connector && open ? configProblemsOf(connector)(open.draft.config).get(key) : undefined;
  };
/** The message at Navn. */
export const nameError = (s: S): Problem | undefined => {
  const open = form(s);
  return open ? draftProblems(open.draft).name : undefined;
};
/** The message at the description. */
export const descriptionError = (s: S): Problem | undefined => {
  const open = form(s);
  return open ? draftProblems(open.draft).description : undefined;
};

/**
 * The test line under Test ERP-tilkobling: `not-run` (no test since opening and the saved configuration is
 * unchanged, so it counts as tested), `running`, `passed` or `failed` for the current configuration, or
 * `stale` (rule `test-stale-after-change`: a configuration field changed since the result, or since opening).
 */
export const testStatus = (s: S): TestStatus => testStatusOf(s.sim, s) ?? 'not-run';
/** The failure of the latest test (also when stale, so the message can stay visible, marked as outdated). */
export const testFailure = (s: S) => {
  const test = form(s)?.test;
  return test?.status === 'failed' ? test.failure : undefined;
};

/** Saving now would change something, so Avbryt discards it (rule `cancel-discards`). */
export const dialogDirty = (s: S): boolean => holds('cancel-discards', s.sim, s);

export * from './selectors-tools.ts';
