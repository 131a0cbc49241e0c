import type { RuleId } from './rule-ids.ts';

/**
 * Where the user's pages state each rule, quoted exactly. The traceability test holds the rules to these quotes
 * and the exercises quote them in their corrections; the simulator itself never reads them, so they live apart
 * from rules.ts and stay out of the island's JavaScript.
 */

/** Where a user's page states a rule, quoted exactly (as read: bold markers and icons removed). */
export interface RuleSource {
  page: 'update-connection' | 'ok-dimmed' | 'add-connection' | 'configure' | 'cannot-activate' | 'direction-dimmed';
  /**
   * `note`, `step 4.1`, `bullet 2` on the seed page; on the other pages a numbered step or a bullet of a section
   * (`felttilordning step 4.2`, `duplikater bullet 1`, `hvorfor bullet 2` under «Hvorfor det skjer»), or a section anchor
   * (`#navn`) for a sentence elsewhere in the section.
   */
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
  'add-connection': 'content/docs/no/erp/admin/add-connection.mdx',
  configure: 'content/docs/no/erp/admin/configure.mdx',
  'cannot-activate': 'content/docs/no/erp/admin/troubleshooting/cannot-activate.mdx',
  'direction-dimmed': 'content/docs/no/erp/admin/troubleshooting/direction-dimmed.mdx',
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
      {
        page: 'ok-dimmed',
        place: 'hvorfor bullet 1',
        quote: 'Tilkoblingstesten har lyktes med konfigurasjonen slik den er nå.',
      },
      {
        page: 'cannot-activate',
        place: 'hvorfor bullet 1',
        quote: 'Tilkoblingstesten mislykkes mens Aktiv er merket av.',
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
      {
        page: 'ok-dimmed',
        place: 'hvorfor bullet 2',
        quote: 'Alle obligatoriske konfigurasjonsfelt er fylt ut med gyldige verdier.',
      },
      {
        page: 'add-connection',
        place: 'erp-kobling step 5',
        quote:
          'Fyll ut konfigurasjonsfeltene til Sync Connector du valgte, for eksempel autentisering, filstier eller klientnummer.',
      },
      { page: 'add-connection', place: 'erp-kobling step 5', quote: 'Felt merket med * må fylles ut.' },
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
      { page: 'ok-dimmed', place: 'hvorfor bullet 3', quote: 'Synligheten er angitt.' },
      {
        page: 'add-connection',
        place: 'erp-kobling step 4',
        quote: 'Angi synligheten, det vil si hvem som skal få tilgang til koblingen:',
      },
      {
        page: 'add-connection',
        place: 'erp-kobling step 4',
        quote: 'Velg Alle hvis alle brukere med riktig lisens skal få tilgang.',
      },
      {
        page: 'add-connection',
        place: 'erp-kobling step 4',
        quote: 'Velg Angitte brukere + grupper hvis bare noen skal få tilgang.',
      },
      {
        page: 'add-connection',
        place: 'erp-kobling step 4',
        quote: 'Klikk deretter på Velg brukere og grupper, og velg brukerne og gruppene.',
      },
    ],
  },
  'ok-needs-name': {
    sources: [
      { page: 'ok-dimmed', place: '#navn', quote: 'Navnet er obligatorisk.' },
      { page: 'ok-dimmed', place: '#navn', quote: 'Et navn som bare består av mellomrom, regnes også som tomt.' },
      { page: 'ok-dimmed', place: 'hvorfor bullet 4', quote: 'Koblingen har et navn.' },
      {
        page: 'add-connection',
        place: 'erp-kobling step 2',
        quote: 'Skriv inn et navn som skiller koblingen fra de andre, for eksempel navnet på ERP-klienten.',
      },
    ],
  },
  'add-needs-connector': {
    sources: [
      {
        page: 'add-connection',
        place: 'erp-kobling step 3',
        quote: 'Velg hvilken Sync Connector koblingen skal bruke.',
      },
      {
        page: 'ok-dimmed',
        place: 'hvorfor bullet 5',
        quote: 'En Sync Connector er valgt, når du legger til en ny kobling.',
      },
      {
        page: 'ok-dimmed',
        place: '#sync-connector',
        quote: 'I Angi ny ERP-kobling må du velge hvilken Sync Connector koblingen skal bruke.',
      },
    ],
  },
  'active-needs-directions': {
    sources: [
      {
        page: 'configure',
        place: 'felttilordning step 4.2',
        quote: 'Obligatoriske felt må ha en retning før koblingen kan aktiveres.',
      },
      {
        page: 'configure',
        place: 'felttilordning step 6',
        quote: 'Er koblingen aktiv, er Fullført nedtonet så lenge et obligatorisk felt mangler retning.',
      },
      {
        page: 'configure',
        place: 'aktiver step 4',
        quote: 'Mangler et obligatorisk felt retning under Tilordninger, er OK nedtonet, og listen under OK sier det.',
      },
      {
        page: 'cannot-activate',
        place: 'hvorfor bullet 2',
        quote: 'Obligatoriske felt under Tilordninger mangler synkroniseringsretning.',
      },
      {
        page: 'cannot-activate',
        place: '#tilordninger',
        quote:
          'En ERP-kobling kan ikke aktiveres så lenge obligatoriske felt under Tilordninger mangler synkroniseringsretning.',
      },
    ],
  },
  'ok-needs-valid-description': {
    sources: [],
    guard:
      'Keeps a description with control characters or over 1000 characters out of the saved list and storage (issue 3, "Bad input in the dialog").',
  },
  'connector-needs-name': {
    sources: [
      {
        page: 'add-connection',
        place: 'sync-connector step 3',
        quote: 'Skriv inn et navn og URL-en som sync-appen svarer på.',
      },
      {
        page: 'add-connection',
        place: 'sync-connector-feil bullet 1',
        quote: 'Navnet mangler, eller en annen Sync Connector i listen har allerede det navnet.',
      },
    ],
  },
  'connector-needs-url': {
    sources: [
      {
        page: 'add-connection',
        place: 'sync-connector step 3',
        quote: 'Skriv inn et navn og URL-en som sync-appen svarer på.',
      },
      {
        page: 'add-connection',
        place: 'sync-connector-feil bullet 2',
        quote: 'URL-en er ikke en fullstendig adresse som begynner med http:// eller https://.',
      },
    ],
  },
  'connector-needs-app': {
    sources: [
      {
        page: 'add-connection',
        place: 'sync-connector step 3',
        quote: 'Skriv inn et navn og URL-en som sync-appen svarer på.',
      },
      {
        page: 'add-connection',
        place: 'sync-connector-feil bullet 3',
        quote: 'Ingen sync-app svarer på URL-en, eller appen som svarer, står allerede i listen.',
      },
    ],
  },
  'list-no-duplicates': {
    sources: [
      { page: 'configure', place: 'list-mapping step 4', quote: 'Se etter rader merket Duplikat.' },
      {
        page: 'configure',
        place: 'list-mapping step 4',
        quote:
          'Hver CRM-verdi kan bare velges for én ERP-verdi, og rader der samme CRM-verdi er valgt flere ganger, merkes med Duplikat og vises i rødt.',
      },
      { page: 'configure', place: 'list-mapping step 4', quote: 'Rett dem før du lagrer.' },
      {
        page: 'configure',
        place: 'duplikater bullet 1',
        quote: 'Samme CRM-verdi er valgt for mer enn én ERP-verdi i listen.',
      },
    ],
  },
  'default-needs-field': {
    sources: [
      {
        page: 'configure',
        place: 'defaults step 4',
        quote: 'Velg feltet under ERP-felt, og velg hvordan det skal fylles ut:',
      },
      {
        page: 'configure',
        place: 'defaults step 5',
        quote: 'OK er nedtonet til du har valgt et felt og hvordan det skal fylles ut.',
      },
      {
        page: 'configure',
        place: 'standardverdi-ok bullet 1',
        quote: 'Du har ikke valgt noe ERP-felt, eller feltet har allerede en standardverdi.',
      },
    ],
  },
  'default-needs-choice': {
    sources: [
      {
        page: 'configure',
        place: 'defaults step 4',
        quote: 'Velg feltet under ERP-felt, og velg hvordan det skal fylles ut:',
      },
      {
        page: 'configure',
        place: 'defaults step 4',
        quote: 'Velg Spør bruker om verdi hvis brukeren skal bli bedt om å fylle ut feltet.',
      },
      {
        page: 'configure',
        place: 'defaults step 5',
        quote: 'OK er nedtonet til du har valgt et felt og hvordan det skal fylles ut.',
      },
      {
        page: 'configure',
        place: 'standardverdi-ok bullet 2',
        quote: 'Du har ikke valgt hvordan feltet skal fylles ut.',
      },
    ],
  },
  'default-required-needs-source': {
    sources: [
      {
        page: 'configure',
        place: 'defaults step 4',
        quote:
          'Velg Påkrevd - bruker må fylle inn verdi hvis feltet alltid må ha en verdi, og velg i tillegg ett av de to valgene over.',
      },
      {
        page: 'configure',
        place: 'standardverdi-ok bullet 3',
        quote: 'Du har valgt Påkrevd - bruker må fylle inn verdi uten Angi standardverdi eller Spør bruker om verdi.',
      },
    ],
  },
  'default-fixed-needs-value': {
    sources: [
      {
        page: 'configure',
        place: 'defaults step 4',
        quote: 'Velg Angi standardverdi og skriv inn en verdi hvis feltet alltid skal få den verdien.',
      },
      {
        page: 'configure',
        place: 'standardverdi-ok bullet 4',
        quote: 'Du har valgt Angi standardverdi uten å skrive inn en verdi.',
      },
    ],
  },
  'direction-needs-crm-field': {
    sources: [
      {
        page: 'configure',
        place: 'felttilordning step 4.1',
        quote: 'Velg feltet det skal tilordnes, under SuperOffice-felt.',
      },
      {
        page: 'configure',
        place: 'felttilordning step 4.2',
        quote:
          'Velg retningen under Retning: > fra ERP til SuperOffice, < fra SuperOffice til ERP eller < > begge veier.',
      },
      {
        page: 'configure',
        place: '#felttilordning',
        quote: 'Retningsknappene blir først tilgjengelige når du har valgt et SuperOffice-felt.',
      },
      {
        page: 'direction-dimmed',
        place: 'hvorfor bullet 1',
        quote: 'Du har ikke valgt noe SuperOffice-felt for ERP-feltet ennå.',
      },
    ],
  },
  'direction-needs-syncable-field': {
    sources: [
      {
        page: 'direction-dimmed',
        place: 'hvorfor bullet 2',
        quote:
          'ERP-feltet kan ikke synkroniseres, for eksempel fordi det er ERP-aktørens ID eller skrivebeskyttet i ERP-systemet.',
      },
    ],
  },
  'direction-needs-valid-crm-field': {
    sources: [
      {
        page: 'direction-dimmed',
        place: 'hvorfor bullet 3',
        quote: 'SuperOffice-feltet du har valgt, er ikke gyldig for ERP-aktøren.',
      },
    ],
  },
  'list-needs-mapped-field': {
    sources: [
      {
        page: 'configure',
        place: 'list-mapping step 2',
        quote: 'Velg listen du vil tilordne verdier for, under Liste.',
      },
      {
        page: 'configure',
        place: 'list-mapping step 2',
        quote: 'Bare lister for listefelt som er tilordnet et SuperOffice-felt under Tilordninger, kan velges.',
      },
      {
        page: 'configure',
        place: 'ingen-lister bullet 1',
        quote: 'Ingen listefelt som bruker listen, er tilordnet et SuperOffice-felt under Tilordninger.',
      },
    ],
  },
  'reorder-needs-room': {
    sources: [
      {
        page: 'configure',
        place: 'rank step 3',
        quote: 'Velg et felt, og flytt det med Pil opp og Pil ned, så de feltene brukerne trenger oftest, står øverst.',
      },
      {
        page: 'configure',
        place: 'priority step 2',
        quote: 'Velg en kobling, og flytt den med Pil opp og Pil ned til den viktigste står øverst.',
      },
    ],
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
      { page: 'add-connection', place: 'erp-kobling step 7', quote: 'Klikk på Test ERP-tilkobling.' },
      {
        page: 'add-connection',
        place: 'erp-kobling step 7',
        quote:
          'Hvis testen mislykkes, kontrollerer du URL-en og konfigurasjonsfeltene, retter feilene og tester på nytt.',
      },
      { page: 'configure', place: 'aktiver step 3', quote: 'Klikk på Test ERP-tilkobling og rett eventuelle feil.' },
    ],
  },
  'ok-saves-and-closes': {
    sources: [
      { page: 'update-connection', place: 'step 5', quote: 'Klikk på OK for å lagre og lukke dialogboksen.' },
      {
        page: 'add-connection',
        place: 'sync-connector step 4',
        quote: 'Klikk på OK, så vises Sync Connector i listen Sync Connectors.',
      },
      {
        page: 'add-connection',
        place: 'erp-kobling step 8',
        quote: 'Klikk på OK for å lagre koblingen og lukke dialogboksen.',
      },
      {
        page: 'configure',
        place: 'felttilordning step 6',
        quote: 'Klikk på Fullført for å lagre tilordningene og lukke dialogboksen.',
      },
      { page: 'configure', place: 'list-mapping step 5', quote: 'Gjenta for de andre listene, og klikk på Lagre.' },
      { page: 'configure', place: 'defaults step 5', quote: 'Klikk på OK.' },
      {
        page: 'configure',
        place: 'defaults step 6',
        quote: 'Gjenta for de andre feltene og ERP-aktørene, og klikk på Fullført.',
      },
      { page: 'configure', place: 'rank step 4', quote: 'Klikk på Fullført.' },
      { page: 'configure', place: 'priority step 3', quote: 'Klikk på Fullført.' },
      { page: 'configure', place: 'aktiver step 4', quote: 'Klikk på OK.' },
      {
        page: 'configure',
        place: 'aktiver step 4',
        quote: 'Kolonnen Aktiv i listen viser en hake for koblingen når den er lagret som aktiv.',
      },
    ],
  },
  'save-inactive-reminder': {
    sources: [
      {
        page: 'update-connection',
        place: 'note',
        quote: 'Husk å aktivere koblingen igjen etter at konfigurasjonen er fullført.',
      },
      { page: 'update-connection', place: 'step 4.3', quote: 'Merk av for Aktiv.' },
      { page: 'configure', place: 'aktiver step 2', quote: 'Merk av for Aktiv.' },
      {
        page: 'cannot-activate',
        place: 'hvorfor bullet 3',
        quote: 'Aktiv ble ikke merket av igjen før du klikket på OK.',
      },
    ],
  },
  'new-connection-inactive': {
    sources: [{ page: 'add-connection', place: 'erp-kobling step 8', quote: 'Koblingen lagres som inaktiv.' }],
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
      {
        page: 'configure',
        place: 'felttilordning step 1',
        quote: 'Velg ERP-koblingen i listen ERP-koblinger og klikk på Tilordninger.',
      },
      {
        page: 'configure',
        place: 'list-mapping step 1',
        quote: 'Velg ERP-koblingen i listen ERP-koblinger og klikk på Listetilordning.',
      },
      {
        page: 'configure',
        place: 'defaults step 1',
        quote: 'Velg ERP-koblingen i listen ERP-koblinger og klikk på Standardverdier.',
      },
      {
        page: 'configure',
        place: 'rank step 1',
        quote: 'Velg ERP-koblingen i listen ERP-koblinger og klikk på Ranger felt.',
      },
      {
        page: 'configure',
        place: 'aktiver step 1',
        quote: 'Velg ERP-koblingen i listen ERP-koblinger og klikk på Konfigurer ERP-kobling.',
      },
    ],
  },
};

/** The page sources of a rule (empty for a guard rule). */
export function sourcesOf(id: RuleId): RuleSource[] {
  return ruleBacking[id].sources;
}
