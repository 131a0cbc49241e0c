import {
  crmFieldsOf,
  duplicateValues,
  failing,
  fieldMapping,
  fieldSubject,
  holds,
  rule,
  offeredLists as listsOffered,
  openTool,
  rankOf,
  validateConnectorName,
  validateConnectorUrl,
  validateDefaultValue,
  DIRECTION_RULES,
  type ConnectorDef,
  type CrmField,
  type CrmList,
  type DefaultValue,
  type ErpActor,
  type ErpFieldDef,
  type ErpList,
  type FieldMapping,
  type ListItem,
  type Problem,
  type Rule,
  type RuleId,
  type ToolDialog,
} from '../domain/index.ts';
import { memoOn } from './memo.ts';
import type { SimulatorData } from './types.ts';

/**
 * Selectors of the Sync tab's other dialogs: the new Sync Connector, Angi synkroniseringsprioritet and the four
 * behind the lower-left buttons. As in selectors.ts, each asks a rule or reads state, and anything built is
 * memoised on the immutable state it reads.
 */
type S = SimulatorData;

// Legg til under Sync Connectors.

const connectorDialog = (s: S) => (s.sim.dialog?.kind === 'connector' ? s.sim.dialog : undefined);
export const newConnectorName = (s: S): string => connectorDialog(s)?.name ?? '';
export const newConnectorUrl = (s: S): string => connectorDialog(s)?.url ?? '';
const connectorProblems = memoOn((dialog: NonNullable<ReturnType<typeof connectorDialog>>) =>
  memoOn((listed: S['sim']['connectors']) => ({
    name: validateConnectorName(dialog.name, listed),
    url: validateConnectorUrl(dialog.url),
  })),
);
/** The message at Navn of the new Sync Connector. */
export const newConnectorNameError = (s: S): Problem | undefined => {
  const dialog = connectorDialog(s);
  return dialog && connectorProblems(dialog)(s.sim.connectors).name;
};
export const newConnectorUrlError = (s: S): Problem | undefined => {
  const dialog = connectorDialog(s);
  return dialog && connectorProblems(dialog)(s.sim.connectors).url;
};

// The lower-left dialogs.

/** The open lower-left dialog. */
export const toolDialog = (s: S): ToolDialog | undefined => openTool(s.sim, s)?.dialog;
/** The connector of the connection the lower-left dialog is open on. */
export const toolConnector = (s: S): ConnectorDef | undefined => openTool(s.sim, s)?.connector;
/** The name of the connection the lower-left dialog is open on, for its title. */
export const toolConnectionName = (s: S): string => openTool(s.sim, s)?.saved.name ?? '';
/** The actor tab (or the list) shown. */
export const toolTab = (s: S): string | null => toolDialog(s)?.tab ?? null;
/** The actors, one tab each: the connector's (an array of the scenario, so it never changes). */
export const toolActors = (s: S): readonly ErpActor[] => toolConnector(s)?.actors ?? NO_ACTORS;
const NO_ACTORS: readonly ErpActor[] = [];

/** The actor whose tab is shown. */
export const tabActor = (s: S): ErpActor | undefined => toolActors(s).find((a) => a.id === toolTab(s));
/** The SuperOffice fields the actor shown may be mapped to: its entity's. */
export const tabCrmFields = (s: S): readonly CrmField[] => {
  const actor = tabActor(s);
  return actor ? crmFieldsOf(s.scenario, actor) : NO_CRM_FIELDS;
};
const NO_CRM_FIELDS: readonly CrmField[] = [];
/** The SuperOffice entity of the actor shown, for the Synkroniser checkbox's label. */
export const tabEntity = (s: S) => {
  const actor = tabActor(s);
  return actor && s.scenario.crm.entities.find((e) => e.id === actor.entity);
};

// Tilordninger.

