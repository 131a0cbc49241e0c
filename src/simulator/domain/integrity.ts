import { connectorOf, isToolId } from './lookup.ts';
import { isSyncView, SCREENS, TABS } from './navigation.ts';
import { rankOf } from './setup.ts';
import { setupProblems } from './setup-problems.ts';
import type { Dialog, Draft, SimState, ToolDialog } from './state.ts';
import type { Connection, ConnectorDef, Scenario } from './types.ts';
import { validateName } from './validation.ts';

function memberProblems(
  where: string,
  userIds: readonly string[],
  groupIds: readonly string[],
  scenario: Scenario,
): string[] {
  const users = new Set(scenario.users.map((u) => u.id));
  const groups = new Set(scenario.groups.map((g) => g.id));
  return [
    ...(new Set(userIds).size !== userIds.length || new Set(groupIds).size !== groupIds.length
      ? [`${where}: a member is listed twice`]
      : []),
    ...userIds.filter((id) => !users.has(id)).map((id) => `${where}: unknown user "${id}"`),
    ...groupIds.filter((id) => !groups.has(id)).map((id) => `${where}: unknown group "${id}"`),
  ];
}

function configKeyProblems(where: string, config: Readonly<Record<string, string>>, connector: ConnectorDef): string[] {
  const keys = new Set(connector.fields.map((f) => f.key));
  return Object.keys(config)
    .filter((k) => !keys.has(k))
    .map((k) => `${where}: "${k}" is not a field of ${connector.id}`);
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && new Set(a).size === a.length && a.every((id) => b.includes(id));
}

function connectionProblems(c: Connection, state: SimState, scenario: Scenario): string[] {
  const where = `connection ${c.id}`;
  const original = scenario.connections.find((o) => o.id === c.id);
  const connector = connectorOf({ scenario }, c.connectorId);
  if (
    !connector ||
    !state.connectors.some((l) => l.id === c.connectorId) ||
    (original && c.connectorId !== original.connectorId)
  )
    return [`${where}: connector "${c.connectorId}" is not in the list, or does not match the scenario`];
  const v = c.visibility;
  return [
    ...(validateName(c.name) ? [`${where}: the name is not valid`] : []),
    ...(v.mode === 'selected' ? memberProblems(where, v.userIds, v.groupIds, scenario) : []),
    ...configKeyProblems(where, c.config, connector),
    ...setupProblems(scenario, connector, c.setup, { active: c.active, saved: true }).map(
      (p) => `${where}: ${p.path.join('.')}: ${p.message}`,
    ),
  ];
}

function draftProblems(draft: Draft, connector: ConnectorDef | undefined, scenario: Scenario): string[] {
  return [
    ...memberProblems('dialog', draft.visibility.userIds, draft.visibility.groupIds, scenario),
    ...(connector ? configKeyProblems('dialog', draft.config, connector) : []),
  ];
}

function toolProblems(dialog: ToolDialog, connection: Connection, scenario: Scenario): string[] {
  const connector = connectorOf({ scenario }, connection.connectorId)!;
  // The working copy may hold what Fullført and Lagre refuse (duplicates, missing directions) while it is open.
  const problems = setupProblems(scenario, connector, dialog.setup, { active: connection.active, saved: false }).map(
    (p) => `dialog: ${p.path.join('.')}: ${p.message}`,
  );
  const tabs = dialog.kind === 'listetilordning' ? connector.lists : connector.actors;
  if (dialog.tab !== null && !tabs.some((t) => t.id === dialog.tab))
    problems.push(`dialog: unknown tab "${dialog.tab}"`);
  if (
    dialog.selected !== null &&
    (dialog.kind !== 'ranger-felt' ||
      dialog.tab === null ||
      !rankOf(connector, dialog.setup, dialog.tab).includes(dialog.selected))
  )
    problems.push(`dialog: unknown selected row "${dialog.selected}"`);
  if (dialog.adding && (dialog.kind !== 'standardverdier' || dialog.tab === null))
    problems.push('dialog: Legg til standardverdi is open outside Standardverdier');
  return problems;
}

