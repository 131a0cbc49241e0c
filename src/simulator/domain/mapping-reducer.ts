import type { Command } from './commands.ts';
import type { SimEvent } from './events.ts';
import { openTool } from './lookup.ts';
import { reject, unchanged, type Result } from './result.ts';
import { failing, holds } from './rules.ts';
import { actorOf, actorSetup, directionBlocks, erpFieldOf, fieldMapping, fieldSubject } from './setup.ts';
import type { SimContext, SimState, ToolDialog } from './state.ts';
import type { ConnectionSetup, FieldMapping } from './types.ts';

type Open = NonNullable<ReturnType<typeof openTool>>;

/** The rules that dim a field's direction buttons. */
export const DIRECTION_RULES = [
  'direction-needs-crm-field',
  'direction-needs-syncable-field',
  'direction-needs-valid-crm-field',
] as const;

function withSetup(state: SimState, dialog: ToolDialog, setup: ConnectionSetup, event: SimEvent): Result {
  return { state: { ...state, dialog: { ...dialog, setup } }, events: [event] };
}

function withField(
  setup: ConnectionSetup,
  actor: string,
  field: string,
  patch: Partial<FieldMapping>,
): ConnectionSetup {
  const own = actorSetup(setup, actor);
  const mapping = { ...fieldMapping(setup, actor, field), ...patch };
  return { ...setup, actors: { ...setup.actors, [actor]: { ...own, fields: { ...own.fields, [field]: mapping } } } };
}

/**
 * Tilordninger: the actor's checkbox and, per ERP field, the SuperOffice field, the direction (only while the
 * three direction rules hold for the field), Vis i søk and Vis i ERP-fane. Choosing another SuperOffice field
 * clears a direction the new field cannot have, so a stored direction is always one the buttons allow.
 */
function reduceMappings(state: SimState, command: Command, ctx: SimContext, open: Open): Result {
  const { dialog, connector } = open;
  const { setup } = dialog;
  if (!('actor' in command) || !actorOf(connector, command.actor)) return reject(state, command, 'unknown-target');
  const { actor } = command;
  if (command.type === 'setActorSync') {
    if (command.value === actorSetup(setup, actor).sync) return unchanged(state);
    const next = {
      ...setup,
      actors: { ...setup.actors, [actor]: { ...actorSetup(setup, actor), sync: command.value } },
    };
    return withSetup(state, dialog, next, { type: 'mappingChanged', actor, field: null, change: 'sync' });
  }
  if (!('field' in command) || !erpFieldOf(connector, actor, command.field))
    return reject(state, command, 'unknown-target');
  const { field } = command;
  const current = fieldMapping(setup, actor, field);
  const event = (
    change: 'crm' | 'direction' | 'search' | 'erpTab',
    direction?: FieldMapping['direction'],
  ): SimEvent => ({
    type: 'mappingChanged',
    actor,
    field,
    change,
    ...(direction !== undefined ? { direction } : {}),
  });
  switch (command.type) {
    case 'setCrmField': {
      const entity = ctx.scenario.crm.entities.find((e) => e.id === actorOf(connector, actor)!.entity);
      if (command.crm !== null && !entity?.fields.some((f) => f.key === command.crm))
        return reject(state, command, 'unknown-target');
      if (command.crm === current.crm) return unchanged(state);
      const mapped = withField(setup, actor, field, { crm: command.crm });
      const free = directionBlocks(ctx.scenario, connector, mapped, actor, field).length === 0;
      const next = free ? mapped : withField(mapped, actor, field, { direction: null });
      return withSetup(state, dialog, next, event('crm'));
    }
    case 'setDirection': {
      if (command.direction !== null) {
        const refused = failing(DIRECTION_RULES, state, ctx, fieldSubject(actor, field));
        if (refused.length) return reject(state, command, 'rule', refused);
      }
      if (command.direction === current.direction) return unchanged(state);
      return withSetup(
        state,
        dialog,
        withField(setup, actor, field, { direction: command.direction }),
        event('direction', command.direction),
      );
    }
    case 'setFieldFlag':
      if (command.value === current[command.flag]) return unchanged(state);
      return withSetup(
        state,
        dialog,
        withField(setup, actor, field, { [command.flag]: command.value }),
        event(command.flag),
      );
    default:
      return reject(state, command, 'not-applicable');
  }
}

/** Listetilordning: the list chosen, and per ERP value its CRM value or «(Ingen utvalg)». */
function reduceLists(state: SimState, command: Command, ctx: SimContext, open: Open): Result {
  const { dialog, connector } = open;
  if (command.type !== 'selectList' && command.type !== 'setListItem') return reject(state, command, 'not-applicable');
  const list = connector.lists.find((l) => l.id === command.list);
  if (!list) return reject(state, command, 'unknown-target');
  if (!holds('list-needs-mapped-field', state, ctx, list.id))
    return reject(state, command, 'rule', ['list-needs-mapped-field']);
  if (command.type === 'selectList') {
    if (dialog.tab === list.id) return unchanged(state);
    return {
      state: { ...state, dialog: { ...dialog, tab: list.id } },
      events: [{ type: 'listSelected', list: list.id }],
    };
  }
  const crmList = ctx.scenario.crm.lists.find((l) => l.id === list.crmList);
  if (!list.items.some((i) => i.id === command.item)) return reject(state, command, 'unknown-target');
  if (command.crm !== null && !crmList?.items.some((i) => i.id === command.crm))
    return reject(state, command, 'unknown-target');
  const items = { ...dialog.setup.lists[list.id] };
  if ((items[command.item] ?? null) === command.crm) return unchanged(state);
  if (command.crm === null) delete items[command.item];
  else items[command.item] = command.crm;
  const setup = { ...dialog.setup, lists: { ...dialog.setup.lists, [list.id]: items } };
  return withSetup(state, dialog, setup, {
    type: 'listItemChanged',
    list: list.id,
    item: command.item,
    crm: command.crm,
  });
}

/** The commands inside Tilordninger and Listetilordning. */
export function reduceMappingTool(state: SimState, command: Command, ctx: SimContext, open: Open): Result {
  return open.dialog.kind === 'listetilordning'
    ? reduceLists(state, command, ctx, open)
    : reduceMappings(state, command, ctx, open);
}
