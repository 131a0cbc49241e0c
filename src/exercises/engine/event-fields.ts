import type { SimEvent, SimEventType } from '../../simulator/domain/index.ts';

type FieldsOf<T extends SimEventType> = Exclude<keyof Extract<SimEvent, { type: T }>, 'type'>;

/**
 * Every event type and the properties an `{ event, where }` check may compare. The schema reads it to name
 * the known events and properties in its errors. Written out (the domain keeps event types as types only);
 * `satisfies` makes a new event type in events.ts a compile error here until it is listed.
 */
export const EVENT_FIELDS = {
  navigated: ['screen'],
  tabSelected: ['tab'],
  connectionSelected: ['connectionId'],
  dialogOpened: ['connectionId'],
  toolOpened: ['tool', 'connectionId'],
  featureOpened: ['feature'],
  fieldChanged: ['field', 'config'],
  connectorChosen: ['connectorId'],
  actorSelected: ['actor'],
  listSelected: ['list'],
  mappingChanged: ['actor', 'field', 'change', 'direction'],
  listItemChanged: ['list', 'item', 'crm'],
  defaultChanged: ['actor', 'change'],
  itemSelected: ['id'],
  itemMoved: ['id', 'direction'],
  activeChanged: ['active'],
  testStarted: ['token'],
  testPassed: [],
  testFailed: ['code', 'fieldKey'],
  saved: ['connectionId', 'active'],
  connectionAdded: ['connectionId'],
  connectorAdded: ['connectorId'],
  toolSaved: ['tool', 'connectionId'],
  savedInactive: ['connectionId'],
  cancelled: ['hadChanges'],
  reset: [],
  rejected: ['command', 'ruleIds', 'reason'],
} as const satisfies { [T in SimEventType]: ReadonlyArray<FieldsOf<T>> };

export const EVENT_TYPES = Object.keys(EVENT_FIELDS) as SimEventType[];
