import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALLOWED_TEXT, hardcodedTexts } from '../../../src/localization/review/hardcoded.ts';
import { componentFiles } from '../../../src/localization/review/index.ts';
import { parseSource, readSources } from '../../../src/localization/review/source-scan.ts';

const FIXTURES = 'tests/fixtures/localization/hardcoded';
const scan = (name: string) =>
  hardcodedTexts(parseSource(`${FIXTURES}/${name}`, readFileSync(`${FIXTURES}/${name}`, 'utf8')));

describe('text written straight into a component', () => {
  it('is found in JSX and Astro text and in the attributes a reader sees or hears, with file and line', () => {
    expect(scan('Planted.tsx')).toMatchInlineSnapshot(`
      [
        {
          "file": "tests/fixtures/localization/hardcoded/Planted.tsx",
          "line": 4,
          "text": "Lagring",
          "where": "aria-label",
        },
        {
          "file": "tests/fixtures/localization/hardcoded/Planted.tsx",
          "line": 5,
          "text": "Endringene er lagret.",
          "where": "text",
        },
        {
          "file": "tests/fixtures/localization/hardcoded/Planted.tsx",
          "line": 6,
          "text": "Vent litt",
          "where": "title",
        },
        {
          "file": "tests/fixtures/localization/hardcoded/Planted.tsx",
          "line": 6,
          "text": "Lagre",
          "where": "title",
        },
        {
          "file": "tests/fixtures/localization/hardcoded/Planted.tsx",
          "line": 7,
          "text": "Lagre endringene",
          "where": "text",
        },
        {
          "file": "tests/fixtures/localization/hardcoded/Planted.tsx",
          "line": 9,
          "text": "Skriv et navn",
          "where": "placeholder",
        },
      ]
    `);
    expect(scan('planted.astro')).toMatchInlineSnapshot(`
      [
        {
          "file": "tests/fixtures/localization/hardcoded/planted.astro",
          "line": 6,
          "text": "Slik endrer du koblingen",
          "where": "text",
        },
        {
          "file": "tests/fixtures/localization/hardcoded/planted.astro",
          "line": 7,
          "text": "Strekkode-ikon",
          "where": "alt",
        },
      ]
    `);
  });

  it('is not found where every text comes from t(), or is punctuation, a number, code or an allowed name', () => {
    expect(scan('Clean.tsx')).toEqual([]);
    expect(Object.keys(ALLOWED_TEXT)).toEqual(['SuperOffice', 'SuperOffice CRM']);
  });

  it('is in none of the simulator, exercise, component, layout and page files', () => {
    const files = componentFiles('.');
    expect(files).toEqual(
      expect.arrayContaining([
        'src/simulator/ui/Toolbar.tsx',
        'src/simulator/ui/dialog/DialogFooter.tsx',
        'src/layouts/BaseLayout.astro',
        'src/pages/oversettelse.astro',
      ]),
    );
    expect(files.length).toBeGreaterThan(30);
    expect(readSources('.', files).flatMap(hardcodedTexts)).toEqual([]);
  });
});
