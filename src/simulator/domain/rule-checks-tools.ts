import { appAt, openTool } from './lookup.ts';
import type { Check } from './rule-checks.ts';
import {
  defaultFixedHasValue,
  defaultHasChoice,
  defaultRequiredHasSource,
  directionBlocks,
  listsWithDuplicates,
  offeredLists,
  parseFieldSubject,
  rankOf,
  sameSetup,
  type DirectionBlock,
} from './setup.ts';
import type { SimContext, SimState } from './state.ts';
import type { DefaultValue } from './types.ts';
import { validateConnectorName, validateConnectorUrl } from './validation.ts';

/**
 * The predicates of the rules in the new Sync Connector's dialog and the dialogs behind the lower-left buttons.
 * Like rule-checks.ts, only rules.ts imports this module.
 */

const connectorDialog = (state: SimState) => (state.dialog?.kind === 'connector' ? state.dialog : undefined);

/** The new Sync Connector's name is valid and not the name of a connector in the list. */
export const connectorNameValid: Check = (state) => {
  const dialog = connectorDialog(state);
  return !!dialog && validateConnectorName(dialog.name, state.connectors) === undefined;
};

export const connectorUrlValid: Check = (state) => {
  const dialog = connectorDialog(state);
  return !!dialog && validateConnectorUrl(dialog.url) === undefined;
};

/**
 * A sync app that is not yet in the list answers at the URL. Holds while the URL itself is not valid, which
 * `connector-needs-url` reports: an address that is not one cannot be asked.
 */
export const connectorAppFound: Check = (state, ctx) => {
  const dialog = connectorDialog(state);
  if (!dialog) return false;
  if (validateConnectorUrl(dialog.url)) return true;
  const app = appAt(ctx, dialog.url);
  return !!app && !state.connectors.some((c) => c.id === app.id);
};

/** Tilordninger is open and the field a rule is asked about is not dimmed for `block`. */
function directionFree(block: DirectionBlock): Check {
  return (state, ctx, subject) => {
    const tool = openTool(state, ctx);
    const target = parseFieldSubject(subject);
    if (tool?.dialog.kind !== 'tilordninger' || !target) return false;
    return !directionBlocks(ctx.scenario, tool.connector, tool.dialog.setup, target.actor, target.field).includes(
      block,
    );
  };
}
export const directionHasCrmField = directionFree('no-crm-field');
export const directionSyncable = directionFree('no-sync');
export const directionCrmFieldValid = directionFree('invalid-crm-field');

/** Listetilordning offers the list a rule is asked about: a list field using it is mapped in Tilordninger. */
export const listOffered: Check = (state, ctx, subject) => {
  const tool = openTool(state, ctx);
  return (
    tool?.dialog.kind === 'listetilordning' &&
    offeredLists(tool.connector, tool.dialog.setup).some((l) => l.id === subject)
  );
};

/** No CRM value is chosen for two ERP values of one list. */
export const listsWithoutDuplicates: Check = (state, ctx) => {
  const tool = openTool(state, ctx);
  return tool?.dialog.kind === 'listetilordning' && listsWithDuplicates(tool.dialog.setup).length === 0;
};

/** Legg til standardverdi for synkronisering, with the actor it adds a default to. */
function adding(state: SimState, ctx: SimContext) {
  const tool = openTool(state, ctx);
  const draft = tool?.dialog.adding;
  return tool && draft && tool.dialog.tab !== null ? { ...tool, draft, actor: tool.dialog.tab } : undefined;
}

/** ERP-felt is one of the actor's fields, and that field has no default yet. */
export const defaultHasField: Check = (state, ctx) => {
  const open = adding(state, ctx);
  if (!open) return false;
  const { connector, dialog, draft, actor } = open;
  const known = connector.actors.find((a) => a.id === actor)?.fields.some((f) => f.key === draft.field);
  return !!known && !(dialog.setup.defaults[actor] ?? []).some((d) => d.field === draft.field);
};

/** One of the default's own predicates (setup.ts), asked of the default being added. */
function newDefault(predicate: (d: DefaultValue) => boolean): Check {
  return (state, ctx) => {
    const draft = adding(state, ctx)?.draft;
    return !!draft && predicate(draft);
  };
}
export const defaultChoiceMade = newDefault(defaultHasChoice);
export const defaultRequiredSourced = newDefault(defaultRequiredHasSource);
export const defaultFixedValued = newDefault(defaultFixedHasValue);

/** The order Pil opp and Pil ned act on, and the row selected in it. */
function reorderable(state: SimState, ctx: SimContext): { order: string[]; selected: string | null } | undefined {
  const dialog = state.dialog;
  if (dialog?.kind === 'priority') return { order: dialog.order, selected: dialog.selected };
  const tool = openTool(state, ctx);
  if (tool?.dialog.kind !== 'ranger-felt' || tool.dialog.tab === null) return undefined;
  return { order: rankOf(tool.connector, tool.dialog.setup, tool.dialog.tab), selected: tool.dialog.selected };
}

/** A row is selected and is not already first (`subject` up) or last (`down`). */
export const reorderHasRoom: Check = (state, ctx, subject) => {
  const list = reorderable(state, ctx);
  const at = list?.selected === null || !list ? -1 : list.order.indexOf(list.selected);
  if (!list || at === -1) return false;
  return subject === 'up' ? at > 0 : subject === 'down' && at < list.order.length - 1;
};

/** Fullført or Lagre would change the connection's setup or the priority; the Legg til standardverdi form is filled in. */
export const toolChanged: Check = (state, ctx) => {
  const dialog = state.dialog;
  if (dialog?.kind === 'connector') return dialog.name.trim() !== '' || dialog.url.trim() !== '';
  if (dialog?.kind === 'priority') return dialog.order.join('\n') !== state.priority.join('\n');
  const tool = openTool(state, ctx);
  if (!tool) return false;
  const { adding: draft } = tool.dialog;
  if (draft) return draft.field !== '' || draft.fixed || draft.ask || draft.required || draft.value !== '';
  return !sameSetup(tool.connector, tool.saved.setup, tool.dialog.setup);
};
