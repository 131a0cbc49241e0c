import * as check from './rule-checks.ts';
import type { Check } from './rule-checks.ts';
import type { RuleId } from './rule-ids.ts';
import type { SimContext, SimState } from './state.ts';

export type { RuleId } from './rule-ids.ts';

/**
 * What `check` answers, per kind (true means):
 * - `ok-condition`: the condition for OK holds;  `precondition`: the command may run;
 * - `lock`: the configuration fields are read-only;  `staleness`: the test result is current;
 * - `test`: the connection test would pass;  `action`: the action would take effect;  `reminder`: it is due.
 */
export type RuleKind = 'ok-condition' | 'precondition' | 'lock' | 'staleness' | 'test' | 'action' | 'reminder';

/** Where a user's page states a rule, quoted exactly (as read: bold markers and icons removed). */
export interface RuleSource {
  page: 'update-connection' | 'ok-dimmed';
  /** `note`, `step 4.1`, `bullet 2` on the seed page; the section anchor (`#navn`) on a troubleshooting page. */
  place: string;
  quote: string;
}

/** Files of the pages rules quote, relative to the project root. */
export const RULE_SOURCE_PAGES: Readonly<Record<RuleSource['page'], string>> = {
  'update-connection': 'content/docs/no/erp/admin/update-connection.mdx',
  'ok-dimmed': 'content/docs/no/erp/admin/troubleshooting/ok-dimmed.mdx',
};

/** One gating rule: the single place a fact about the dialog is decided. */
export interface Rule {
  id: RuleId;
  kind: RuleKind;
  /** Catalog key of the explanation (Norwegian source in content/i18n/nb/sim.json). */
  messageKey: string;
  /** Troubleshooting text that explains the rule. */
  href?: string;
  sources: RuleSource[];
  /** Why the rule exists although no page states it; only set when `sources` is empty. */
  guard?: string;
  check: Check;
}

const OK_DIMMED = '/no/erp/admin/troubleshooting/ok-dimmed/';
const seed = (place: string, quote: string): RuleSource => ({ page: 'update-connection', place, quote });
const okDimmed = (place: string, quote: string): RuleSource => ({ page: 'ok-dimmed', place, quote });

/** Conditions for OK, in the order "Hvorfor er OK nedtonet?" lists them (the page's bullets' order). */
const okConditions: Rule[] = [
  {
    id: 'ok-needs-passed-test', kind: 'ok-condition', messageKey: 'sim.rule.ok-needs-passed-test', href: `${OK_DIMMED}#test`,
    sources: [
      seed('bullet 1', 'Sørg for at forbindelsestesten var vellykket.'),
      okDimmed('#test', 'OK krever en vellykket tilkoblingstest for konfigurasjonen slik den ser ut nå.'),
    ],
    check: check.passedTestCurrent,
  },
  {
    id: 'ok-needs-required-fields', kind: 'ok-condition', messageKey: 'sim.rule.ok-needs-required-fields',
    href: `${OK_DIMMED}#obligatoriske-felt`,
    sources: [
      seed('bullet 2', 'Kontroller at alle obligatoriske konfigurasjonsfelt er fylt ut.'),
      okDimmed('#obligatoriske-felt', 'Så lenge et obligatorisk felt er tomt eller har en ugyldig verdi, kan koblingen ikke lagres.'),
    ],
    check: check.configValid,
  },
  {
    id: 'ok-needs-visibility', kind: 'ok-condition', messageKey: 'sim.rule.ok-needs-visibility', href: `${OK_DIMMED}#synlighet`,
    sources: [
      seed('bullet 3', 'Bekreft at nødvendige innstillinger (for eksempel synlighet) er angitt.'),
      okDimmed('#synlighet', 'Da ville ingen fått tilgang til koblingen, og synligheten regnes som ikke angitt.'),
    ],
    check: check.visibilitySet,
  },
  {
    id: 'ok-needs-name', kind: 'ok-condition', messageKey: 'sim.rule.ok-needs-name', href: `${OK_DIMMED}#navn`,
    sources: [
      okDimmed('#navn', 'Navnet er obligatorisk.'),
      okDimmed('#navn', 'Et navn som bare består av mellomrom, regnes også som tomt.'),
    ],
    check: check.nameValid,
  },
  {
    id: 'ok-needs-valid-description', kind: 'ok-condition', messageKey: 'sim.rule.ok-needs-valid-description',
    sources: [],
    guard: 'Keeps a description with control characters or over 1000 characters out of the saved list and storage (issue 3, "Bad input in the dialog").',
    check: check.descriptionValid,
  },
];

