import type {
  PersistedStateV0,
  PersistedStateV1,
  PersistedStateV2,
  PersistedStateV3,
} from '../../schemas/persisted-state.ts';
import {
  emptySetup,
  listedConnectors,
  SYNC_VIEW,
  START_VIEW,
  type Scenario,
  type Visibility,
} from '../domain/index.ts';
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
 * v2 -> v3: the Sync tab's dialogs joined the state. Version 2 had the scenario's Sync Connectors only, no
 * mappings and no priority, so the list and each connection's setup are the scenario's, the priority is the list
 * order, and an open dialog was Konfigurer ERP-kobling. (A connection the reader activated in version 2 whose
 * scenario mappings lack a direction no longer fits its rules; `merge` then starts over, with the notice.)
 */
function fromV2(v2: PersistedStateV2, scenario: Scenario): PersistedStateV3 {
  return {
    ...v2,
    connectors: listedConnectors(scenario),
    connections: v2.connections.map((c) => ({
      ...c,
      setup: scenario.connections.find((o) => o.id === c.id)?.setup ?? emptySetup(),
    })),
    priority: v2.connections.map((c) => c.id),
    dialog: v2.dialog && { kind: 'edit', ...v2.dialog },
  };
}

/**
 * zustand's `migrate` (with the scenario bound): called with the stored state when its version is not
 * PERSIST_VERSION. The storage has already checked that the state has the shape of its version (or made it
 * Unreadable), so each step only lifts one version to the next. A version without a step (a newer build's, or
 * nonsense) is unreadable, and the store starts over with a notice.
 */
export function migrate(stored: unknown, version: number, scenario: Scenario): PersistedStateV3 | Unreadable {
  if (isUnreadable(stored)) return stored;
  if (version === 0) return fromV2(fromV1(fromV0(stored as PersistedStateV0)), scenario);
  if (version === 1) return fromV2(fromV1(stored as PersistedStateV1), scenario);
  if (version === 2) return fromV2(stored as PersistedStateV2, scenario);
  return unreadable('unknown-version');
}
