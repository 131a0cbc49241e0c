import * as check from './rule-checks.ts';
import type { Check } from './rule-checks.ts';
import type { RuleId } from './rule-ids.ts';
import { needsSelectedConnection } from './selection-rule.ts';
import type { SimContext, SimState } from './state.ts';

export type { RuleId } from './rule-ids.ts';

/**
 * What `check` answers, per kind (true means):
 * - `ok-condition`: the condition for OK holds;  `precondition`: the command may run;
 * - `lock`: the configuration fields are read-only;  `staleness`: the test result is current;
 * - `test`: the connection test would pass;  `action`: the action would take effect;  `reminder`: it is due.
 */
export type RuleKind = 'ok-condition' | 'precondition' | 'lock' | 'staleness' | 'test' | 'action' | 'reminder';

/**
 * One gating rule: the single place a fact about the dialog is decided. Where the pages state it is kept beside it,
 * in rule-sources.ts.
 */
export interface Rule {
  id: RuleId;
  kind: RuleKind;
  /** Catalog key of the explanation (Norwegian source in content/i18n/nb/sim.json). */
  messageKey: string;
  /** Troubleshooting text that explains the rule. */
  href?: string;
  check: Check;
}

const OK_DIMMED = '/no/erp/admin/troubleshooting/ok-dimmed/';

/** Conditions for OK, in the order "Hvorfor er OK nedtonet?" lists them (the page's bullets' order). */
const okConditions: Rule[] = [
  {
    id: 'ok-needs-passed-test',
    kind: 'ok-condition',
    messageKey: 'sim.rule.ok-needs-passed-test',
    href: `${OK_DIMMED}#test`,
    check: check.passedTestCurrent,
  },
  {
    id: 'ok-needs-required-fields',
    kind: 'ok-condition',
    messageKey: 'sim.rule.ok-needs-required-fields',
    href: `${OK_DIMMED}#obligatoriske-felt`,
    check: check.configValid,
  },
  {
    id: 'ok-needs-visibility',
    kind: 'ok-condition',
    messageKey: 'sim.rule.ok-needs-visibility',
    href: `${OK_DIMMED}#synlighet`,
    check: check.visibilitySet,
  },
  {
    id: 'ok-needs-name',
    kind: 'ok-condition',
    messageKey: 'sim.rule.ok-needs-name',
    href: `${OK_DIMMED}#navn`,
    check: check.nameValid,
  },
  {
    id: 'ok-needs-valid-description',
    kind: 'ok-condition',
    messageKey: 'sim.rule.ok-needs-valid-description',
    check: check.descriptionValid,
  },
];

/** OK is allowed exactly when every OK condition holds (a running test fails `ok-needs-passed-test`). */
const okAllowed: Check = (state, ctx) => okConditions.every((rule) => rule.check(state, ctx));

/**
 * Every gating rule. The reducer, the selectors, the exercises and the traceability test read this list. The
 * list's own rule, `needs-selected-connection`, is written in selection-rule.ts (see there why).
 */
export const rules: readonly Rule[] = [
  {
    id: 'config-locked-while-active',
    kind: 'lock',
    messageKey: 'sim.rule.config-locked-while-active',
    href: '/no/erp/admin/troubleshooting/fields-locked/#aktiv',
    check: check.configLocked,
  },
  {
    id: 'test-stale-after-change',
    kind: 'staleness',
    messageKey: 'sim.rule.test-stale-after-change',
    href: `${OK_DIMMED}#test`,
    check: check.testCurrent,
  },
  ...okConditions,
  {
    id: 'test-against-erp',
    kind: 'test',
    messageKey: 'sim.rule.test-against-erp',
    href: '/no/erp/admin/troubleshooting/test-fails/',
    check: check.testWouldPass,
  },
  {
    id: 'ok-saves-and-closes',
    kind: 'action',
    messageKey: 'sim.rule.ok-saves-and-closes',
    check: okAllowed,
  },
  {
    id: 'save-inactive-reminder',
    kind: 'reminder',
    messageKey: 'sim.rule.save-inactive-reminder',
    href: '/no/erp/admin/troubleshooting/cannot-activate/#glemt-aktiv',
    check: check.savesInactive,
  },
  {
    id: 'cancel-discards',
    kind: 'action',
    messageKey: 'sim.rule.cancel-discards',
    check: check.hasChanges,
  },
  needsSelectedConnection,
];

const byId = new Map(rules.map((r) => [r.id, r]));

/** A rule by id. Throws for an unknown id: that is a programming error, not user input. */
export function rule(id: RuleId): Rule {
  const found = byId.get(id);
  if (!found) throw new Error(`Unknown rule id: ${id}`);
  return found;
}

/** Whether a rule's check holds in this state (see RuleKind for what "holds" means per kind). */
export function holds(id: RuleId, state: SimState, ctx: SimContext): boolean {
  return rule(id).check(state, ctx);
}

/** The OK conditions that do not hold, in display order: the "Hvorfor er OK nedtonet?" list. */
export function unmetOkConditions(state: SimState, ctx: SimContext): Rule[] {
  return okConditions.filter((r) => !r.check(state, ctx));
}
