import * as check from './rule-checks.ts';
import type { Check } from './rule-checks.ts';
import * as tool from './rule-checks-tools.ts';
import { RULE_IDS, type RuleId } from './rule-ids.ts';
import { dialogScope, type DialogScope, type SimContext, type SimState } from './state.ts';

export type { RuleId } from './rule-ids.ts';

/**
 * What `check` answers, per kind (true means):
 * - `ok-condition`: the condition for OK (Fullført, Lagre) holds;  `precondition`: the command may run;
 * - `lock`: the configuration fields are read-only;  `staleness`: the test result is current;
 * - `test`: the connection test would pass;  `action`: the action would take effect;  `reminder`: it is due.
 */
export type RuleKind = 'ok-condition' | 'precondition' | 'lock' | 'staleness' | 'test' | 'action' | 'reminder';

/**
 * One gating rule: the single place a fact about the simulator is decided. Where the pages state it is kept beside
 * it, in rule-sources.ts.
 */
export interface Rule {
  id: RuleId;
  kind: RuleKind;
  /** Catalog key of the explanation (Norwegian source in content/i18n/nb/sim.json). */
  messageKey: string;
  /** The page text that explains the rule (a troubleshooting section, or the section of the page that states it). */
  href?: string;
  /** For an `ok-condition`: the dialogs whose OK, Fullført or Lagre it gates. */
  scopes?: readonly DialogScope[];
  /**
   * For a rule asked about one thing: what `subject` names. `field`: `actor/field` (a row of Tilordninger);
   * `list`: an ERP list id; `direction`: `up` or `down` (Pil opp, Pil ned).
   */
  subject?: 'field' | 'list' | 'direction';
  check: Check;
}

const OK_DIMMED = '/no/erp/admin/troubleshooting/ok-dimmed/';
const DIRECTION_DIMMED = '/no/erp/admin/troubleshooting/direction-dimmed/';
const CONFIGURE = '/no/erp/admin/configure/';
const CONNECTOR_HELP = '/no/erp/admin/add-connection/#sync-connector-feil';
const CONNECTION_FORM: readonly DialogScope[] = ['edit', 'add'];
const NEW_DEFAULT: readonly DialogScope[] = ['standardverdi'];

