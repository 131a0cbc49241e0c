import type {
  ActorSetup,
  ConnectionSetup,
  ConnectorDef,
  CrmField,
  DefaultValue,
  Direction,
  ErpActor,
  ErpFieldDef,
  ErpList,
  FieldMapping,
  Scenario,
} from './types.ts';
import { validateDefaultValue } from './validation.ts';

/**
 * What the lower-left buttons configure, as pure functions over a connector, the scenario's CRM side and a
 * connection's setup. The rules ask these; the reducer keeps the setup consistent with them.
 */

/** The three directions, in the order the buttons show them: >, <, < >. */
export const DIRECTIONS = ['to-crm', 'to-erp', 'both'] as const satisfies readonly Direction[];

export function emptySetup(): ConnectionSetup {
  return { actors: {}, lists: {}, defaults: {}, rank: {} };
}

/** A field nobody has mapped yet. */
export const UNMAPPED: Readonly<FieldMapping> = { crm: null, direction: null, search: false, erpTab: false };
const OFF: Readonly<ActorSetup> = { sync: false, fields: {} };

export function actorOf(connector: ConnectorDef, actorId: string): ErpActor | undefined {
  return connector.actors.find((a) => a.id === actorId);
}

export function erpFieldOf(connector: ConnectorDef, actorId: string, key: string): ErpFieldDef | undefined {
  return actorOf(connector, actorId)?.fields.find((f) => f.key === key);
}

export function actorSetup(setup: ConnectionSetup, actorId: string): Readonly<ActorSetup> {
  return setup.actors[actorId] ?? OFF;
}

export function fieldMapping(setup: ConnectionSetup, actorId: string, key: string): Readonly<FieldMapping> {
  return actorSetup(setup, actorId).fields[key] ?? UNMAPPED;
}

/** The SuperOffice fields the field list of an actor offers: those of its entity. */
export function crmFieldsOf(scenario: Scenario, actor: ErpActor): CrmField[] {
  return scenario.crm.entities.find((e) => e.id === actor.entity)?.fields ?? [];
}

/** Whether a SuperOffice field may be mapped from this actor: it belongs to the actor's entity and admits it. */
export function crmFieldValidFor(scenario: Scenario, actor: ErpActor, crmKey: string): boolean {
  const field = crmFieldsOf(scenario, actor).find((f) => f.key === crmKey);
  return !!field && (!field.actors || field.actors.includes(actor.id));
}

/** A `actor/field` subject, as the per-field rules take it. */
export function fieldSubject(actorId: string, fieldKey: string): string {
  return `${actorId}/${fieldKey}`;
}

export function parseFieldSubject(subject: string | undefined): { actor: string; field: string } | undefined {
  const [actor, field, ...rest] = (subject ?? '').split('/');
  return actor && field && rest.length === 0 ? { actor, field } : undefined;
}

/**
 * Why a field's direction buttons are dimmed: each reason that applies (none: a direction can be chosen). The
 * three are separate rules, so a field can be dimmed for more than one.
 */
export type DirectionBlock = 'no-crm-field' | 'no-sync' | 'invalid-crm-field';

export function directionBlocks(
  scenario: Scenario,
  connector: ConnectorDef,
  setup: ConnectionSetup,
  actorId: string,
  fieldKey: string,
): DirectionBlock[] {
  const actor = actorOf(connector, actorId);
  const field = erpFieldOf(connector, actorId, fieldKey);
  if (!actor || !field) return ['no-crm-field'];
  const { crm } = fieldMapping(setup, actorId, fieldKey);
  const blocks: DirectionBlock[] = [];
  if (crm === null) blocks.push('no-crm-field');
  if (field.noSync) blocks.push('no-sync');
  if (crm !== null && !crmFieldValidFor(scenario, actor, crm)) blocks.push('invalid-crm-field');
  return blocks;
}

/** The required fields of synchronised actors that have no direction: what stops the connection being active. */
export function missingDirections(
  connector: ConnectorDef,
  setup: ConnectionSetup,
): Array<{ actor: string; field: string }> {
  return connector.actors.flatMap((actor) =>
    actorSetup(setup, actor.id).sync
      ? actor.fields
          .filter((f) => f.required && fieldMapping(setup, actor.id, f.key).direction === null)
          .map((f) => ({ actor: actor.id, field: f.key }))
      : [],
  );
}

