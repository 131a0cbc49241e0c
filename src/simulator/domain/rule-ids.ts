/**
 * Stable ids of the gating rules. Exercises, deep links, catalogs and the traceability test refer to them. The
 * order of the OK conditions here is the order the list beside a dimmed OK, Fullført or Lagre shows them in.
 */
export const RULE_IDS = [
  'config-locked-while-active',
  'test-stale-after-change',
  'ok-needs-passed-test',
  'ok-needs-required-fields',
  'ok-needs-visibility',
  'ok-needs-name',
  'add-needs-connector',
  'active-needs-directions',
  'ok-needs-valid-description',
  'connector-needs-name',
  'connector-needs-url',
  'connector-needs-app',
  'list-no-duplicates',
  'default-needs-field',
  'default-needs-choice',
  'default-required-needs-source',
  'default-fixed-needs-value',
  'direction-needs-crm-field',
  'direction-needs-syncable-field',
  'direction-needs-valid-crm-field',
  'list-needs-mapped-field',
  'reorder-needs-room',
  'test-against-erp',
  'ok-saves-and-closes',
  'save-inactive-reminder',
  'new-connection-inactive',
  'cancel-discards',
  'needs-selected-connection',
] as const;

export type RuleId = (typeof RULE_IDS)[number];
