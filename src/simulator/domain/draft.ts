import { canonicalConfig } from './config-snapshot.ts';
import { emptySetup, sameSetup } from './setup.ts';
import type { Draft } from './state.ts';
import type { Connection, ConnectorDef, Visibility } from './types.ts';

/** Angi ny ERP-kobling's fields as it opens: all empty, visible to everyone, not active. */
export function emptyDraft(): Draft {
  return {
    name: '',
    active: false,
    visibility: { mode: 'all', userIds: [], groupIds: [] },
    config: {},
    description: '',
  };
}

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
export function connectionFromDraft(
  saved: Pick<Connection, 'id' | 'setup'>,
  connector: ConnectorDef,
  draft: Draft,
): Connection {
  const v = draft.visibility;
  const visibility: Visibility =
    v.mode === 'all' ? { mode: 'all' } : { mode: 'selected', userIds: [...v.userIds], groupIds: [...v.groupIds] };
  return {
    id: saved.id,
    name: draft.name.trim(),
    connectorId: connector.id,
    active: draft.active,
    visibility,
    config: canonicalConfig(connector, draft.config),
    description: draft.description.trim(),
    setup: saved.setup,
  };
}

/** Letters a connection id may not hold, spelled the way a Norwegian writes them without æøå. */
const SPELLED: Readonly<Record<string, string>> = { æ: 'ae', ø: 'o', å: 'a' };

/**
 * The id a new connection gets: its name in lower case, letters and digits joined by dashes (`Nordlys – Tromsø`
 * becomes `nordlys-tromso`), with `-2`, `-3` … when the id is taken. Predictable, so an exercise can name the
 * connection its learner adds.
 */
export function newConnectionId(name: string, taken: readonly string[]): string {
  const base =
    name
      .trim()
      .toLowerCase()
      .replace(/[æøå]/g, (ch) => SPELLED[ch]!)
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'kobling';
  let id = base;
  for (let n = 2; taken.includes(id); n++) id = `${base}-${n}`;
  return id;
}

/** What OK in Angi ny ERP-kobling adds to the list: a new, inactive connection with nothing mapped yet. */
export function newConnection(id: string, connector: ConnectorDef, draft: Draft): Connection {
  return connectionFromDraft({ id, setup: emptySetup() }, connector, { ...draft, active: false });
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
    a.connectorId === b.connectorId &&
    a.name.trim() === b.name.trim() &&
    a.active === b.active &&
    a.description.trim() === b.description.trim() &&
    sameVisibility(a.visibility, b.visibility) &&
    Object.keys(ca).every((key) => ca[key] === cb[key]) &&
    sameSetup(connector, a.setup, b.setup)
  );
}
