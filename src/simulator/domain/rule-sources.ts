import type { RuleId } from './rule-ids.ts';

/**
 * Where the user's pages state each rule, quoted exactly. The traceability test holds the rules to these quotes
 * and the exercises quote them in their corrections; the simulator itself never reads them, so they live apart
 * from rules.ts and stay out of the island's JavaScript.
 */

/** Where a user's page states a rule, quoted exactly (as read: bold markers and icons removed). */
export interface RuleSource {
  page: 'update-connection' | 'ok-dimmed';
  /** `note`, `step 4.1`, `bullet 2` on the seed page; the section anchor (`#navn`) on a troubleshooting page. */
  place: string;
  quote: string;
}

/** What backs a rule: page sources, or (only when there are none) the reason the rule exists anyway. */
export interface RuleBacking {
  sources: RuleSource[];
  /** Why the rule exists although no page states it; only set when `sources` is empty. */
  guard?: string;
}

/** Files of the pages rules quote, relative to the project root. */
export const RULE_SOURCE_PAGES: Readonly<Record<RuleSource['page'], string>> = {
  'update-connection': 'content/docs/no/erp/admin/update-connection.mdx',
  'ok-dimmed': 'content/docs/no/erp/admin/troubleshooting/ok-dimmed.mdx',
};

/**
 * Every rule's backing, by rule id. Written as plain literals (no helper calls), so a bundle that does not use
 * it can drop it.
 */
export const ruleBacking: Readonly<Record<RuleId, RuleBacking>> = {
  'ok-needs-passed-test': {
    sources: [
      { page: 'update-connection', place: 'bullet 1', quote: 'Sørg for at forbindelsestesten var vellykket.' },
      {
        page: 'ok-dimmed',
        place: '#test',
        quote: 'OK krever en vellykket tilkoblingstest for konfigurasjonen slik den ser ut nå.',
      },
    ],
  },
  'ok-needs-required-fields': {
    sources: [
      {
        page: 'update-connection',
        place: 'bullet 2',
        quote: 'Kontroller at alle obligatoriske konfigurasjonsfelt er fylt ut.',
      },
      {
        page: 'ok-dimmed',
        place: '#obligatoriske-felt',
        quote: 'Så lenge et obligatorisk felt er tomt eller har en ugyldig verdi, kan koblingen ikke lagres.',
      },
    ],
  },
  'ok-needs-visibility': {
    sources: [
      {
        page: 'update-connection',
        place: 'bullet 3',
        quote: 'Bekreft at nødvendige innstillinger (for eksempel synlighet) er angitt.',
      },
      {
        page: 'ok-dimmed',
        place: '#synlighet',
        quote: 'Da ville ingen fått tilgang til koblingen, og synligheten regnes som ikke angitt.',
      },
    ],
  },
  'ok-needs-name': {
    sources: [
      { page: 'ok-dimmed', place: '#navn', quote: 'Navnet er obligatorisk.' },
      { page: 'ok-dimmed', place: '#navn', quote: 'Et navn som bare består av mellomrom, regnes også som tomt.' },
    ],
  },
  'ok-needs-valid-description': {
    sources: [],
    guard:
      'Keeps a description with control characters or over 1000 characters out of the saved list and storage (issue 3, "Bad input in the dialog").',
  },
  'config-locked-while-active': {
    sources: [
      {
        page: 'update-connection',
        place: 'note',
        quote:
          'Hvis koblingen er aktiv (avmerket i kolonnen Aktiv), må du midlertidig deaktivere den før du kan endre konfigurasjonsverdier.',
      },
      { page: 'update-connection', place: 'step 3', quote: 'Oppdater navn eller omfang etter behov.' },
      { page: 'update-connection', place: 'step 4', quote: 'For å oppdatere connector-spesifikke konfigurasjonsfelt:' },
      { page: 'update-connection', place: 'step 4.1', quote: 'Fjern merkingen i avmerkingsboksen Aktiv.' },
    ],
  },
  'test-stale-after-change': {
    sources: [
      { page: 'update-connection', place: 'step 4.2', quote: 'Oppdater feltene etter behov.' },
      {
        page: 'ok-dimmed',
        place: '#test',
        quote: 'Enhver endring i et konfigurasjonsfelt gjør et tidligere testresultat utdatert.',
      },
      {
        page: 'ok-dimmed',
        place: '#navn',
        quote: 'Navnet kan endres selv om koblingen er aktiv, og du trenger ikke teste tilkoblingen på nytt.',
      },
    ],
  },
  'test-against-erp': {
    sources: [
      { page: 'update-connection', place: 'step 4.4', quote: 'Klikk på Test ERP-tilkobling og rett eventuelle feil.' },
    ],
  },
  'ok-saves-and-closes': {
    sources: [{ page: 'update-connection', place: 'step 5', quote: 'Klikk på OK for å lagre og lukke dialogboksen.' }],
  },
  'save-inactive-reminder': {
    sources: [
      {
        page: 'update-connection',
        place: 'note',
        quote: 'Husk å aktivere koblingen igjen etter at konfigurasjonen er fullført.',
      },
      { page: 'update-connection', place: 'step 4.3', quote: 'Merk av for Aktiv.' },
    ],
  },
  // Only OK saves (step 5), so leaving the dialog any other way keeps the saved connection as it was.
  'cancel-discards': {
    sources: [{ page: 'update-connection', place: 'step 5', quote: 'Klikk på OK for å lagre og lukke dialogboksen.' }],
  },
  'needs-selected-connection': {
    sources: [
      { page: 'update-connection', place: 'step 2', quote: 'Velg ERP-koblingen og klikk på Konfigurer ERP-kobling.' },
      {
        page: 'update-connection',
        place: 'step 6',
        quote:
          'Hvis du også må endre felttilknytninger, standardverdier eller listekoblinger, gjør det nå via knappene nederst til venstre.',
      },
    ],
  },
};

/** The page sources of a rule (empty for a guard rule). */
export function sourcesOf(id: RuleId): RuleSource[] {
  return ruleBacking[id].sources;
}