/** OK is allowed exactly when every OK condition of the open dialog holds (a running test fails `ok-needs-passed-test`). */
const okAllowed: Check = (state, ctx) => {
  const scope = dialogScope(state);
  return scope !== undefined && okConditionsOf(scope).every((rule) => rule.check(state, ctx));
};

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
    scopes: CONNECTION_FORM,
    check: check.passedTestCurrent,
  },
  'ok-needs-required-fields': {
    id: 'ok-needs-required-fields',
    kind: 'ok-condition',
    messageKey: 'sim.rule.ok-needs-required-fields',
    href: `${OK_DIMMED}#obligatoriske-felt`,
    scopes: CONNECTION_FORM,
    check: check.configValid,
  },
  'ok-needs-visibility': {
    id: 'ok-needs-visibility',
    kind: 'ok-condition',
    messageKey: 'sim.rule.ok-needs-visibility',
    href: `${OK_DIMMED}#synlighet`,
    scopes: CONNECTION_FORM,
    check: check.visibilitySet,
  },
  'ok-needs-name': {
    id: 'ok-needs-name',
    kind: 'ok-condition',
    messageKey: 'sim.rule.ok-needs-name',
    href: `${OK_DIMMED}#navn`,
    scopes: CONNECTION_FORM,
    check: check.nameValid,
  },
  'add-needs-connector': {
    id: 'add-needs-connector',
    kind: 'ok-condition',
    messageKey: 'sim.rule.add-needs-connector',
    href: `${OK_DIMMED}#sync-connector`,
    scopes: ['add'],
    check: check.connectorChosen,
  },
  'active-needs-directions': {
    id: 'active-needs-directions',
    kind: 'ok-condition',
    messageKey: 'sim.rule.active-needs-directions',
    href: '/no/erp/admin/troubleshooting/cannot-activate/#tilordninger',
    scopes: ['edit', 'tilordninger'],
    check: check.activeHasDirections,
  },
  'ok-needs-valid-description': {
    id: 'ok-needs-valid-description',
    kind: 'ok-condition',
    messageKey: 'sim.rule.ok-needs-valid-description',
    scopes: CONNECTION_FORM,
    check: check.descriptionValid,
  },
  'connector-needs-name': {
    id: 'connector-needs-name',
    kind: 'ok-condition',
    messageKey: 'sim.rule.connector-needs-name',
    href: CONNECTOR_HELP,
    scopes: ['connector'],
    check: tool.connectorNameValid,
  },
  'connector-needs-url': {
    id: 'connector-needs-url',
    kind: 'ok-condition',
    messageKey: 'sim.rule.connector-needs-url',
    href: CONNECTOR_HELP,
    scopes: ['connector'],
    check: tool.connectorUrlValid,
  },
  'connector-needs-app': {
    id: 'connector-needs-app',
    kind: 'ok-condition',
    messageKey: 'sim.rule.connector-needs-app',
    href: CONNECTOR_HELP,
    scopes: ['connector'],
    check: tool.connectorAppFound,
  },
  'list-no-duplicates': {
    id: 'list-no-duplicates',
    kind: 'ok-condition',
    messageKey: 'sim.rule.list-no-duplicates',
    href: `${CONFIGURE}#duplikater`,
    scopes: ['listetilordning'],
    check: tool.listsWithoutDuplicates,
  },
  'default-needs-field': {
    id: 'default-needs-field',
    kind: 'ok-condition',
    messageKey: 'sim.rule.default-needs-field',
    href: `${CONFIGURE}#standardverdi-ok`,
    scopes: NEW_DEFAULT,
    check: tool.defaultHasField,
  },
  'default-needs-choice': {
    id: 'default-needs-choice',
    kind: 'ok-condition',
    messageKey: 'sim.rule.default-needs-choice',
    href: `${CONFIGURE}#standardverdi-ok`,
    scopes: NEW_DEFAULT,
    check: tool.defaultChoiceMade,
  },
  'default-required-needs-source': {
    id: 'default-required-needs-source',
    kind: 'ok-condition',
    messageKey: 'sim.rule.default-required-needs-source',
    href: `${CONFIGURE}#standardverdi-ok`,
    scopes: NEW_DEFAULT,
    check: tool.defaultRequiredSourced,
  },
  'default-fixed-needs-value': {
    id: 'default-fixed-needs-value',
    kind: 'ok-condition',
    messageKey: 'sim.rule.default-fixed-needs-value',
    href: `${CONFIGURE}#standardverdi-ok`,
    scopes: NEW_DEFAULT,
    check: tool.defaultFixedValued,
  },
  'direction-needs-crm-field': {
    id: 'direction-needs-crm-field',
    kind: 'precondition',
    messageKey: 'sim.rule.direction-needs-crm-field',
    href: `${DIRECTION_DIMMED}#superoffice-felt`,
    subject: 'field',
    check: tool.directionHasCrmField,
  },
  'direction-needs-syncable-field': {
    id: 'direction-needs-syncable-field',
    kind: 'precondition',
    messageKey: 'sim.rule.direction-needs-syncable-field',
    href: `${DIRECTION_DIMMED}#kan-ikke-synkroniseres`,
    subject: 'field',
    check: tool.directionSyncable,
  },
  'direction-needs-valid-crm-field': {
    id: 'direction-needs-valid-crm-field',
    kind: 'precondition',
    messageKey: 'sim.rule.direction-needs-valid-crm-field',
    href: `${DIRECTION_DIMMED}#ugyldig-felt`,
    subject: 'field',
    check: tool.directionCrmFieldValid,
  },
  'list-needs-mapped-field': {
    id: 'list-needs-mapped-field',
    kind: 'precondition',
    messageKey: 'sim.rule.list-needs-mapped-field',
    href: `${CONFIGURE}#ingen-lister`,
    subject: 'list',
    check: tool.listOffered,
  },
  'reorder-needs-room': {
    id: 'reorder-needs-room',
    kind: 'precondition',
    messageKey: 'sim.rule.reorder-needs-room',
    // Ranger felt's steps; Angi synkroniseringsprioritet's say the same of connections.
    href: `${CONFIGURE}#rank`,
    subject: 'direction',
    check: tool.reorderHasRoom,
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
  'new-connection-inactive': {
    id: 'new-connection-inactive',
    kind: 'reminder',
    messageKey: 'sim.rule.new-connection-inactive',
    href: `${CONFIGURE}#aktiver`,
    check: check.addsInactive,
  },
  'cancel-discards': {
    id: 'cancel-discards',
    kind: 'action',
    messageKey: 'sim.rule.cancel-discards',
    check: (state, ctx) => check.connectionFormChanged(state, ctx) || tool.toolChanged(state, ctx),
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

/** Conditions for OK, in the order the list beside a dimmed OK shows them (the page's bullets' order). */
const okConditions = rules.filter((r) => r.kind === 'ok-condition');

/** The OK conditions of one dialog, in display order. */
export function okConditionsOf(scope: DialogScope): Rule[] {
  return okConditions.filter((r) => r.scopes?.includes(scope));
}

/** A rule by id. */
export function rule(id: RuleId): Rule {
  return byId[id];
}

/**
 * Whether a rule's check holds in this state (see RuleKind for what "holds" means per kind); `subject` names the
 * field, list or direction a per-item rule is asked about.
 */
export function holds(id: RuleId, state: SimState, ctx: SimContext, subject?: string): boolean {
  return byId[id].check(state, ctx, subject);
}

/** The rules among `ids` that do not hold for `subject`: why a per-item control is dimmed. */
export function failing(ids: readonly RuleId[], state: SimState, ctx: SimContext, subject?: string): RuleId[] {
  return ids.filter((id) => !holds(id, state, ctx, subject));
}

/** The OK conditions of the open dialog that do not hold, in display order: the list beside a dimmed OK. */
export function unmetOkConditions(state: SimState, ctx: SimContext): Rule[] {
  const scope = dialogScope(state);
  return scope === undefined ? [] : okConditionsOf(scope).filter((r) => !r.check(state, ctx));
}
