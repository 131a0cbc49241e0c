import { connectorOf } from './lookup.ts';
import { isSyncView, SCREENS, TABS } from './navigation.ts';
import type { Draft, SimState } from './state.ts';
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

function connectionProblems(c: Connection, scenario: Scenario): string[] {
  const where = `connection ${c.id}`;
  const original = scenario.connections.find((o) => o.id === c.id);
  const connector = connectorOf({ scenario }, c.connectorId);
  if (!original) return [`${where}: not in scenario ${scenario.id}`];
  if (!connector || c.connectorId !== original.connectorId)
    return [`${where}: connector "${c.connectorId}" does not match the scenario`];
  const v = c.visibility;
  return [
    ...(validateName(c.name) ? [`${where}: the name is not valid`] : []),
    ...(v.mode === 'selected' ? memberProblems(where, v.userIds, v.groupIds, scenario) : []),
    ...configKeyProblems(where, c.config, connector),
  ];
}

function draftProblems(draft: Draft, connector: ConnectorDef, scenario: Scenario): string[] {
  return [
    ...memberProblems('dialog', draft.visibility.userIds, draft.visibility.groupIds, scenario),
    ...configKeyProblems('dialog', draft.config, connector),
  ];
}

/**
 * Everything in a state that does not fit its scenario: a connection the scenario lacks, an unknown user,
 * a configuration key the connector does not have, a duplicate id, a blank name. Empty means the state is
 * one the simulator could have produced itself. Used on stored state and by the property tests.
 */
export function stateProblems(state: SimState, scenario: Scenario): string[] {
  if (state.scenarioId !== scenario.id) return [`state is for scenario "${state.scenarioId}", not "${scenario.id}"`];
  const ids = state.connections.map((c) => c.id);
  const problems = [
    ...(new Set(ids).size !== ids.length ? ['connection ids are not unique'] : []),
    ...scenario.connections.filter((o) => !ids.includes(o.id)).map((o) => `connection ${o.id} is missing`),
    ...state.connections.flatMap((c) => connectionProblems(c, scenario)),
  ];
  if (state.selectedId !== null && !ids.includes(state.selectedId))
    problems.push(`selected connection "${state.selectedId}" does not exist`);
  if (!Number.isInteger(state.nextToken) || state.nextToken < 1)
    problems.push('nextToken must be a positive whole number');
  if (!SCREENS.includes(state.view.screen) || !TABS.includes(state.view.tab))
    problems.push('the view names an unknown screen or tab');
  const dialog = state.dialog;
  if (dialog) {
    const saved = state.connections.find((c) => c.id === dialog.connectionId);
    const connector = saved && connectorOf({ scenario }, saved.connectorId);
    if (!saved || !connector) problems.push(`dialog is open on unknown connection "${dialog.connectionId}"`);
    else problems.push(...draftProblems(dialog.draft, connector, scenario));
    if (dialog.connectionId !== state.selectedId) problems.push('dialog is open on a connection that is not selected');
    if (!isSyncView(state.view)) problems.push('dialog is open while the Sync tab is not shown');
    if (dialog.test.status === 'running' && dialog.test.token >= state.nextToken)
      problems.push('running test has a token not yet issued');
  }
  return problems;
}
