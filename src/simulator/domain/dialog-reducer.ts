import type { Command } from './commands.ts';
import { reduceConnectionForm, saveConnectionForm } from './connection-reducer.ts';
import { reduceDefaults, saveDefault } from './defaults-reducer.ts';
import type { SimEvent } from './events.ts';
import { appAt, isToolId, openTool } from './lookup.ts';
import { reduceMappingTool } from './mapping-reducer.ts';
import { reduceReorder } from './reorder-reducer.ts';
import { reject, unchanged, type Result } from './result.ts';
import { holds, unmetOkConditions } from './rules.ts';
import { dialogScope, type SimContext, type SimState } from './state.ts';

/** The dialogs with a tab per ERP actor. */
const ACTOR_TABS = new Set(['tilordninger', 'standardverdier', 'ranger-felt']);

/** OK once its conditions hold: what each dialog saves. */
function save(state: SimState, ctx: SimContext): Result {
  const dialog = state.dialog!;
  switch (dialog.kind) {
    case 'edit':
    case 'add':
      return saveConnectionForm(state, ctx);
    case 'connector': {
      const app = appAt(ctx, dialog.url)!;
      const row = { id: app.id, name: dialog.name.trim(), url: dialog.url.trim() };
      return {
        state: { ...state, connectors: [...state.connectors, row], dialog: null },
        events: [{ type: 'connectorAdded', connectorId: app.id }],
      };
    }
    case 'priority':
      return {
        state: { ...state, priority: dialog.order, dialog: null },
        events: [{ type: 'toolSaved', tool: 'priority', connectionId: null }],
      };
    default: {
      const open = openTool(state, ctx)!;
      if (open.dialog.adding) return saveDefault(state, open);
      const connections = state.connections.map((c) =>
        c.id === open.saved.id ? { ...c, setup: open.dialog.setup } : c,
      );
      return {
        state: { ...state, connections, dialog: null },
        events: [{ type: 'toolSaved', tool: open.dialog.kind, connectionId: open.saved.id }],
      };
    }
  }
}

/** Avbryt and Esc: the innermost dialog closes, and nothing it held is kept. */
function cancel(state: SimState, ctx: SimContext): Result {
  const hadChanges = holds('cancel-discards', state, ctx);
  const dialog = state.dialog!;
  const events: SimEvent[] = [{ type: 'cancelled', hadChanges }];
  if (dialog.kind === 'standardverdier' && dialog.adding)
    return { state: { ...state, dialog: { ...dialog, adding: null } }, events };
  return { state: { ...state, dialog: null }, events };
}

/** The commands that act inside the open dialog, whichever it is. */
export function reduceDialog(state: SimState, command: Command, ctx: SimContext): Result {
  const dialog = state.dialog;
  if (!dialog) return command.type === 'finishTest' ? unchanged(state) : reject(state, command, 'dialog-closed');
  if (command.type === 'ok') {
    const unmet = unmetOkConditions(state, ctx);
    if (unmet.length)
      return reject(
        state,
        command,
        'rule',
        unmet.map((r) => r.id),
      );
    return save(state, ctx);
  }
  if (command.type === 'cancel') return cancel(state, ctx);
  switch (dialog.kind) {
    case 'edit':
    case 'add':
      return reduceConnectionForm(state, command, ctx);
    case 'connector':
      if (command.type !== 'setName' && command.type !== 'setUrl') return reject(state, command, 'not-applicable');
      if (command.value === dialog[command.type === 'setName' ? 'name' : 'url']) return unchanged(state);
      return {
        state: { ...state, dialog: { ...dialog, [command.type === 'setName' ? 'name' : 'url']: command.value } },
        events: [{ type: 'fieldChanged', field: command.type === 'setName' ? 'name' : 'url', config: false }],
      };
    case 'priority':
      return reduceReorder(state, command, ctx);
    default:
      break;
  }
  if (command.type === 'finishTest') return unchanged(state);
  const open = openTool(state, ctx);
  if (!open || !isToolId(dialog.kind)) return reject(state, command, 'not-applicable');
  // Legg til standardverdi for synkronisering is modal over Standardverdier.
  if (dialogScope(state) === 'standardverdi' && !command.type.startsWith('setDefault'))
    return reject(state, command, 'dialog-open');
  if (command.type === 'selectActor') {
    if (!ACTOR_TABS.has(open.dialog.kind) || !open.connector.actors.some((a) => a.id === command.actor))
      return reject(state, command, 'unknown-target');
    if (command.actor === open.dialog.tab) return unchanged(state);
    return {
      state: { ...state, dialog: { ...open.dialog, tab: command.actor, selected: null } },
      events: [{ type: 'actorSelected', actor: command.actor }],
    };
  }
  switch (open.dialog.kind) {
    case 'tilordninger':
    case 'listetilordning':
      return reduceMappingTool(state, command, ctx, open);
    case 'standardverdier':
      return reduceDefaults(state, command, open);
    default:
      return reduceReorder(state, command, ctx);
  }
}
