import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../../../src/schemas/friendly-error.ts';
import fc from 'fast-check';
import { compileForm, findForm, formNeedle } from '../../../src/localization/terms/matcher.ts';
import { parseTermBase } from '../../../src/localization/terms/parse-terms.ts';
import { englishRuns, isEnglishLabel, allowList } from '../../../src/localization/terms/english.ts';

const FIXTURES = 'tests/fixtures/localization';

function errorOf(file: string): ContentError {
  try {
    parseTermBase(readFileSync(file, 'utf8'), file);
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error(`${file} was accepted`);
}

const found = (form: string, text: string) => findForm(compileForm(form), text).map((m) => m.text);

describe('the term base', () => {
  const base = parseTermBase(readFileSync('content/terms.yaml', 'utf8'));

  it('is valid and covers the concepts of the dialog and the pages', () => {
    const names = base.terms.map((t) => t.nb);
    for (const name of [
      'ERP-kobling',
      'Sync Connector',
      'Synlighet',
      'tilkoblingstest',
      'konfigurasjonsfelt',
      'Aktiv',
      'Tilordninger',
      'Listetilordning',
      'Standardverdier',
      'Ranger felt',
      'ERP-aktør',
      'CRM-enhet',
      'Innstillinger og vedlikehold',
      'Tilbud/Sync',
      'Angitte brukere + grupper',
      'Test ERP-tilkobling',
      'Konfigurer ERP-kobling',
      'Angi ny ERP-kobling',
      'avmerkingsboks',
      'nedtonet',
    ]) {
      expect(names).toContain(name);
    }
    expect(base.allow).toEqual(
      expect.arrayContaining(['Sync Connector', 'ERP', 'CRM', 'SuperOffice', 'OK', 'URL', 'API', 'Sync']),
    );
    expect(base.asWritten).toEqual(['content/docs/no/erp/admin/update-connection.mdx']);
  });

  it('names the file, the field path and the line of each mistake in a malformed term base', () => {
    expect(errorOf(`${FIXTURES}/terms-malformed.yaml`).message).toMatchInlineSnapshot(`
      "tests/fixtures/localization/terms-malformed.yaml is not valid:
        - tests/fixtures/localization/terms-malformed.yaml:7 field "terms.0.avoid.1": "/forbindelse(test/" is not a valid pattern: Invalid regular expression: /forbindelse(test/iu: Unterminated group
        - tests/fixtures/localization/terms-malformed.yaml:9 field "terms.1.id": id may hold only lower-case letters, digits and dashes
        - tests/fixtures/localization/terms-malformed.yaml:12 field "terms.1.ui": ui must be true or false
        - tests/fixtures/localization/terms-malformed.yaml:18 field "terms.2.note": note must not be empty
        - tests/fixtures/localization/terms-malformed.yaml:19 field "terms.2.synonyms": unknown field(s): synonyms"
    `);
  });

  it('reports entries that contradict each other: a repeated id, a term that avoids itself', () => {
    expect(errorOf(`${FIXTURES}/terms-conflicts.yaml`).message).toMatchInlineSnapshot(`
      "tests/fixtures/localization/terms-conflicts.yaml is not valid:
        - tests/fixtures/localization/terms-conflicts.yaml:11 field "terms.1.avoid.1": "ERP-kobling" also matches the preferred term "ERP-kobling"
        - tests/fixtures/localization/terms-conflicts.yaml:13 field "terms.2.id": id "tilkoblingstest" is already used by term 1"
    `);
  });

  it('points a YAML syntax error at its line', () => {
    const error = errorOf(`${FIXTURES}/terms-not-yaml.yaml`);
    expect(error.problems[0]).toMatchObject({ field: '(YAML syntax)', line: 4 });
  });
});

describe('matching a form in Norwegian text', () => {
  it('finds the inflected forms of a word: definite, plural, genitive', () => {
    expect(
      found(
        'forbindelsestest',
        'forbindelsestest, forbindelsestesten, forbindelsestester, forbindelsestestene, forbindelsestestens',
      ),
    ).toEqual([
      'forbindelsestest',
      'forbindelsestesten',
      'forbindelsestester',
      'forbindelsestestene',
      'forbindelsestestens',
    ]);
    expect(found('omfang', 'Omfanget og omfang')).toEqual(['Omfanget', 'omfang']);
  });

  it('finds a word as a part of a hyphenated compound, on either side of the hyphen', () => {
    expect(found('forbindelsestest', 'ERP-forbindelsestesten og forbindelsestest-loggen')).toEqual([
      'forbindelsestesten',
      'forbindelsestest',
    ]);
    expect(found('connector-spesifikk', 'connector-spesifikke felt')).toEqual(['connector-spesifikke']);
  });

  it('does not find a word inside another word: no false hits in closed compounds', () => {
    expect(found('omfang', 'en omfangsrik endring')).toEqual([]);
    expect(found('kobling', 'tilkoblingen og ERP-koblingen')).toEqual(['koblingen']);
    expect(found('OK', 'ok, OK-knappen')).toEqual(['OK']);
  });

  it('takes /patterns/ for what endings cannot express, such as closed compounds', () => {
    expect(found('/liste-?kobling\\p{L}*/', 'Listekoblinger, liste-koblingsdialogen og listekobling')).toEqual([
      'Listekoblinger',
      'liste-koblingsdialogen',
      'listekobling',
    ]);
  });

  it("never skips a text the form matches: every match contains the form's needle as written", () => {
    const letters = fc.constantFrom(...'aeknoøåKOEPRS-'.split(''));
    const word = fc.string({ unit: letters, minLength: 1, maxLength: 6 });
    const form = fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join(' '));
    const text = fc.array(fc.oneof(word, fc.constantFrom(' ', '\n', ', ', 'ene', 'en')), { maxLength: 12 });
    fc.assert(
      fc.property(form, text, (f, parts) => {
        const needle = formNeedle(f);
        for (const match of findForm(compileForm(f), parts.join(''))) {
          if (needle !== undefined) expect(match.text).toContain(needle);
        }
      }),
    );
    expect(formNeedle('/liste-?kobling/')).toBeUndefined();
    expect(formNeedle('Test ERP-tilkobling')).toBe('est');
  });

  it('matches a phrase across a line break, as a wrapped line in the source has it', () => {
    expect(found('Angitte brukere og grupper', 'Velg Angitte brukere\nog grupper')).toEqual([
      'Angitte brukere\nog grupper',
    ]);
  });
});

