import type { PersistedStateV1, PersistedStateV2 } from '../../schemas/persisted-state.ts';
import { SYNC_VIEW, START_VIEW, type Visibility } from '../domain/index.ts';
import { isUnreadable, unreadable, type Unreadable } from './recovery.ts';
import type * as StoredChecks from './stored-checks.ts';

/** Version 0 knew one world only; its state belongs to the standard scenario. */
const V0_SCENARIO = 'standard';

/** v0 -> v1: English property names, visibility as a tagged union, values as text, no dialog yet, language nb. */
function fromV0(stored: unknown, checks: typeof StoredChecks): PersistedStateV1 | Unreadable {
  const parsed = checks.persistedStateV0.safeParse(stored);
  if (!parsed.success) return unreadable('foreign-shape');
  const v0 = parsed.data;
  return {
    scenarioId: V0_SCENARIO,
    connections: v0.connections.map((c) => {
      const visibility: Visibility =
        c.synlighet === 'alle'
          ? { mode: 'all' }
          : { mode: 'selected', userIds: c.synlighet.brukere, groupIds: c.synlighet.grupper };
      return {
        id: c.id,
        name: c.navn,
        connectorId: c.connector,
        active: c.aktiv,
        visibility,
        config: Object.fromEntries(Object.entries(c.konfig).map(([k, v]) => [k, String(v)])),
        description: c.beskrivelse ?? '',
      };
    }),
    selectedId: v0.selected,
    dialog: null,
    nextToken: 1,
    lang: 'nb',
  };
}

/**
 * v1 -> v2: the navigator joined the state. Version 1 had no screens, only the list, so a user who had
 * selected a connection or opened the dialog was on the Sync tab; anyone else starts where the client opens.
 */
function fromV1(stored: unknown, checks: typeof StoredChecks): PersistedStateV2 | Unreadable {
  const parsed = checks.persistedStateV1.safeParse(stored);
  if (!parsed.success) return unreadable('foreign-shape');
  const v1 = parsed.data;
  return { ...v1, view: v1.selectedId !== null || v1.dialog ? SYNC_VIEW : START_VIEW };
}

/**
 * zustand's `migrate`: called with the stored state when its version is not PERSIST_VERSION (declared in
 * persist-version.ts), once the stored checks are loaded. A version it has no step for (a newer build's, or
 * nonsense) is unreadable, and the store starts over with a notice.
 */
export function migrate(stored: unknown, version: number, checks: typeof StoredChecks): PersistedStateV2 | Unreadable {
  if (version === 0) {
    const v1 = fromV0(stored, checks);
    return isUnreadable(v1) ? v1 : fromV1(v1, checks);
  }
  if (version === 1) return fromV1(stored, checks);
  return unreadable('unknown-version');
}
