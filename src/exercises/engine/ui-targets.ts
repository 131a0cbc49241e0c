import { FEATURES, SCREENS, TABS, TOOLS } from '../../simulator/domain/index.ts';

/**
 * The controls an exercise can point at. The simulator's UI marks each with `data-sim-target="<id>"`; Veiledet
 * outlines the current step's target and Vis meg the control each demo command acts on. Built from the
 * domain's lists, so a new navigator entry, tab, tool or feature gets its target without an edit here.
 */
export const UI_TARGETS = [
  ...SCREENS.map((screen) => `navigator.${screen}` as const),
  ...TABS.map((tab) => `tab.${tab}` as const),
  'button.konfigurer',
  ...TOOLS.map((tool) => `button.${tool}` as const),
  ...FEATURES.map((feature) => `button.${feature}` as const),
  'notice.dismiss',
  'dialog.name',
  'dialog.description',
  'dialog.active',
  'dialog.visibility.all',
  'dialog.visibility.selected',
  /** The button that opens Velg brukere og grupper. */
  'dialog.members',
  'dialog.test',
  /** OK, Fullført or Lagre of the open dialog, and its Avbryt. */
  'dialog.ok',
  'dialog.cancel',
  /** Angi ny ERP-kobling's Sync Connector. */
  'dialog.connector',
  /** The new Sync Connector's Navn and URL. */
  'connector.name',
  'connector.url',
  /** Synkroniser ERP «aktør» med SuperOffice «enhet» in Tilordninger. */
  'mapping.sync',
  /** The list chooser of Listetilordning. */
  'list.choose',
  /** Standardverdier's Legg til, and Legg til standardverdi for synkronisering's controls. */
  'default.add',
  'default.field',
  'default.fixed',
  'default.value',
  'default.ask',
  'default.required',
  'default.ok',
  'default.cancel',
  /** Pil opp and Pil ned (Ranger felt, Angi synkroniseringsprioritet). */
  'order.up',
  'order.down',
] as const;

export type FixedUiTarget = (typeof UI_TARGETS)[number];

/**
 * Targets with an id in them: a row of ERP-koblinger, a configuration field, a checkbox in Velg brukere og
 * grupper (`dialog.member:user:ingrid`, `dialog.member:group:okonomi`), an actor's tab, an ERP field's controls
 * in Tilordninger (`mapping.direction:kunde/navn/both`), an ERP value in Listetilordning, a default's Fjern and
 * a row of Ranger felt or Angi synkroniseringsprioritet.
 */
export const UI_TARGET_PATTERNS = [
  'connection-row:<connectionId>',
  'dialog.field:<fieldKey>',
  'dialog.member:<user|group>:<id>',
  'tool.tab:<actor>',
  'mapping.crm:<actor>/<field>',
  'mapping.direction:<actor>/<field>/<to-crm|to-erp|both>',
  'mapping.search:<actor>/<field>',
  'mapping.erpTab:<actor>/<field>',
  'list.item:<list>/<item>',
  'default.remove:<field>',
  'order.item:<id>',
] as const;

export type UiTarget =
  | FixedUiTarget
  | `connection-row:${string}`
  | `dialog.field:${string}`
  | `dialog.member:user:${string}`
  | `dialog.member:group:${string}`
  | `tool.tab:${string}`
  | `mapping.${'crm' | 'search' | 'erpTab'}:${string}/${string}`
  | `mapping.direction:${string}/${string}/${string}`
  | `list.item:${string}/${string}`
  | `default.remove:${string}`
  | `order.item:${string}`;

const fixed: ReadonlySet<string> = new Set(UI_TARGETS);
const ID = '[a-z0-9][a-z0-9.-]*';
const KEY = '[a-z][a-zA-Z0-9]*';
/** A row of Ranger felt is a field key, a row of the priority a connection id. */
const ROW = '[a-zA-Z0-9][a-zA-Z0-9.-]*';
const patterned = new RegExp(
  `^(connection-row:${ID}|dialog\\.field:${KEY}|dialog\\.member:(user|group):${ID}|tool\\.tab:${ID}|` +
    `mapping\\.(crm|search|erpTab):${ID}/${KEY}|mapping\\.direction:${ID}/${KEY}/(to-crm|to-erp|both)|` +
    `list\\.item:${ID}/${ID}|default\\.remove:${KEY}|order\\.item:${ROW})$`,
);

export function isUiTarget(value: string): value is UiTarget {
  return fixed.has(value) || patterned.test(value);
}
