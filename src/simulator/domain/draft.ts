import type { Draft } from './state.ts';
import type { Connection } from './types.ts';

/**
 * The dialog's working copy of a saved connection. What OK makes of it again is in saved-connection.ts, which
 * only the dialog needs (opening the dialog is a command of the list, so this stays small).
 */
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