function dialogProblems(dialog: Dialog, state: SimState, scenario: Scenario): string[] {
  const problems = isSyncView(state.view) ? [] : ['a dialog is open while the Sync tab is not shown'];
  if (dialog.kind === 'connector') return problems;
  if (dialog.kind === 'priority') {
    if (!sameIds(dialog.order, state.priority))
      problems.push('dialog: the priority order is not every connection once');
    if (dialog.selected !== null && !dialog.order.includes(dialog.selected))
      problems.push('dialog: unknown selected row');
    return problems;
  }
  if (
    (dialog.kind === 'edit' || dialog.kind === 'add') &&
    dialog.test.status === 'running' &&
    dialog.test.token >= state.nextToken
  )
    problems.push('running test has a token not yet issued');
  if (dialog.kind === 'add') {
    const listed = dialog.connectorId === null || state.connectors.some((c) => c.id === dialog.connectorId);
    if (!listed) problems.push(`dialog: connector "${dialog.connectorId}" is not in the list`);
    if (dialog.draft.active) problems.push('dialog: a new connection cannot be active');
    const connector = dialog.connectorId === null ? undefined : connectorOf({ scenario }, dialog.connectorId);
    return [...problems, ...draftProblems(dialog.draft, connector, scenario)];
  }
  const saved = state.connections.find((c) => c.id === dialog.connectionId);
  if (!saved) return [...problems, `dialog is open on unknown connection "${dialog.connectionId}"`];
  if (dialog.connectionId !== state.selectedId) problems.push('dialog is open on a connection that is not selected');
  if (isToolId(dialog.kind)) return [...problems, ...toolProblems(dialog as ToolDialog, saved, scenario)];
  const edit = dialog as Extract<Dialog, { kind: 'edit' }>;
  return [...problems, ...draftProblems(edit.draft, connectorOf({ scenario }, saved.connectorId), scenario)];
}

/**
 * Everything in a state that does not fit its scenario: a connection the scenario lacks, an unknown user, a
 * configuration key the connector does not have, a mapping the dialogs would not allow, a duplicate id, a blank
 * name. Empty means the state is one the simulator could have produced itself. Used on stored state and by the
 * property tests.
 */
export function stateProblems(state: SimState, scenario: Scenario): string[] {
  if (state.scenarioId !== scenario.id) return [`state is for scenario "${state.scenarioId}", not "${scenario.id}"`];
  const ids = state.connections.map((c) => c.id);
  const connectorIds = state.connectors.map((c) => c.id);
  const problems = [
    ...(new Set(ids).size !== ids.length ? ['connection ids are not unique'] : []),
    ...(new Set(connectorIds).size !== connectorIds.length ? ['a Sync Connector is listed twice'] : []),
    ...state.connectors.flatMap((c) =>
      connectorOf({ scenario }, c.id) && !validateName(c.name)
        ? []
        : [`Sync Connector "${c.id}" is unknown or unnamed`],
    ),
    ...scenario.connections.filter((o) => !ids.includes(o.id)).map((o) => `connection ${o.id} is missing`),
    ...state.connections.flatMap((c) => connectionProblems(c, state, scenario)),
  ];
  if (!sameIds(state.priority, ids)) problems.push('the priority order is not every connection once');
  if (state.selectedId !== null && !ids.includes(state.selectedId))
    problems.push(`selected connection "${state.selectedId}" does not exist`);
  if (!Number.isInteger(state.nextToken) || state.nextToken < 1)
    problems.push('nextToken must be a positive whole number');
  if (!SCREENS.includes(state.view.screen) || !TABS.includes(state.view.tab))
    problems.push('the view names an unknown screen or tab');
  if (state.dialog) problems.push(...dialogProblems(state.dialog, state, scenario));
  return problems;
}
