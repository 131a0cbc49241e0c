import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSite, readLabels, readTermBase } from '../../../src/localization/terms/check-site.ts';
import { checkTexts } from '../../../src/localization/terms/check-texts.ts';
import type { Finding } from '../../../src/localization/terms/finding.ts';

/** A small site with one planted page per finding kind, its own term base, catalogs and scenario. */
const SITE = 'tests/fixtures/localization/site';
const { base, source } = readTermBase(SITE);
const labels = readLabels(SITE, base, source);

/** Checks one fixture page on its own, against the fixture site's term base and labels. */
function check(name: string): Finding[] {
  const path = `content/docs/${name}.mdx`;
  return checkTexts([{ path, source: readFileSync(join(SITE, path), 'utf8') }], base, labels);
}

/** One line per finding: enough to read what was found where, without the long Norwegian explanation. */
const brief = (findings: readonly Finding[]) =>
  findings.map(
    (f) => `${f.severity} ${f.kind} ${f.page}:${f.line}:${f.column ?? '-'} «${f.text}» -> «${f.suggestion}»`,
  );

describe('the term checker on planted pages', () => {
  it('finds nothing on a clean page: defined terms, emphasis, code, comments, links, frontmatter, inflections', () => {
    expect(check('clean')).toEqual([]);
  });

  it('reports a bold UI term that no label has, suggesting the label it most likely means', () => {
    expect(brief(check('unknown-ui-term'))).toEqual([
      'error unknown-ui-term content/docs/unknown-ui-term.mdx:7:8 «Omfang» -> «Synlighet»',
      'error unknown-ui-term content/docs/unknown-ui-term.mdx:9:14 «Synligheten» -> «Synlighet»',
      'error unknown-ui-term content/docs/unknown-ui-term.mdx:9:57 «Lagre endringer» -> «»',
    ]);
  });

  it('reports a variant to avoid, inflected or in a hyphenated compound, with the preferred term', () => {
    const findings = check('avoid-variant');
    expect(brief(findings)).toEqual([
      'error avoid-variant content/docs/avoid-variant.mdx:7:6 «forbindelsestesten» -> «tilkoblingstest»',
      'error avoid-variant content/docs/avoid-variant.mdx:9:19 «forbindelsestest» -> «tilkoblingstest»',
    ]);
    expect(findings[0]!.message).toMatchInlineSnapshot(
      `"«forbindelsestesten» er en variant termlisten sier vi skal unngå. Bruk «tilkoblingstest». Samme ord som knappen Test ERP-tilkobling."`,
    );
  });

  it('reports one concept named two ways, at the first use of the name that is not preferred', () => {
    const findings = check('inconsistent-concept');
    expect(brief(findings)).toEqual([
      'warning inconsistent-concept content/docs/inconsistent-concept.mdx:9:7 «konfigurasjonsverdiene» -> «konfigurasjonsfelt»',
    ]);
    expect(findings[0]!.message).toMatchInlineSnapshot(
      `"Begrepet har flere navn på nettstedet: «konfigurasjonsfelt» (1 side), «konfigurasjonsverdi» (1 side). Her står «konfigurasjonsverdiene». Velg ett navn; termlisten foretrekker «konfigurasjonsfelt». Resten av nettstedet sier konfigurasjonsfelt."`,
    );
  });

  it('reports English in an aria-label, an alt text and running text, with the term base English name', () => {
    const findings = check('english-text');
    expect(brief(findings)).toEqual([
      'error english-text content/docs/english-text.mdx:7:43 «Barcode icon» -> «Strekkode-ikon»',
      'error english-text content/docs/english-text.mdx:9:3 «Screenshot of the dialog» -> «»',
      'error english-text content/docs/english-text.mdx:11:12 «Click the button to save» -> «»',
    ]);
    expect(findings[0]!.message).toMatchInlineSnapshot(
      `"aria-label="Barcode icon" er engelsk tekst. Skjermlesere leser den opp med norsk uttale midt på en norsk side. Termlisten har «Strekkode-ikon» for «Barcode icon»."`,
    );
  });

  it('reports a simulator label the pages use only in another form, at the label in the catalog', () => {
    const findings = check('unused-label');
    expect(brief(findings)).toEqual([
      'warning unused-label content/i18n/nb/sim.json:6:- «Test tilkobling» -> «Test ERP-tilkobling»',
    ]);
    expect(findings[0]!.message).toMatchInlineSnapshot(
      `"Simulatoren viser «Test tilkobling» (sim.ui.dialog.test), men ingen side bruker den formen. Sidene skriver **Test ERP-tilkobling** (content/docs/unused-label.mdx:7). Bruk samme navn i sidene og i simulatoren."`,
    );
  });

  it('turns every finding on a page the term base keeps as written into a warning', () => {
    expect(brief(check('as-written'))).toEqual([
      'warning avoid-variant content/docs/as-written.mdx:7:10 «omfang» -> «Synlighet»',
    ]);
    expect(check('as-written')[0]!.message).toMatch(
      /Siden står slik forfatteren skrev den, så funnet er en advarsel\.\)$/,
    );
  });

  it('leaves English alone on a page that declares another language', () => {
    const source = '---\nlanguage: en\n---\n\nClick the button to save.\n';
    expect(checkTexts([{ path: 'content/docs/en/page.mdx', source }], base, labels)).toEqual([]);
    const norwegian = source.replace('language: en', 'language: no');
    expect(brief(checkTexts([{ path: 'content/docs/no/page.mdx', source: norwegian }], base, labels))).toEqual([
      'error english-text content/docs/no/page.mdx:5:1 «Click the button to save» -> «»',
    ]);
  });

  it('checks a whole site: pages and included files, findings sorted by file and line', () => {
    const findings = checkSite(SITE);
    expect(findings.map((f) => `${f.page}:${f.line} ${f.kind}`)).toEqual([
      'content/docs/as-written.mdx:7 avoid-variant',
      'content/docs/avoid-variant.mdx:7 avoid-variant',
      'content/docs/avoid-variant.mdx:9 avoid-variant',
      'content/docs/english-text.mdx:7 english-text',
      'content/docs/english-text.mdx:9 english-text',
      'content/docs/english-text.mdx:11 english-text',
      'content/docs/inconsistent-concept.mdx:9 inconsistent-concept',
      'content/docs/unknown-ui-term.mdx:7 unknown-ui-term',
      'content/docs/unknown-ui-term.mdx:9 unknown-ui-term',
      'content/docs/unknown-ui-term.mdx:9 unknown-ui-term',
      'content/i18n/nb/sim.json:6 unused-label',
    ]);
  });
});

