import { canonicalConfig } from './config-snapshot.ts';
import type { Draft } from './state.ts';
import type { Connection, ConnectorDef, Visibility } from './types.ts';

/** The dialog's working copy of a saved connection. */
export function draftFrom(connection: Connection): Draft {
  const { visibility: v } = connection;
  return {
    name: connection.name,
    active: connection.active,
    visibility:
      v.mode === 'all'
        ? { mode: 'all', userIds: [], groupIds: [] }
        : { mode: 'selected', userIds: [...v.userIds], groupIds: [...v.groupIds] },
    config: { ...connection.config },
    description: connection.description,
  };
}

/**
 * What OK would write to the list: the name and description trimmed, the configuration in canonical form,
 * and visibility members only when the mode is Angitte brukere + grupper.
 */
export function connectionFromDraft(saved: Connection, connector: ConnectorDef, draft: Draft): Connection {
  const v = draft.visibility;
  const visibility: Visibility =
    v.mode === 'all' ? { mode: 'all' } : { mode: 'selected', userIds: [...v.userIds], groupIds: [...v.groupIds] };
  return {
    id: saved.id,
    name: draft.name.trim(),
    connectorId: saved.connectorId,
    active: draft.active,
    visibility,
    config: canonicalConfig(connector, draft.config),
    description: draft.description.trim(),
  };
}

function sameMembers(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');
}

function sameVisibility(a: Visibility, b: Visibility): boolean {
  if (a.mode === 'all' || b.mode === 'all') return a.mode === b.mode;
  return sameMembers(a.userIds, b.userIds) && sameMembers(a.groupIds, b.groupIds);
}

/** Whether two saved connections are the same to the user (member order and stray spaces do not count). */
export function sameConnection(connector: ConnectorDef, a: Connection, b: Connection): boolean {
  const ca = canonicalConfig(connector, a.config);
  const cb = canonicalConfig(connector, b.config);
  return (
    a.id === b.id &&
    a.name.trim() === b.name.trim() &&
    a.active === b.active &&
    a.description.trim() === b.description.trim() &&
    sameVisibility(a.visibility, b.visibility) &&
    Object.keys(ca).every((key) => ca[key] === cb[key])
  );
}
