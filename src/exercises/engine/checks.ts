import {
  connectionById,
  holds,
  testStatusOf,
  type Connection,
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
  };
}

function draftValues(state: SimState): Values | undefined {
  const draft = state.dialog?.draft;
  if (!draft) return undefined;
  const { visibility: v } = draft;
  return { ...draft, mode: v.mode, userIds: v.userIds, groupIds: v.groupIds };
}

function sameSet(expected: readonly string[] | undefined, actual: readonly string[]): boolean {
  return !expected || (expected.length === actual.length && expected.every((id) => actual.includes(id)));
}

function membersMatch(check: MembersCheck, v: Values): boolean {
  return sameSet(check.users, v.userIds) && sameSet(check.groups, v.groupIds);
}

/** Whether values satisfy a ValuesCheck; `baseline` is the same connection at the exercise's start. */
function valuesMatch(check: ValuesCheck, v: Values | undefined, baseline: Values | undefined): boolean {
  if (!v) return false;
  const field = (m: ValuesCheck['name'], actual: Actual, base: Actual) => m === undefined || matches(m, actual, base);
  return (
    field(check.name, v.name, baseline?.name) &&
    field(check.description, v.description, baseline?.description) &&
    (check.active === undefined || check.active === v.active) &&
    (check.visibility === undefined || check.visibility === v.mode) &&
    (check.members === undefined || membersMatch(check.members, v)) &&
    Object.entries(check.config ?? {}).every(([key, m]) =>
      matches(m, v.config[key] ?? '', baseline ? (baseline.config[key] ?? '') : undefined),
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
    return state.dialog !== null && (check.connection === undefined || state.dialog.connectionId === check.connection);
  }
  if ('draft' in check) {
    const { connection, ...values } = check.draft;
    if (connection !== undefined && state.dialog?.connectionId !== connection) return false;
    return valuesMatch(values, draftValues(state), baselineOf(ctx, state.dialog?.connectionId));
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
    !('saved' in check) || ctx.events.some((e) => e.type === 'saved' && e.connectionId === spec.connection);
  return wasSaved && valuesMatch(spec, listed && savedValues(listed), baselineOf(ctx, spec.connection));
}
