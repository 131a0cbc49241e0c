import type { Command } from './commands.ts';
import { openTool } from './lookup.ts';
import { reject, unchanged, type Result } from './result.ts';
import type { SimState, ToolDialog } from './state.ts';
import type { DefaultValue } from './types.ts';

type Open = NonNullable<ReturnType<typeof openTool>>;

/** Legg til standardverdi for synkronisering as it opens: no field and no choice yet. */
export function emptyDefault(): DefaultValue {
  return { field: '', fixed: false, value: '', ask: false, required: false };
}

function withDialog(state: SimState, dialog: ToolDialog, change: DefaultChange): Result {
  return { state: { ...state, dialog }, events: [{ type: 'defaultChanged', actor: dialog.tab ?? '', change }] };
}
type DefaultChange = Extract<Result['events'][number], { type: 'defaultChanged' }>['change'];

/**
 * Standardverdier: Legg til opens the inner dialog on the actor shown, whose choices are edited here; Fjern
 * removes a row. OK and Avbryt of the inner dialog are the dialog reducer's.
 */
export function reduceDefaults(state: SimState, command: Command, open: Open): Result {
  const { dialog, connector } = open;
  const actor = connector.actors.find((a) => a.id === dialog.tab);
  if (!actor) return reject(state, command, 'not-applicable');
  const draft = dialog.adding;
  switch (command.type) {
    case 'addDefault':
      if (draft) return reject(state, command, 'dialog-open');
      return withDialog(state, { ...dialog, adding: emptyDefault() }, 'opened');
    case 'removeDefault': {
      if (draft) return reject(state, command, 'dialog-open');
      const list = dialog.setup.defaults[actor.id] ?? [];
      if (!list.some((d) => d.field === command.field)) return reject(state, command, 'unknown-target');
      const defaults = { ...dialog.setup.defaults, [actor.id]: list.filter((d) => d.field !== command.field) };
      return withDialog(state, { ...dialog, setup: { ...dialog.setup, defaults } }, 'removed');
    }
    case 'setDefaultField':
      if (!draft) return reject(state, command, 'dialog-closed');
      if (!actor.fields.some((f) => f.key === command.field)) return reject(state, command, 'unknown-target');
      if (command.field === draft.field) return unchanged(state);
      return withDialog(state, { ...dialog, adding: { ...draft, field: command.field } }, 'field');
    case 'setDefaultOption':
      if (!draft) return reject(state, command, 'dialog-closed');
      if (command.value === draft[command.option]) return unchanged(state);
      return withDialog(state, { ...dialog, adding: { ...draft, [command.option]: command.value } }, command.option);
    case 'setDefaultValue':
      if (!draft) return reject(state, command, 'dialog-closed');
      if (command.value === draft.value) return unchanged(state);
      return withDialog(state, { ...dialog, adding: { ...draft, value: command.value } }, 'value');
    default:
      return reject(state, command, 'not-applicable');
  }
}

/** OK in Legg til standardverdi for synkronisering, once its conditions hold: the row joins the actor's list. */
export function saveDefault(state: SimState, open: Open): Result {
  const { dialog } = open;
  const actor = dialog.tab!;
  const draft = dialog.adding!;
  const added: DefaultValue = { ...draft, value: draft.fixed ? draft.value.trim() : '' };
  const defaults = { ...dialog.setup.defaults, [actor]: [...(dialog.setup.defaults[actor] ?? []), added] };
  return withDialog(state, { ...dialog, setup: { ...dialog.setup, defaults }, adding: null }, 'added');
}
