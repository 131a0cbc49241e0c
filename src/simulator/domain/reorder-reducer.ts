import type { Command } from './commands.ts';
import { openTool } from './lookup.ts';
import { reject, unchanged, type Result } from './result.ts';
import { holds } from './rules.ts';
import { moved, rankOf } from './setup.ts';
import type { PriorityDialog, SimContext, SimState, ToolDialog } from './state.ts';

/**
 * Ranger felt (the actor's fields in the ERP tab) and Angi synkroniseringsprioritet (every connection): select a
 * row, then Pil opp or Pil ned moves it one place while rule `reorder-needs-room` allows.
 */
export function reduceReorder(state: SimState, command: Command, ctx: SimContext): Result {
  const dialog = state.dialog as ToolDialog | PriorityDialog;
  const tool = dialog.kind === 'ranger-felt' ? openTool(state, ctx) : undefined;
  const order =
    dialog.kind === 'priority'
      ? dialog.order
      : tool && dialog.tab !== null
        ? rankOf(tool.connector, tool.dialog.setup, dialog.tab)
        : [];
  const place = (next: string[], selected: string | null) =>
    dialog.kind === 'priority'
      ? { ...dialog, order: next, selected }
      : { ...dialog, selected, setup: { ...dialog.setup, rank: { ...dialog.setup.rank, [dialog.tab!]: next } } };

  switch (command.type) {
    case 'selectItem':
      if (!order.includes(command.id)) return reject(state, command, 'unknown-target');
      if (command.id === dialog.selected) return unchanged(state);
      return {
        state: { ...state, dialog: { ...dialog, selected: command.id } },
        events: [{ type: 'itemSelected', id: command.id }],
      };
    case 'moveItem': {
      if (!holds('reorder-needs-room', state, ctx, command.direction))
        return reject(state, command, 'rule', ['reorder-needs-room']);
      const id = dialog.selected!;
      return {
        state: { ...state, dialog: place(moved(order, id, command.direction), id) },
        events: [{ type: 'itemMoved', id, direction: command.direction }],
      };
    }
    default:
      return reject(state, command, 'not-applicable');
  }
}