/** The Synkroniser checkbox of the actor shown. */
export const tabSynced = (s: S): boolean => {
  const dialog = toolDialog(s);
  return !!dialog?.tab && !!dialog.setup.actors[dialog.tab]?.sync;
};
/** One ERP field's mapping in the working copy (the same object until that field changes). */
export const mappingOf =
  (actor: string, field: string) =>
  (s: S): Readonly<FieldMapping> | undefined => {
    const dialog = toolDialog(s);
    return dialog && fieldMapping(dialog.setup, actor, field);
  };

/** Rule lists by their ids, so an equal list is the same array. */
const ruleLists = new Map<string, Rule[]>();
function sameRules(ids: RuleId[]): Rule[] {
  const key = ids.join(' ');
  let list = ruleLists.get(key);
  if (!list) ruleLists.set(key, (list = ids.map((id) => rule(id))));
  return list;
}

/** The rules that keep a field's direction buttons dimmed, with their explanations (empty: a direction can be chosen). */
export const directionBlockedBy =
  (actor: string, field: string) =>
  (s: S): Rule[] =>
    sameRules(failing(DIRECTION_RULES, s.sim, s, fieldSubject(actor, field)));

// Listetilordning.

const offered = memoOn((dialog: ToolDialog) =>
  memoOn((connector: ConnectorDef) => listsOffered(connector, dialog.setup)),
);
/** The lists Listetilordning offers (rule `list-needs-mapped-field`: a list field is mapped). */
export const offeredLists = (s: S): readonly ErpList[] => {
  const open = openTool(s.sim, s);
  return open?.dialog.kind === 'listetilordning' ? offered(open.dialog)(open.connector) : NO_LISTS;
};
const NO_LISTS: readonly ErpList[] = [];
/** Why Listetilordning offers no list (rule `list-needs-mapped-field`), while it offers none. */
export const noListsRule = (s: S): Rule | undefined =>
  toolDialog(s)?.kind === 'listetilordning' && offeredLists(s).length === 0
    ? rule('list-needs-mapped-field')
    : undefined;
const listPair = memoOn((erp: ErpList) => memoOn((crm: CrmList) => ({ erp, crm: crm.items })));
/** The list chosen, with the CRM list its values map to (the same object while the choice stays). */
export const chosenList = (s: S): { erp: ErpList; crm: readonly ListItem[] } | undefined => {
  const erp = offeredLists(s).find((l) => l.id === toolTab(s));
  const crm = erp && s.scenario.crm.lists.find((l) => l.id === erp.crmList);
  return erp && crm ? listPair(erp)(crm) : undefined;
};
/** The CRM value chosen for an ERP value (null: «(Ingen utvalg)»). */
export const listValue =
  (list: string, item: string) =>
  (s: S): string | null =>
    toolDialog(s)?.setup.lists[list]?.[item] ?? null;
const duplicatesOf = memoOn((items: Record<string, string>) => duplicateValues(items));
/** The ERP value's CRM value is also chosen for another ERP value of the list. */
export const listValueDuplicate =
  (list: string, item: string) =>
  (s: S): boolean => {
    const items = toolDialog(s)?.setup.lists[list];
    const value = items?.[item];
    return !!items && value !== undefined && duplicatesOf(items).has(value);
  };
/** How many ERP values of the list share a CRM value with another: the summary above the rows. */
export const listDuplicateCount = (s: S): number => {
  const list = toolTab(s);
  const items = list === null ? undefined : toolDialog(s)?.setup.lists[list];
  if (!items) return 0;
  const twice = duplicatesOf(items);
  return Object.values(items).filter((v) => twice.has(v)).length;
};

// Standardverdier.

