import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  RULE_SOURCE_PAGES,
  ruleBacking,
  rules,
  TEST_ERROR_ANCHORS,
  TEST_FAILS_PAGE,
  type RuleId,
} from '../../../src/simulator/domain/index.ts';

/**
 * Every rule the simulator enforces is stated by the user's pages, and every sentence of the seed page's note,
 * steps and "ERP-koblingen kan ikke lagres" bullets is enforced by a rule. Fails when either side has something
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
    why: 'out-of-scope: a pointer to the configure page; the dialogs it describes are not simulated',
  },
];

/** Rules the pages do not state, kept to protect the saved list; each must say why in its `guard`. */
const GUARD_RULES: readonly RuleId[] = ['ok-needs-valid-description'];

/** Text as a reader sees it: bold markers, icons, link syntax and repeated spaces removed. */
function plain(markdown: string): string {
  return markdown
    .replace(/<i [^>]*><\/i>/g, '')
    .replace(/<a id="[^"]*"><\/a>/g, '')
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]+\]/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

function sentences(text: string): string[] {
  return plain(text)
    .split(/(?<=[.!?:])\s+(?=[A-ZÆØÅ«])/)
    .filter(Boolean);
}

/** The lines of a section, from its heading to the next heading of the same or a higher level. */
function section(page: string, heading: RegExp): string[] {
  const lines = page.split('\n');
  const start = lines.findIndex((l) => heading.test(l));
  if (start === -1) throw new Error(`heading ${heading} not found`);
  const level = /^#+/.exec(lines[start]!)![0].length;
  const end = lines.findIndex((l, i) => i > start && /^#+ /.test(l) && /^#+/.exec(l)![0].length <= level);
  return lines.slice(start + 1, end === -1 ? undefined : end);
}

/** The seed page's note, steps (`step 4.1`) and bullets (`bullet 2`), one entry per sentence. */
function seedSentences(page: string): Array<{ place: string; sentence: string }> {
  const out: Array<{ place: string; sentence: string }> = [];
  const add = (place: string, text: string) => sentences(text).forEach((sentence) => out.push({ place, sentence }));

  const noteStart = page.split('\n').findIndex((l) => l.startsWith('> [!NOTE]'));
  const note = page.split('\n').slice(noteStart + 1);
  add(
    'note',
    note
      .slice(
        0,
        note.findIndex((l) => !l.startsWith('>')),
      )
      .map((l) => l.replace(/^>\s?/, ''))
      .join(' '),
  );

  let step = 0;
  let sub = 0;
  let current: { place: string; text: string } | undefined;
  const flush = () => current && add(current.place, current.text);
  for (const line of section(page, /^## Trinn/)) {
    const item = /^(\s*)\d+\.\s+(.*)$/.exec(line);
    if (item) {
      flush();
      const nested = item[1]!.length > 0;
      [step, sub] = nested ? [step, sub + 1] : [step + 1, 0];
      current = { place: nested ? `step ${step}.${sub}` : `step ${step}`, text: item[2]! };
    } else if (current && /^\s+\S/.test(line)) current.text += ` ${line.trim()}`;
  }
  flush();

  section(page, /^### ERP-koblingen kan ikke lagres/)
    .filter((l) => l.startsWith('* '))
    .forEach((l, i) => add(`bullet ${i + 1}`, l.slice(2)));
  return out;
}

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

  it('finds every quote from a troubleshooting page in the section it names', () => {
    for (const claim of claims.filter((c) => c.page !== 'update-connection')) {
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
