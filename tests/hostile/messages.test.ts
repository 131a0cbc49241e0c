import { readFileSync } from 'node:fs';
import { parseFrontmatter as astroFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, test } from 'vitest';
import { loadExerciseFile } from '../../src/loaders/exercises.ts';
import { loadScenarioFile, loadSituationsFile } from '../../src/loaders/scenarios.ts';
import { loadSimulatorData } from '../../src/loaders/simulator-data.ts';
import { readToc, tocLineFinder } from '../../src/loaders/toc.ts';
import { assertUniqueUids } from '../../src/loaders/unique-uids.ts';
import { buildNavigation } from '../../src/navigation/sidebar.ts';
import {
  checkFrontmatterSyntax,
  lineOfFrontmatterField,
  parseFrontmatter,
} from '../../src/schemas/frontmatter-source.ts';
import { refusal } from './compile.ts';

const FIXTURES = 'tests/fixtures/hostile';

/** The message a call fails with (sync or async). */
async function failure(run: () => unknown): Promise<string> {
  try {
    await run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('it did not fail');
}

/** A page's frontmatter checked as the build does: our syntax check, Astro's parser (js-yaml), then the schema. */
function checkPage(name: string): void {
  const file = `${FIXTURES}/frontmatter/${name}.mdx`;
  const source = readFileSync(file, 'utf8');
  checkFrontmatterSyntax(source, file);
  parseFrontmatter(astroFrontmatter(source).frontmatter, file, source);
}

describe('frontmatter: file, field and line, and what to write instead', () => {
  test.each([
    [
      'unknown-field',
      'unknown-field.mdx:7 field "autor": this field is unknown. Did you mean "author"? The fields are: uid, title, description, keywords, author, date, version, content_type, license, audience, audience_tooltip, language, redirect_from, index',
    ],
    [
      'iso-date',
      'iso-date.mdx:7 field "date": date 2025-03-31 is written year first; write it as MM.DD.YYYY, month first: 03.31.2025',
    ],
    [
      'day-first',
      'day-first.mdx:7 field "date": date "31.03.2025" is not a real date written as MM.DD.YYYY (month first)',
    ],
    [
      'version-number',
      'version-number.mdx:8 field "version": version 10.10 is read by YAML as the number 10.1; quote it to keep it as written: version: "10.10"',
    ],
    [
      'yaml-syntax',
      'yaml-syntax.mdx:6 field "(YAML syntax)": Flow sequence in block collection must be sufficiently indented and end with a ]. Fix the YAML between the --- lines',
    ],
    ['missing-field', 'missing-field.mdx:1 field "author": author is required'],
  ])('%s', async (name, problem) => {
    expect(await failure(() => checkPage(name))).toBe(
      `${FIXTURES}/frontmatter/${name}.mdx is not valid:\n  - ${FIXTURES}/frontmatter/${problem}`,
    );
  });

  test('a uid two pages share names both files at the uid line', async () => {
    const pages = ['iso-date', 'day-first'].map((name) => ({
      uid: 'same',
      file: `${FIXTURES}/frontmatter/${name}.mdx`,
    }));
    const lineOf = (file: string) => lineOfFrontmatterField(readFileSync(file, 'utf8'), 'uid');
    expect(await failure(() => assertUniqueUids(pages, lineOf))).toBe(
      `Duplicate uid:\n  - uid "same" is used by both ${FIXTURES}/frontmatter/iso-date.mdx:2 and ${FIXTURES}/frontmatter/day-first.mdx:2\nEach page needs its own uid.`,
    );
  });
});

describe('toc.yaml: the file, the key path and the line', () => {
  const toc = (name: string) => {
    const file = `${FIXTURES}/toc/${name}.yaml`;
    const pages = [
      { file: 'index.mdx', title: 'Start' },
      { file: 'no/erp/admin/index.mdx', title: 'Oversikt' },
    ];
    return () => buildNavigation(readToc(file), pages, file, tocLineFinder(file));
  };

  test('a YAML syntax error names the file and the line', async () => {
    expect(await failure(toc('syntax-error'))).toBe(
      `${FIXTURES}/toc/syntax-error.yaml is not valid:\n  - ${FIXTURES}/toc/syntax-error.yaml:7 field "(YAML syntax)": Flow sequence in block collection must be sufficiently indented and end with a ]`,
    );
  });

  test('an unknown key names its path, not the index of the entry', async () => {
    expect(await failure(toc('unknown-key'))).toBe(
      [
        `${FIXTURES}/toc/unknown-key.yaml is not valid:`,
        `  - ${FIXTURES}/toc/unknown-key.yaml:6 field "1.items.1.page": page must be a file path below content/docs, for example no/erp/admin/index.mdx`,
        `  - ${FIXTURES}/toc/unknown-key.yaml:6 field "1.items.1.pagee": unknown key "pagee": a page entry has page and label; a section has label and items`,
      ].join('\n'),
    );
  });

  test('an entry without a page, and a page listed twice, are named at their lines', async () => {
    expect(await failure(toc('wrong-pages'))).toBe(
      [
        'The table of contents does not match the pages:',
        `  - ${FIXTURES}/toc/wrong-pages.yaml:4 lists "no/erp/admin/finnes-ikke.mdx", but there is no such page in content/docs`,
        `  - ${FIXTURES}/toc/wrong-pages.yaml:5 lists "index.mdx" more than once`,
        `  - content/docs/no/erp/admin/index.mdx is not in ${FIXTURES}/toc/wrong-pages.yaml: add it where it belongs`,
      ].join('\n'),
    );
  });
});

describe('situations and exercises are replayed, and a refused command fails where it is written', () => {
  test('every situation of the file, with its command, its line and the reason in Norwegian words', async () => {
    const standard = await loadScenarioFile('content/scenarios/standard.yaml');
    const file = `${FIXTURES}/scenarios/situations.yaml`;
    expect(await failure(() => loadSituationsFile(file, { standard }))).toBe(
      [
        `${file} is not valid:`,
        `  - ${file}:8 field "laast-felt.commands.2": command 3 (setField) is refused by the simulator: (rule config-locked-while-active) Konfigurasjonsfeltene er låst fordi Aktiv er merket av. Fjern merkingen i Aktiv for å endre dem. Navn, synlighet og beskrivelse kan du endre likevel.`,
        `  - ${file}:16 field "ukjent-felt.commands.3": command 4 (setField) is refused by the simulator: «tidsavbrud» finnes ikke i scenarioet «standard».`,
        `  - ${file}:21 field "uten-dialog.commands.0": command 1 (setActive) is refused by the simulator: Dialogboksen Konfigurer ERP-kobling er ikke åpen. Velg en kobling og åpne dialogboksen først.`,
        `  - ${file}:23 field "ukjent-scenario.scenario": no file in content/scenarios defines the scenario "finnes-ikke" (known: standard)`,
      ].join('\n'),
    );
  });

  test("an exercise's own start command is blamed on the exercise's line, with the rule in Norwegian words", async () => {
    const refs = await loadSimulatorData();
    const file = `${FIXTURES}/exercises/start-avvist.yaml`;
    expect(await failure(() => loadExerciseFile(file, refs))).toBe(
      `${file} is not valid:\n  - ${file}:11 field "start.commands.0": command 1 (setField) is refused by the simulator: (rule config-locked-while-active) Konfigurasjonsfeltene er låst fordi Aktiv er merket av. Fjern merkingen i Aktiv for å endre dem. Navn, synlighet og beskrivelse kan du endre likevel.`,
    );
  });
});

describe('pages: what the dialect does not know fails at the file and line (site addresses and situations are new)', () => {
  const PAGE = 'tests/fixtures/hostile/content/docs/no/avvist';
  const INCLUDES = 'tests/fixtures/hostile/content/docs/no/includes';
  test.each([
    [
      'try-unknown-situation',
      `${PAGE}/try-unknown-situation.mdx:18: <TryInSimulator situation="ok-nedtont" /> names no situation in content/scenarios/situations.yaml. Did you mean "ok-nedtonet"? Known: ok-nedtonet, test-feiler, felt-last, kan-ikke-aktiveres.`,
    ],
    [
      'unknown-alert',
      `${PAGE}/unknown-alert.mdx:18: Unknown alert kind "[!DANGER]". Use one of: [!NOTE], [!TIP], [!IMPORTANT], [!WARNING], [!CAUTION].`,
    ],
    [
      'unknown-icon',
      `${PAGE}/unknown-icon.mdx:18: Unknown Phosphor icon "strekkode". Names are listed at https://phosphoricons.com.`,
    ],
    [
      'broken-link',
      `${PAGE}/broken-link.mdx:18: Broken link "../sidee.md": there is no page tests/fixtures/hostile/content/docs/no/sidee.mdx. Did you mean "side.md"? Fix the path (relative to this file) or add the page.`,
    ],
    [
      'broken-anchor',
      `${PAGE}/broken-anchor.mdx:18: Broken link "../side.md#andre-del": tests/fixtures/hostile/content/docs/no/side.mdx has no anchor "andre-del". Its anchors: side, første-del.`,
    ],
    [
      'include-cycle',
      `${INCLUDES}/sirkel-b.md:3: Include cycle: ${PAGE}/include-cycle.mdx -> ${INCLUDES}/sirkel-a.md -> ${INCLUDES}/sirkel-b.md -> ${INCLUDES}/sirkel-a.md. Remove one of these includes. (included from ${INCLUDES}/sirkel-a.md:3, ${PAGE}/include-cycle.mdx:18)`,
    ],
    [
      'site-link-missing',
      `${PAGE}/site-link-missing.mdx:18: Broken link "/no/erp/admin/nope/": no page of the site has the address /no/erp/admin/nope/. Fix the address, or link the page's file (such as ../admin/configure.md).`,
    ],
    [
      'site-link-no-slash',
      `${PAGE}/site-link-no-slash.mdx:18: Broken link "/no/side": the site's addresses end with /. Write "/no/side/".`,
    ],
    [
      'site-link-anchor',
      `${PAGE}/site-link-anchor.mdx:18: Broken link "/no/side/#andre-del": tests/fixtures/hostile/content/docs/no/side.mdx has no anchor "andre-del". Its anchors: side, første-del.`,
    ],
  ])('%s', async (page, message) => {
    expect(await refusal(`no/avvist/${page}.mdx`)).toBe(message);
  });
});