/** The ERP lists Listetilordning offers: those with a list field that is mapped to a SuperOffice field. */
export function offeredLists(connector: ConnectorDef, setup: ConnectionSetup): ErpList[] {
  const mapped = new Set(
    connector.actors.flatMap((actor) =>
      actor.fields.filter((f) => f.list && fieldMapping(setup, actor.id, f.key).crm !== null).map((f) => f.list!),
    ),
  );
  return connector.lists.filter((l) => mapped.has(l.id));
}

/** The CRM values chosen for more than one ERP value of a list («(Ingen utvalg)» never counts). */
export function duplicateValues(items: Readonly<Record<string, string>>): Set<string> {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const crm of Object.values(items)) (seen.has(crm) ? twice : seen).add(crm);
  return twice;
}

/** Every list of the setup with its duplicates, for the rule that Lagre needs none. */
export function listsWithDuplicates(setup: ConnectionSetup): string[] {
  return Object.entries(setup.lists)
    .filter(([, items]) => duplicateValues(items).size > 0)
    .map(([id]) => id);
}

/** A default makes at least one of the three choices. */
export function defaultHasChoice(d: DefaultValue): boolean {
  return d.fixed || d.ask || d.required;
}

/** Påkrevd comes with Angi standardverdi or Spør bruker om verdi. */
export function defaultRequiredHasSource(d: DefaultValue): boolean {
  return !d.required || d.fixed || d.ask;
}

/** Angi standardverdi comes with a value. */
export function defaultFixedHasValue(d: DefaultValue): boolean {
  return !d.fixed || validateDefaultValue(d.value) === undefined;
}

/** An actor's fields in the order Ranger felt shows them: the stored order, then any field it lacks. */
export function rankOf(connector: ConnectorDef, setup: ConnectionSetup, actorId: string): string[] {
  const keys = actorOf(connector, actorId)?.fields.map((f) => f.key) ?? [];
  const stored = (setup.rank[actorId] ?? []).filter((k) => keys.includes(k));
  return [...stored, ...keys.filter((k) => !stored.includes(k))];
}

/** Moves `id` one place up or down in `order`; unchanged when it is not there or already at that end. */
export function moved(order: readonly string[], id: string, direction: 'up' | 'down'): string[] {
  const from = order.indexOf(id);
  const to = direction === 'up' ? from - 1 : from + 1;
  if (from === -1 || to < 0 || to >= order.length) return [...order];
  const next = [...order];
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}

/**
 * The setup with every start value left out and keys in a fixed order, so two setups a user cannot tell apart
 * compare equal (as text), whatever order they were made in.
 */
export function canonicalSetup(connector: ConnectorDef, setup: ConnectionSetup): ConnectionSetup {
  const actors: Record<string, ActorSetup> = {};
  const defaults: Record<string, DefaultValue[]> = {};
  const rank: Record<string, string[]> = {};
  for (const actor of connector.actors) {
    const own = actorSetup(setup, actor.id);
    const fields: Record<string, FieldMapping> = {};
    for (const f of actor.fields) {
      const m = fieldMapping(setup, actor.id, f.key);
      if (m.crm !== null || m.direction !== null || m.search || m.erpTab) fields[f.key] = { ...m };
    }
    if (own.sync || Object.keys(fields).length) actors[actor.id] = { sync: own.sync, fields };
    const ownDefaults = setup.defaults[actor.id] ?? [];
    if (ownDefaults.length) defaults[actor.id] = ownDefaults.map((d) => ({ ...d, value: d.fixed ? d.value : '' }));
    const order = rankOf(connector, setup, actor.id);
    if (order.join('\n') !== actor.fields.map((f) => f.key).join('\n')) rank[actor.id] = order;
  }
  const lists: Record<string, Record<string, string>> = {};
  for (const list of connector.lists) {
    const items = Object.fromEntries(
      list.items.flatMap((i) => (setup.lists[list.id]?.[i.id] ? [[i.id, setup.lists[list.id]![i.id]!]] : [])),
    );
    if (Object.keys(items).length) lists[list.id] = items;
  }
  return { actors, lists, defaults, rank };
}

export function sameSetup(connector: ConnectorDef, a: ConnectionSetup, b: ConnectionSetup): boolean {
  return JSON.stringify(canonicalSetup(connector, a)) === JSON.stringify(canonicalSetup(connector, b));
}
