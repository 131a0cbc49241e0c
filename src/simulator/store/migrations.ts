import type { PersistedStateV0, PersistedStateV1, PersistedStateV2 } from '../../schemas/persisted-state.ts';
import { SYNC_VIEW, START_VIEW, type Visibility } from '../domain/index.ts';
import { isUnreadable, unreadable, type Unreadable } from './recovery.ts';

/** Version 0 knew one world only; its state belongs to the standard scenario. */
const V0_SCENARIO = 'standard';

/** v0 -> v1: English property names, visibility as a tagged union, values as text, no dialog yet, language nb. */
function fromV0(v0: PersistedStateV0): PersistedStateV1 {
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
function fromV1(v1: PersistedStateV1): PersistedStateV2 {
  return { ...v1, view: v1.selectedId !== null || v1.dialog ? SYNC_VIEW : START_VIEW };
}

/**
 * zustand's `migrate`: called with the stored state when its version is not PERSIST_VERSION. The storage has
 * already checked that the state has the shape of its version (or made it Unreadable), so each step only lifts
 * one version to the next. A version without a step (a newer build's, or nonsense) is unreadable, and the store
 * starts over with a notice.
 */
export function migrate(stored: unknown, version: number): PersistedStateV2 | Unreadable {
  if (isUnreadable(stored)) return stored;
  if (version === 0) return fromV1(fromV0(stored as PersistedStateV0));
  if (version === 1) return fromV1(stored as PersistedStateV1);
  return unreadable('unknown-version');
}
