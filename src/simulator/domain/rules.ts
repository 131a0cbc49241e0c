import * as check from './rule-checks.ts';
import type { Check } from './rule-checks.ts';
import { RULE_IDS, type RuleId } from './rule-ids.ts';
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

/** OK is allowed exactly when every OK condition holds (a running test fails `ok-needs-passed-test`). */
const okAllowed: Check = (state, ctx) => okConditions.every((rule) => rule.check(state, ctx));

/**
 * Every rule by its id. The type makes the table complete: a rule id without a rule, or a rule filed under
 * another id, does not compile, so looking a rule up can never fail.
 */
const byId: { readonly [Id in RuleId]: Rule & { id: Id } } = {
  'config-locked-while-active': {
    id: 'config-locked-while-active',
    kind: 'lock',
    messageKey: 'sim.rule.config-locked-while-active',
    href: '/no/erp/admin/troubleshooting/fields-locked/#aktiv',
    check: check.configLocked,
  },
  'test-stale-after-change': {
    id: 'test-stale-after-change',
    kind: 'staleness',
    messageKey: 'sim.rule.test-stale-after-change',
    href: `${OK_DIMMED}#test`,
    check: check.testCurrent,
  },
  'ok-needs-passed-test': {
    id: 'ok-needs-passed-test',
    kind: 'ok-condition',
    messageKey: 'sim.rule.ok-needs-passed-test',
    href: `${OK_DIMMED}#test`,
    check: check.passedTestCurrent,
  },
  'ok-needs-required-fields': {
    id: 'ok-needs-required-fields',
    kind: 'ok-condition',
    messageKey: 'sim.rule.ok-needs-required-fields',
    href: `${OK_DIMMED}#obligatoriske-felt`,
    check: check.configValid,
  },
  'ok-needs-visibility': {
    id: 'ok-needs-visibility',
    kind: 'ok-condition',
    messageKey: 'sim.rule.ok-needs-visibility',
    href: `${OK_DIMMED}#synlighet`,
    check: check.visibilitySet,
  },
  'ok-needs-name': {
    id: 'ok-needs-name',
    kind: 'ok-condition',
    messageKey: 'sim.rule.ok-needs-name',
    href: `${OK_DIMMED}#navn`,
    check: check.nameValid,
  },
  'ok-needs-valid-description': {
    id: 'ok-needs-valid-description',
    kind: 'ok-condition',
    messageKey: 'sim.rule.ok-needs-valid-description',
    check: check.descriptionValid,
  },
  'test-against-erp': {
    id: 'test-against-erp',
    kind: 'test',
    messageKey: 'sim.rule.test-against-erp',
    href: '/no/erp/admin/troubleshooting/test-fails/',
    check: check.testWouldPass,
  },
  'ok-saves-and-closes': {
    id: 'ok-saves-and-closes',
    kind: 'action',
    messageKey: 'sim.rule.ok-saves-and-closes',
    check: okAllowed,
  },
  'save-inactive-reminder': {
    id: 'save-inactive-reminder',
    kind: 'reminder',
    messageKey: 'sim.rule.save-inactive-reminder',
    href: '/no/erp/admin/troubleshooting/cannot-activate/#glemt-aktiv',
    check: check.savesInactive,
  },
  'cancel-discards': {
    id: 'cancel-discards',
    kind: 'action',
    messageKey: 'sim.rule.cancel-discards',
    check: check.hasChanges,
  },
  'needs-selected-connection': {
    id: 'needs-selected-connection',
    kind: 'precondition',
    messageKey: 'sim.rule.needs-selected-connection',
    check: check.hasSelection,
  },
};

/** Every gating rule, in RULE_IDS order. The reducer, the selectors, the exercises and the traceability test read it. */
export const rules: readonly Rule[] = RULE_IDS.map((id) => byId[id]);

/** Conditions for OK, in the order "Hvorfor er OK nedtonet?" lists them (the page's bullets' order). */
const okConditions = rules.filter((r) => r.kind === 'ok-condition');

/** A rule by id. */
export function rule(id: RuleId): Rule {
  return byId[id];
}

/** Whether a rule's check holds in this state (see RuleKind for what "holds" means per kind). */
export function holds(id: RuleId, state: SimState, ctx: SimContext): boolean {
  return byId[id].check(state, ctx);
}

/** The OK conditions that do not hold, in display order: the "Hvorfor er OK nedtonet?" list. */
export function unmetOkConditions(state: SimState, ctx: SimContext): Rule[] {
  return okConditions.filter((r) => !r.check(state, ctx));
}