describe('finding English in Norwegian text', () => {
  const allow = allowList(['Sync Connector', 'ERP', 'OK', 'URL']);
  const runs = (text: string) => englishRuns(text, allow).map((s) => s.text);

  it('finds runs of English words, across a word both languages share', () => {
    expect(runs('Klikk her. Click the button to save the settings.')).toEqual([
      'Click the button to save the settings',
    ]);
  });

  it('leaves Norwegian, product names, one loan word, URLs and e-mail addresses alone', () => {
    expect(runs('Velg hvilken Sync Connector koblingen skal bruke, og klikk på OK.')).toEqual([]);
    expect(runs('Test ERP-tilkobling under fanen for data til systemet.')).toEqual([]);
    expect(runs('Se https://erp.example.com/the/api/for/you eller skriv til help@the.example.com.')).toEqual([]);
    expect(runs('Bruk en default verdi.')).toEqual([]);
  });

  it('judges a short label as a whole', () => {
    expect(isEnglishLabel('Barcode icon', allow)).toBe(true);
    expect(isEnglishLabel('Icon', allow)).toBe(true);
    expect(isEnglishLabel('Strekkode-ikon', allow)).toBe(false);
    expect(isEnglishLabel('ERP URL', allow)).toBe(false);
    expect(isEnglishLabel('Ikon for settings', allow)).toBe(false);
  });
});
