import * as z from 'zod/mini';
import { TOOLS } from '../simulator/domain/commands.ts';
import { SCREENS, TABS } from '../simulator/domain/navigation.ts';

/**
 * The simulator's state as stored in localStorage. Parsed with zod/mini because it runs in the browser island
 * (the full zod would cost most of the island's budget). Only shapes are checked here; whether the state fits
 * the scenario (ids, fields, members) is the domain's `stateProblems`.
 */

const ids = z.array(z.string());
const config = z.record(z.string(), z.string());
const visibility = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('all') }),
  z.object({ mode: z.literal('selected'), userIds: ids, groupIds: ids }),
]);

const connection = z.object({
  id: z.string(),
  name: z.string(),
  connectorId: z.string(),
  active: z.boolean(),
  visibility,
  config,
  description: z.string(),
});

/** A stored failure is shown as a message with a link, so its key and link are held to what the domain makes. */
const failure = z.object({
  code: z.enum([
    'missing-field',
    'invalid-value',
    'server-unreachable',
    'unknown-client',
    'credentials-rejected',
    'path-not-found',
  ]),
  fieldKey: z.string(),
  messageKey: z.string().check(z.regex(/^sim\.test\.error\.[a-z-]+$/)),
  params: z.record(z.string(), z.string()),
  // Same-site paths only: a tampered value must never become a javascript: or off-site link.
  href: z.string().check(z.regex(/^\/(?!\/)[^\s]*$/)),
});

const test = z.discriminatedUnion('status', [
  z.object({ status: z.literal('idle') }),
  z.object({ status: z.literal('running'), token: z.int(), config }),
  z.object({ status: z.literal('passed'), snapshot: z.string() }),
  z.object({ status: z.literal('failed'), snapshot: z.string(), failure }),
]);

const dialog = z.object({
  connectionId: z.string(),
  draft: z.object({
    name: z.string(),
    active: z.boolean(),
    visibility: z.object({ mode: z.enum(['all', 'selected']), userIds: ids, groupIds: ids }),
    config,
    description: z.string(),
  }),
  test,
});

/** Version 1: the simulation (connections, selection, open dialog with its test) and the language. Read only by `migrate`. */
export const persistedStateV1 = z.object({
  scenarioId: z.string(),
  connections: z.array(connection),
  selectedId: z.nullable(z.string()),
  dialog: z.nullable(dialog),
  nextToken: z.int(),
  // `pseudo` is the translators' pseudo-locale; allowing it changes no stored value, so the version stays.
  lang: z.enum(['nb', 'en', 'pseudo']),
});
export type PersistedStateV1 = z.infer<typeof persistedStateV1>;

/** Version 2: version 1 and where the user is in the admin client (navigator entry and tab). */
export const persistedStateV2 = z.extend(persistedStateV1, {
  view: z.object({ screen: z.enum(SCREENS), tab: z.enum(TABS) }),
});
export type PersistedStateV2 = z.infer<typeof persistedStateV2>;

const fieldMapping = z.object({
  crm: z.nullable(z.string()),
  direction: z.nullable(z.enum(['to-crm', 'to-erp', 'both'])),
  search: z.boolean(),
  erpTab: z.boolean(),
});
const defaultValue = z.object({
  field: z.string(),
  fixed: z.boolean(),
  value: z.string(),
  ask: z.boolean(),
  required: z.boolean(),
});
const setup = z.object({
  actors: z.record(z.string(), z.object({ sync: z.boolean(), fields: z.record(z.string(), fieldMapping) })),
  lists: z.record(z.string(), z.record(z.string(), z.string())),
  defaults: z.record(z.string(), z.array(defaultValue)),
  rank: z.record(z.string(), ids),
});
const draft = dialog.shape.draft;
const dialogV3 = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('edit'), connectionId: z.string(), draft, test }),
  z.object({ kind: z.literal('add'), connectorId: z.nullable(z.string()), draft, test }),
  z.object({ kind: z.literal('connector'), name: z.string(), url: z.string() }),
  z.object({ kind: z.literal('priority'), order: ids, selected: z.nullable(z.string()) }),
  z.object({
    kind: z.enum(TOOLS),
    connectionId: z.string(),
    tab: z.nullable(z.string()),
    setup,
    selected: z.nullable(z.string()),
    adding: z.nullable(defaultValue),
  }),
]);

/**
 * Version 3 (current): the Sync Connectors list, each connection's setup (mappings, list mappings, defaults, field
 * order), the priority order, and any of the Sync tab's dialogs open.
 */
export const persistedStateV3 = z.object({
  scenarioId: z.string(),
  view: persistedStateV2.shape.view,
  connectors: z.array(z.object({ id: z.string(), name: z.string(), url: z.string() })),
  connections: z.array(z.extend(connection, { setup })),
  priority: ids,
  selectedId: z.nullable(z.string()),
  dialog: z.nullable(dialogV3),
  nextToken: z.int(),
  lang: persistedStateV1.shape.lang,
});
export type PersistedStateV3 = z.infer<typeof persistedStateV3>;

/**
 * Version 0, the first prototype: Norwegian property names, only the list and the selection, one built-in
 * world. Kept so `migrate` can be tested against a real old snapshot (tests/fixtures/scenarios/stored-v0.json).
 */
export const persistedStateV0 = z.object({
  connections: z.array(
    z.object({
      id: z.string(),
      navn: z.string(),
      connector: z.string(),
      aktiv: z.boolean(),
      synlighet: z.union([z.literal('alle'), z.object({ brukere: ids, grupper: ids })]),
      konfig: z.record(z.string(), z.union([z.string(), z.number()])),
      beskrivelse: z.optional(z.string()),
    }),
  ),
  selected: z.nullable(z.string()),
});
export type PersistedStateV0 = z.infer<typeof persistedStateV0>;
