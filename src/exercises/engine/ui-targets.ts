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
  'dialog.ok',
  'dialog.cancel',
] as const;

export type FixedUiTarget = (typeof UI_TARGETS)[number];

/**
 * Targets with an id in them: a row of ERP-koblinger, a configuration field, a checkbox in Velg brukere og
 * grupper (`dialog.member:user:ingrid`, `dialog.member:group:okonomi`).
 */
export const UI_TARGET_PATTERNS = [
  'connection-row:<connectionId>',
  'dialog.field:<fieldKey>',
  'dialog.member:<user|group>:<id>',
] as const;

export type UiTarget =
  | FixedUiTarget
  | `connection-row:${string}`
  | `dialog.field:${string}`
  | `dialog.member:user:${string}`
  | `dialog.member:group:${string}`;

const fixed: ReadonlySet<string> = new Set(UI_TARGETS);
const patterned =
  /^(connection-row:[a-z0-9][a-z0-9.-]*|dialog\.field:[a-z][a-zA-Z0-9]*|dialog\.member:(user|group):[a-z0-9][a-z0-9.-]*)$/;

export function isUiTarget(value: string): value is UiTarget {
  return fixed.has(value) || patterned.test(value);
}
