import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bulletSentences, plain, section, sentences, stepSentences, type PageSentence } from './page-sentences.ts';
import {
  RULE_SOURCE_PAGES,
  ruleBacking,
  rules,
  TEST_ERROR_ANCHORS,
  TEST_FAILS_PAGE,
  type RuleId,
  type RuleSource,
} from '../../../src/simulator/domain/index.ts';

/**
 * Every rule the simulator enforces is stated by the pages, and every sentence of the seed page's note, steps and
 * "ERP-koblingen kan ikke lagres" bullets, of the add-connection and configure pages' steps, and of the bullets
 * that list causes on the troubleshooting sections is enforced by a rule. Fails when either side has something
 * the other lacks: a rule quoting text the page does not have (or no longer has), or a page sentence no rule
 * claims.
 */

/** Seed sentences that are deliberately not rules, each with the reason. Keep this list short. */
const NOT_RULES: ReadonlyArray<{ place: string; sentence: string; why: string }> = [
  {
    place: 'step 1',
    sentence: 'I Innstillinger og vedlikehold, velg Tilbud/Sync i navigatoren og gå til fanen Sync.',
    why: 'navigation: the simulator draws this shell (ui/), but nothing on the way can be refused, so there is no rule to enforce',
  },
  {
    place: 'step 6',
    sentence: 'Se Konfigurer ERP-kobling for detaljerte instruksjoner.',
    why: 'a pointer to the configure page, whose steps are traced in the second part of this file',
  },
];

/** Rules the pages do not state, kept to protect the saved list; each must say why in its `guard`. */
const GUARD_RULES: readonly RuleId[] = ['ok-needs-valid-description'];