const NO_DEFAULTS: readonly DefaultValue[] = [];
/** The defaults of the actor shown, in the order they were added. */
export const tabDefaults = (s: S): readonly DefaultValue[] => {
  const dialog = toolDialog(s);
  return (dialog?.tab ? dialog.setup.defaults[dialog.tab] : undefined) ?? NO_DEFAULTS;
};
/** Legg til standardverdi for synkronisering's working copy, while it is open. */
export const addingDefault = (s: S): DefaultValue | undefined => toolDialog(s)?.adding ?? undefined;
const freeFields = memoOn((actor: ErpActor) =>
  memoOn((defaults: readonly DefaultValue[]) => actor.fields.filter((f) => !defaults.some((d) => d.field === f.key))),
);
/** ERP-felt's choices: the actor's fields that have no default yet. */
export const defaultFieldChoices = (s: S): readonly ErpFieldDef[] => {
  const actor = tabActor(s);
  return actor ? freeFields(actor)(tabDefaults(s)) : NO_FIELDS;
};
const NO_FIELDS: readonly ErpFieldDef[] = [];
const valueProblems = memoOn((d: DefaultValue) => (d.fixed ? validateDefaultValue(d.value) : undefined));
/** The message at the value of Angi standardverdi. */
export const defaultValueError = (s: S): Problem | undefined => {
  const d = addingDefault(s);
  return d && valueProblems(d);
};

// Ranger felt and Angi synkroniseringsprioritet.

/** One row of a list Pil opp and Pil ned reorder. */
export interface OrderRow {
  id: string;
  label: string;
  labelEn: string;
  /** Ranger felt: the field is shown in the ERP tab (Vis i ERP-fane). Priority: the connection is active. */
  marked: boolean;
}

const rankRowsOf = memoOn((dialog: ToolDialog) =>
  memoOn((connector: ConnectorDef): OrderRow[] => {
    const actor = connector.actors.find((a) => a.id === dialog.tab);
    if (!actor) return [];
    const fields = new Map(actor.fields.map((f) => [f.key, f]));
    return rankOf(connector, dialog.setup, actor.id).map((key) => ({
      id: key,
      label: fields.get(key)!.label,
      labelEn: fields.get(key)!.labelEn,
      marked: fieldMapping(dialog.setup, actor.id, key).erpTab,
    }));
  }),
);
const priorityRowsOf = memoOn((order: string[]) =>
  memoOn((connections: S['sim']['connections']): OrderRow[] =>
    order.map((id) => {
      const c = connections.find((x) => x.id === id)!;
      return { id, label: c.name, labelEn: c.name, marked: c.active };
    }),
  ),
);
const NO_ROWS: readonly OrderRow[] = [];
/** The rows in their current order: the actor's fields (Ranger felt), or every connection (priority). */
export const orderRows = (s: S): readonly OrderRow[] => {
  const dialog = s.sim.dialog;
  if (dialog?.kind === 'priority') return priorityRowsOf(dialog.order)(s.sim.connections);
  const open = openTool(s.sim, s);
  return open?.dialog.kind === 'ranger-felt' ? rankRowsOf(open.dialog)(open.connector) : NO_ROWS;
};
/** The row selected for Pil opp and Pil ned. */
export const orderSelected = (s: S): string | null => {
  const dialog = s.sim.dialog;
  return dialog?.kind === 'priority' || dialog?.kind === 'ranger-felt' ? dialog.selected : null;
};
const moveIn = memoOn((latest: S['lastEvents']) =>
  memoOn((rows: readonly OrderRow[]) => {
    const moved = latest.find((e) => e.type === 'itemMoved');
    if (moved?.type !== 'itemMoved') return undefined;
    return { id: moved.id, position: rows.findIndex((r) => r.id === moved.id) + 1, count: rows.length };
  }),
);
/** The row the latest Pil opp or Pil ned moved, and where it is now (1-based), for the announcement. */
export const lastMove = (s: S): { id: string; position: number; count: number } | undefined =>
  moveIn(s.lastEvents)(orderRows(s));
/** Pil opp (`up`) or Pil ned (`down`) would move the selected row (rule `reorder-needs-room`). */
export const canMove =
  (direction: string) =>
  (s: S): boolean =>
    holds('reorder-needs-room', s.sim, s, direction);