describe('the term checker on the real site', () => {
  const findings = checkSite('.');
  const seedPath = 'content/docs/no/erp/admin/update-connection.mdx';
  const seedLines = readFileSync(seedPath, 'utf8').split('\n');
  const lineOf = (text: string) => seedLines.findIndex((line) => line.includes(text)) + 1;

  it('surfaces the seed page English aria-label and its avoided test name, as warnings', () => {
    const seed = findings.filter((f) => f.page === seedPath);
    expect(seed).toContainEqual(
      expect.objectContaining({
        kind: 'english-text',
        severity: 'warning',
        line: lineOf('aria-label="Barcode icon"'),
        text: 'Barcode icon',
        suggestion: 'Strekkode-ikon',
      }),
    );
    expect(seed).toContainEqual(
      expect.objectContaining({
        kind: 'avoid-variant',
        severity: 'warning',
        line: lineOf('forbindelsestesten'),
        text: 'forbindelsestesten',
        suggestion: 'tilkoblingstest',
      }),
    );
  });

  it('surfaces the seed page other findings: omfang, connector-spesifikke, felttilknytninger, listekoblinger', () => {
    const seed = findings
      .filter((f) => f.page === seedPath && f.kind === 'avoid-variant')
      .map((f) => `${f.text} -> ${f.suggestion}`);
    expect(seed).toEqual(
      expect.arrayContaining([
        'omfang -> Synlighet',
        'connector-spesifikke -> Sync Connector',
        'felttilknytninger -> Tilordninger',
        'listekoblinger -> Listetilordning',
      ]),
    );
    expect(findings.filter((f) => f.page === seedPath).every((f) => f.severity === 'warning')).toBe(true);
  });

  it('gives every finding a page, a line and a Norwegian explanation', () => {
    for (const f of findings) {
      expect(f.line).toBeGreaterThan(0);
      expect(f.message.length).toBeGreaterThan(20);
    }
  });
});
