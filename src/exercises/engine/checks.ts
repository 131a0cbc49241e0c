import {
  connectionById,
  emptySetup,
  fieldMapping,
  holds,
  rankOf,
  testStatusOf,
  type Connection,
  type ConnectionSetup,
  type ConnectorDef,
  type Scenario,
  type SimEvent,
  type SimState,
} from '../../simulator/domain/index.ts';
import { matches, type Actual } from './match.ts';
import type { Check, MembersCheck, ValuesCheck } from './types.ts';

/** What a check reads: the simulator now, the events since the step began, the world and the exercise's start. */
export interface CheckContext {
  state: SimState;
  events: readonly SimEvent[];
  scenario: Scenario;
  /** The state the exercise started in: the baseline of `{ changed }`. */
  start: SimState;
}

/** A connection's values as checks compare them, for the list and the dialog's draft alike. */
interface Values {
  name: string;
  description: string;
  active: boolean;
  mode: 'all' | 'selected';
  userIds: readonly string[];
  groupIds: readonly string[];
  config: Readonly<Record<string, string>>;
  connectorId: string;
  setup: ConnectionSetup;
}

function savedValues(c: Connection): Values {
  const v = c.visibility;
  const members = v.mode === 'all' ? { userIds: [], groupIds: [] } : v;
  return {
    name: c.name,
    description: c.description,
    active: c.active,
    mode: v.mode,
    userIds: members.userIds,
    groupIds: members.groupIds,
    config: c.config,
    connectorId: c.connectorId,
    setup: c.setup,
  };
}

/** The connection the open dialog is about, as it would save it, and its id (none for a new one). */
function draftValues(state: SimState): { id: string | undefined; values: Values } | undefined {
  const dialog = state.dialog;
  if (dialog?.kind === 'edit' || dialog?.kind === 'add') {
    const { draft } = dialog;
    const { visibility: v } = draft;
    const saved = dialog.kind === 'edit' ? connectionById(state, dialog.connectionId) : undefined;
    const connectorId = dialog.kind === 'edit' ? (saved?.connectorId ?? '') : (dialog.connectorId ?? '');
    return {
      id: dialog.kind === 'edit' ? dialog.connectionId : undefined,
      values: {
        ...draft,
        mode: v.mode,
        userIds: v.userIds,
        groupIds: v.groupIds,
        connectorId,
        setup: saved?.setup ?? emptySetup(),
      },
    };
  }
  if (!dialog || dialog.kind === 'connector' || dialog.kind === 'priority') return undefined;
  const saved = connectionById(state, dialog.connectionId);
  return saved && { id: saved.id, values: { ...savedValues(saved), setup: dialog.setup } };
}

/**
 * The setup parts of a ValuesCheck: mappings, list values, defaults and the start of each field order as Ranger
 * felt shows it (the connector's order where the setup has none of its own).
 */
function setupMatch(check: ValuesCheck, setup: ConnectionSetup, connector: ConnectorDef | undefined): boolean {
  const mappings = Object.entries(check.mappings ?? {}).every(
    ([actor, a]) =>
      (a.sync === undefined || (setup.actors[actor]?.sync ?? false) === a.sync) &&
      Object.entries(a.fields ?? {}).every(([field, f]) => {
        const m = fieldMapping(setup, actor, field);
        return (Object.keys(f) as Array<keyof typeof f>).every((k) => f[k] === m[k]);
      }),
  );
  const lists = Object.entries(check.lists ?? {}).every(([list, items]) =>
    Object.entries(items).every(([item, crm]) => (setup.lists[list]?.[item] ?? null) === crm),
  );
  const defaults = Object.entries(check.defaults ?? {}).every(([actor, fields]) =>
    Object.entries(fields).every(([field, d]) => {
      const found = setup.defaults[actor]?.find((x) => x.field === field);
      if (d === null || !found) return d === null && !found;
      return (
        (d.fixed === undefined || d.fixed === found.fixed) &&
        (d.ask === undefined || d.ask === found.ask) &&
        (d.required === undefined || d.required === found.required) &&
        (d.value === undefined || matches(d.value, found.value))
      );
    }),
  );
  const rank = Object.entries(check.rank ?? {}).every(([actor, first]) => {
    const order = connector ? rankOf(connector, setup, actor) : [];
    return first.every((key, i) => order[i] === key);
  });
  return mappings && lists && defaults && rank;
}

