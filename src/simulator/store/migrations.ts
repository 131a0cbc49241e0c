import { persistedStateV0, type PersistedStateV1 } from '../../schemas/persisted-state.ts';
import type { Visibility } from '../domain/index.ts';
import { unreadable, type Unreadable } from './recovery.ts';

/** The version the store writes. Bump it, and add a step below, whenever the stored shape changes. */
export const PERSIST_VERSION = 1;

/** Version 0 knew one world only; its state belongs to the standard scenario. */
const V0_SCENARIO = 'standard';

/** v0 -> v1: English property names, visibility as a tagged union, values as text, no dialog yet, language nb. */
function fromV0(stored: unknown): PersistedStateV1 | Unreadable {
  const parsed = persistedStateV0.safeParse(stored);
  if (!parsed.success) return unreadable('foreign-shape');
  const v0 = parsed.data;
  return {
    scenarioId: V0_SCENARIO,
    connections: v0.connections.map((c) => {
      const visibility: Visibility =
        c.synlighet === 'alle' ? { mode: 'all' } : { mode: 'selected', userIds: c.synlighet.brukere, groupIds: c.synlighet.grupper };
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
 * zustand's `migrate`: called with the stored state when its version is not PERSIST_VERSION. A version it has
 * no step for (a newer build's, or nonsense) is unreadable, and the store starts over with a notice.
 */
export function migrate(stored: unknown, version: number): PersistedStateV1 | Unreadable {
  if (version === 0) return fromV0(stored);
  return unreadable('unknown-version');
}