/** OK is allowed exactly when every OK condition holds (a running test fails `ok-needs-passed-test`). */
const okAllowed: Check = (state, ctx) => okConditions.every((rule) => rule.check(state, ctx));

/** Every gating rule. The reducer, the selectors, the exercises and the traceability test read this list. */
export const rules: readonly Rule[] = [
  {
    id: 'config-locked-while-active', kind: 'lock', messageKey: 'sim.rule.config-locked-while-active',
    href: '/no/erp/admin/troubleshooting/fields-locked/#aktiv',
    sources: [
      seed('note', 'Hvis koblingen er aktiv (avmerket i kolonnen Aktiv), må du midlertidig deaktivere den før du kan endre konfigurasjonsverdier.'),
      seed('step 3', 'Oppdater navn eller omfang etter behov.'),
      seed('step 4', 'For å oppdatere connector-spesifikke konfigurasjonsfelt:'),
      seed('step 4.1', 'Fjern merkingen i avmerkingsboksen Aktiv.'),
    ],
    check: check.configLocked,
  },
  {
    id: 'test-stale-after-change', kind: 'staleness', messageKey: 'sim.rule.test-stale-after-change', href: `${OK_DIMMED}#test`,
    sources: [
      seed('step 4.2', 'Oppdater feltene etter behov.'),
      okDimmed('#test', 'Enhver endring i et konfigurasjonsfelt gjør et tidligere testresultat utdatert.'),
      okDimmed('#navn', 'Navnet kan endres selv om koblingen er aktiv, og du trenger ikke teste tilkoblingen på nytt.'),
    ],
    check: check.testCurrent,
  },
  ...okConditions,
  {
    id: 'test-against-erp', kind: 'test', messageKey: 'sim.rule.test-against-erp',
    href: '/no/erp/admin/troubleshooting/test-fails/',
    sources: [seed('step 4.4', 'Klikk på Test ERP-tilkobling og rett eventuelle feil.')],
    check: check.testWouldPass,
  },
  {
    id: 'ok-saves-and-closes', kind: 'action', messageKey: 'sim.rule.ok-saves-and-closes',
    sources: [seed('step 5', 'Klikk på OK for å lagre og lukke dialogboksen.')],
    check: okAllowed,
  },
  {
    id: 'save-inactive-reminder', kind: 'reminder', messageKey: 'sim.rule.save-inactive-reminder',
    href: '/no/erp/admin/troubleshooting/cannot-activate/#glemt-aktiv',
    sources: [
      seed('note', 'Husk å aktivere koblingen igjen etter at konfigurasjonen er fullført.'),
      seed('step 4.3', 'Merk av for Aktiv.'),
    ],
    check: check.savesInactive,
  },
  {
    // Only OK saves (step 5), so leaving the dialog any other way keeps the saved connection as it was.
    id: 'cancel-discards', kind: 'action', messageKey: 'sim.rule.cancel-discards',
    sources: [seed('step 5', 'Klikk på OK for å lagre og lukke dialogboksen.')],
    check: check.hasChanges,
  },
  {
    id: 'needs-selected-connection', kind: 'precondition', messageKey: 'sim.rule.needs-selected-connection',
    sources: [
      seed('step 2', 'Velg ERP-koblingen og klikk på Konfigurer ERP-kobling.'),
      seed('step 6', 'Hvis du også må endre felttilknytninger, standardverdier eller listekoblinger, gjør det nå via knappene nederst til venstre.'),
    ],
    check: check.hasSelection,
  },
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
