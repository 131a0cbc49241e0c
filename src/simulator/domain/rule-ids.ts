/** Stable ids of the gating rules. Exercises, deep links, catalogs and the traceability test refer to them. */
export const RULE_IDS = [
  'config-locked-while-active',
  'test-stale-after-change',
  'ok-needs-passed-test',
  'ok-needs-required-fields',
  'ok-needs-visibility',
  'ok-needs-name',
  'ok-needs-valid-description',
  'test-against-erp',
  'ok-saves-and-closes',
  'save-inactive-reminder',
  'cancel-discards',
  'needs-selected-connection',
] as const;

export type RuleId = (typeof RULE_IDS)[number];