/** The seed page's note, steps (`step 4.1`) and bullets (`bullet 2`), one entry per sentence. */
function seedSentences(page: string): PageSentence[] {
  const lines = page.split('\n');
  const note = lines.slice(lines.findIndex((l) => l.startsWith('> [!NOTE]')) + 1);
  const noteText = note
    .slice(
      0,
      note.findIndex((l) => !l.startsWith('>')),
    )
    .map((l) => l.replace(/^>\s?/, ''))
    .join(' ');
  return [
    ...sentences(noteText).map((sentence) => ({ place: 'note', sentence })),
    ...stepSentences(section(page, /^## Trinn/), ''),
    ...bulletSentences(section(page, /^### ERP-koblingen kan ikke lagres/), ''),
  ];
}

/**
 * The other pages' traced parts: the numbered steps of the sections named by their anchors, the bullets of
 * troubleshooting sections that list causes, and the bullets under «Hvorfor det skjer». A bullet's «Se …»
 * sentence only points to the section below, so it is not read.
 */
const TRACED: ReadonlyArray<{ page: RuleSource['page']; steps?: string[]; causes?: string[]; why?: boolean }> = [
  { page: 'add-connection', steps: ['sync-connector', 'erp-kobling'], causes: ['sync-connector-feil'] },
  {
    page: 'configure',
    steps: ['felttilordning', 'list-mapping', 'defaults', 'rank', 'priority', 'aktiver'],
    causes: ['duplikater', 'ingen-lister', 'standardverdi-ok'],
  },
  { page: 'cannot-activate', why: true },
  { page: 'direction-dimmed', why: true },
  { page: 'ok-dimmed', why: true },
];

function tracedSentences(): Array<PageSentence & { page: RuleSource['page'] }> {
  return TRACED.flatMap(({ page, steps = [], causes = [], why }) => {
    const text = readFileSync(RULE_SOURCE_PAGES[page], 'utf8');
    const anchor = (id: string) => section(text, new RegExp(`<a id="${id}"></a>`));
    const bullets = [
      ...causes.flatMap((id) => bulletSentences(anchor(id), `${id} `)),
      ...(why ? bulletSentences(section(text, /^## Hvorfor det skjer/), 'hvorfor ') : []),
    ].filter((s) => !s.sentence.startsWith('Se '));
    return [...steps.flatMap((id) => stepSentences(anchor(id), `${id} `)), ...bullets].map((s) => ({ page, ...s }));
  });
}

/** Sentences of those parts that are deliberately not rules, each with the reason. */
const OTHER_NOT_RULES: ReadonlyArray<{ page: RuleSource['page']; place: string; sentence: string; why: string }> = [
  {
    page: 'add-connection',
    place: 'sync-connector step 1',
    sentence: 'I Innstillinger og vedlikehold, velg Tilbud/Sync i navigatoren og gå til fanen Sync.',
    why: 'navigation, as on the seed page: nothing on the way can be refused',
  },
  {
    page: 'add-connection',
    place: 'sync-connector step 2',
    sentence: 'Klikk på Legg til under listen Sync Connectors, så åpnes dialogboksen Legg til Sync Connector.',
    why: 'opens a dialog; Legg til needs nothing selected, so nothing can refuse it',
  },
  {
    page: 'add-connection',
    place: 'erp-kobling step 1',
    sentence: 'Klikk på Legg til under listen ERP-koblinger, så åpnes dialogboksen Angi ny ERP-kobling.',
    why: 'opens a dialog; nothing can refuse it',
  },
  {
    page: 'add-connection',
    place: 'erp-kobling step 6',
    sentence: 'Skriv eventuelt en beskrivelse av koblingen.',
    why: 'an optional field; what the description may hold is the guard rule ok-needs-valid-description',
  },
  {
    page: 'configure',
    place: 'felttilordning step 2',
    sentence: 'Velg fanen for ERP-aktøren du vil synkronisere, for eksempel Kunde.',
    why: 'navigation between tabs; every tab can be shown',
  },
  {
    page: 'configure',
    place: 'felttilordning step 3',
    sentence: 'Merk av for Synkroniser ERP «Kunde» med SuperOffice «Firma».',
    why: 'a setting nothing can refuse (it decides which actors active-needs-directions reads)',
  },
  {
    page: 'configure',
    place: 'felttilordning step 3',
    sentence: 'Navnene i avmerkingsboksen følger fanen du har valgt.',
    why: 'describes the label, not a rule',
  },
  {
    page: 'configure',
    place: 'felttilordning step 4',
    sentence: 'Gjør dette for hvert ERP-felt som skal synkroniseres:',
    why: 'introduces the sub-steps, which are claimed one by one',
  },
  {
    page: 'configure',
    place: 'felttilordning step 4.3',
    sentence: 'Merk av for Vis i søk hvis feltet skal kunne brukes i søk etter ERP-aktører.',
    why: 'a setting nothing can refuse',
  },
  {
    page: 'configure',
    place: 'felttilordning step 4.4',
    sentence: 'Merk av for Vis i ERP-fane hvis feltet skal vises i fanen ERP på firma-, person- og prosjektkortet.',
    why: 'a setting nothing can refuse',
  },
  {
    page: 'configure',
    place: 'felttilordning step 5',
    sentence: 'Gjenta trinn 2–4 for de andre ERP-aktørene du vil synkronisere.',
    why: 'repeats steps that are claimed',
  },
  {
    page: 'configure',
    place: 'list-mapping step 3',
    sentence: 'Velg en CRM-verdi for hver ERP-verdi, eller (Ingen utvalg) hvis ERP-verdien ikke skal tilordnes noe.',
    why: 'a setting; the duplicates it can make are list-no-duplicates, claimed in step 4',
  },
  {
    page: 'configure',
    place: 'defaults step 2',
    sentence: 'Velg fanen for ERP-aktøren, for eksempel Kunde.',
    why: 'navigation between tabs',
  },
  {
    page: 'configure',
    place: 'defaults step 3',
    sentence: 'Klikk på Legg til, så åpnes dialogboksen Legg til standardverdi for synkronisering.',
    why: 'opens a dialog; nothing can refuse it',
  },
  {
    page: 'configure',
    place: 'rank step 2',
    sentence: 'Velg fanen for ERP-aktøren.',
    why: 'navigation between tabs',
  },
  {
    page: 'configure',
    place: 'priority step 1',
    sentence: 'Klikk på Angi synkroniseringsprioritet under listen ERP-koblinger.',
    why: 'opens a dialog over every connection; it needs nothing selected',
  },
];

const seedPage = readFileSync(RULE_SOURCE_PAGES['update-connection'], 'utf8');
const seed = seedSentences(seedPage);
const claims = rules.flatMap((rule) => ruleBacking[rule.id].sources.map((source) => ({ rule: rule.id, ...source })));

describe('traceability between the rules and the user pages', () => {
  it('reads the note, all six steps with the four sub-steps, and the three bullets from the seed page', () => {
    const places = [...new Set(seed.map((s) => s.place))];
    expect(places).toEqual([
      'note',
      'step 1',
      'step 2',
      'step 3',
      'step 4',
      'step 4.1',
      'step 4.2',
      'step 4.3',
      'step 4.4',
      'step 5',
      'step 6',
      'bullet 1',
      'bullet 2',
      'bullet 3',
    ]);
    expect(seed.filter((s) => s.place === 'note')).toHaveLength(2);
  });

  it('finds every quoted seed sentence in the page, at the place the rule names', () => {
    for (const claim of claims.filter((c) => c.page === 'update-connection'))
      expect(seed, `${claim.rule} quotes ${claim.place}: "${claim.quote}"`).toContainEqual({
        place: claim.place,
        sentence: claim.quote,
      });
  });

  it('finds every quote from another page in the section it names by anchor', () => {
    for (const claim of claims.filter((c) => c.page !== 'update-connection' && c.place.startsWith('#'))) {
      const page = readFileSync(RULE_SOURCE_PAGES[claim.page], 'utf8');
      const anchor = claim.place.replace(/^#/, '');
      const text = plain(section(page, new RegExp(`<a id="${anchor}"></a>`)).join('\n'));
      expect(text, `${claim.rule} quotes ${claim.page} ${claim.place}`).toContain(claim.quote);
    }
  });

  it('claims every sentence of the note, the steps and the bullets by a rule, or lists why not', () => {
    const unclaimed = seed.filter(
      (s) =>
        !claims.some((c) => c.page === 'update-connection' && c.place === s.place && c.quote === s.sentence) &&
        !NOT_RULES.some((n) => n.place === s.place && n.sentence === s.sentence),
    );
    expect(unclaimed).toEqual([]);
  });

  it('keeps the list of exceptions honest: each names a real sentence that no rule claims', () => {
    for (const n of NOT_RULES) {
      expect(seed).toContainEqual({ place: n.place, sentence: n.sentence });
      expect(claims.some((c) => c.quote === n.sentence)).toBe(false);
    }
  });

  it('has a page source for every rule, except the listed guards, which give their reason instead', () => {
    for (const rule of rules) {
      const { sources, guard } = ruleBacking[rule.id];
      if (GUARD_RULES.includes(rule.id))
        expect({ id: rule.id, sources: sources.length, guard: !!guard }).toEqual({
          id: rule.id,
          sources: 0,
          guard: true,
        });
      else expect(sources.length, rule.id).toBeGreaterThan(0);
    }
  });

  it('links only to sections that exist on the troubleshooting pages', () => {
    const hrefs = [
      ...rules.flatMap((r) => (r.href ? [r.href] : [])),
      ...Object.values(TEST_ERROR_ANCHORS).map((a) => `${TEST_FAILS_PAGE}#${a}`),
    ];
    for (const href of hrefs) {
      const [path, anchor] = href.split('#') as [string, string | undefined];
      const file = `content/docs${path.replace(/\/$/, '')}.mdx`;
      expect(existsSync(file), `${href}: ${file}`).toBe(true);
      if (anchor) expect(readFileSync(file, 'utf8'), href).toContain(`<a id="${anchor}"></a>`);
    }
  });
});

describe('traceability between the rules and the add-connection, configure and troubleshooting pages', () => {
  const traced = tracedSentences();
  const placed = claims.filter((c) => c.page !== 'update-connection' && !c.place.startsWith('#'));

  it('reads the steps and cause bullets of every traced section', () => {
    for (const { page, steps = [], causes = [], why } of TRACED) {
      const places = new Set(
        traced.filter((s) => s.page === page).map((s) => s.place.replace(/ (step|bullet) .*$/, '')),
      );
      expect([...places].sort(), page).toEqual([...steps, ...causes, ...(why ? ['hvorfor'] : [])].sort());
    }
    expect(traced.filter((s) => s.page === 'configure' && s.place === 'felttilordning step 4.2')).toHaveLength(2);
  });

  it('finds every quoted step or bullet sentence at the place the rule names', () => {
    for (const claim of placed)
      expect(traced, `${claim.rule} quotes ${claim.page} ${claim.place}: "${claim.quote}"`).toContainEqual({
        page: claim.page,
        place: claim.place,
        sentence: claim.quote,
      });
  });

  it('claims every sentence of those steps and bullets by a rule, or lists why not', () => {
    const unclaimed = traced.filter(
      (s) =>
        !placed.some((c) => c.page === s.page && c.place === s.place && c.quote === s.sentence) &&
        !OTHER_NOT_RULES.some((n) => n.page === s.page && n.place === s.place && n.sentence === s.sentence),
    );
    expect(unclaimed).toEqual([]);
  });

  it('keeps the list of exceptions honest: each names a real sentence that no rule claims', () => {
    for (const n of OTHER_NOT_RULES) {
      expect(traced).toContainEqual({ page: n.page, place: n.place, sentence: n.sentence });
      expect(placed.some((c) => c.page === n.page && c.quote === n.sentence && c.place === n.place)).toBe(false);
    }
  });

  it('gives every rule of the new dialogs a sentence on these pages', () => {
    const stated = new Set(claims.filter((c) => c.page !== 'update-connection').map((c) => c.rule));
    const fromSeedOnly: RuleId[] = ['config-locked-while-active', 'cancel-discards'];
    for (const rule of rules)
      if (!GUARD_RULES.includes(rule.id) && !fromSeedOnly.includes(rule.id) && !stated.has(rule.id))
        expect.fail(`${rule.id} has no sentence on the add-connection, configure or troubleshooting pages`);
  });
});