function sameSet(expected: readonly string[] | undefined, actual: readonly string[]): boolean {
  return !expected || (expected.length === actual.length && expected.every((id) => actual.includes(id)));
}

function membersMatch(check: MembersCheck, v: Values): boolean {
  return sameSet(check.users, v.userIds) && sameSet(check.groups, v.groupIds);
}

/** Whether values satisfy a ValuesCheck; `baseline` is the same connection at the exercise's start. */
function valuesMatch(
  check: ValuesCheck,
  v: Values | undefined,
  baseline: Values | undefined,
  scenario: Scenario,
): boolean {
  if (!v) return false;
  const field = (m: ValuesCheck['name'], actual: Actual, base: Actual) => m === undefined || matches(m, actual, base);
  return (
    field(check.name, v.name, baseline?.name) &&
    field(check.description, v.description, baseline?.description) &&
    (check.active === undefined || check.active === v.active) &&
    (check.visibility === undefined || check.visibility === v.mode) &&
    (check.members === undefined || membersMatch(check.members, v)) &&
    (check.connector === undefined || check.connector === v.connectorId) &&
    Object.entries(check.config ?? {}).every(([key, m]) =>
      matches(m, v.config[key] ?? '', baseline ? (baseline.config[key] ?? '') : undefined),
    ) &&
    setupMatch(
      check,
      v.setup,
      scenario.connectors.find((c) => c.id === v.connectorId),
    )
  );
}

function baselineOf(ctx: CheckContext, id: string | undefined): Values | undefined {
  const saved = id === undefined ? undefined : connectionById(ctx.start, id);
  return saved && savedValues(saved);
}

/** Whether a check holds. Pure: the same context always gives the same answer. */
export function evaluate(check: Check, ctx: CheckContext): boolean {
  const { state } = ctx;
  if ('all' in check) return check.all.every((c) => evaluate(c, ctx));
  if ('any' in check) return check.any.some((c) => evaluate(c, ctx));
  if ('not' in check) return !evaluate(check.not, ctx);
  if ('view' in check)
    return (
      (check.view.screen ?? state.view.screen) === state.view.screen &&
      (check.view.tab ?? state.view.tab) === state.view.tab
    );
  if ('selected' in check) return state.selectedId === check.selected;
  if ('dialog' in check) {
    if (check.dialog === 'closed') return state.dialog === null;
    const open = state.dialog;
    const about = open && 'connectionId' in open ? open.connectionId : undefined;
    return (
      open !== null &&
      (check.kind === undefined || open.kind === check.kind) &&
      (check.connection === undefined || about === check.connection)
    );
  }
  if ('draft' in check) {
    const { connection, ...values } = check.draft;
    const draft = draftValues(state);
    if (connection !== undefined && draft?.id !== connection) return false;
    return valuesMatch(values, draft?.values, baselineOf(ctx, draft?.id), ctx.scenario);
  }
  if ('test' in check) return testStatusOf(state, { scenario: ctx.scenario }) === check.test;
  if ('event' in check)
    return ctx.events.some(
      (e) =>
        e.type === check.event &&
        Object.entries(check.where ?? {}).every(([key, m]) => matches(m, (e as Record<string, Actual>)[key])),
    );
  if ('rule' in check) return holds(check.rule, state, { scenario: ctx.scenario }) === (check.holds ?? true);
  const spec = 'saved' in check ? check.saved : check.listed;
  const listed = connectionById(state, spec.connection);
  const wasSaved =
    !('saved' in check) ||
    ctx.events.some((e) => (e.type === 'saved' || e.type === 'toolSaved') && e.connectionId === spec.connection);
  return wasSaved && valuesMatch(spec, listed && savedValues(listed), baselineOf(ctx, spec.connection), ctx.scenario);
}
