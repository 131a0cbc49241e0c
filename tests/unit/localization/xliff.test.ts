import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCatalogs } from '../../../src/loaders/catalogs.ts';
import { parseCatalog } from '../../../src/localization/catalogs/parse.ts';
import { serializeCatalog } from '../../../src/localization/catalogs/serialize.ts';
import { catalogPath, namespaceOf, type Catalogs } from '../../../src/localization/catalogs/types.ts';
import { exportXliff } from '../../../src/localization/xliff/export.ts';
import { importXliff } from '../../../src/localization/xliff/import.ts';
import { XliffImportError } from '../../../src/localization/xliff/import-error.ts';

/** The fixture site's catalogs: small, so the messages below stay readable. */
const FIXTURE_ROOT = 'tests/fixtures/localization/site';
const planted = (name: string) => readFileSync(`tests/fixtures/localization/xliff/${name}.xlf`, 'utf8');

/** Imports and returns the refusal; fails the test if the file was accepted or the catalogs changed. */
function refusal(xml: string): string {
  const catalogs = loadCatalogs(FIXTURE_ROOT);
  const before = structuredClone(catalogs);
  try {
    importXliff(xml, catalogs);
  } catch (error) {
    expect(error).toBeInstanceOf(XliffImportError);
    expect(catalogs).toEqual(before);
    return (error as Error).message;
  }
  throw new Error('the file was imported');
}

describe('XLIFF export', () => {
  const xml = exportXliff(loadCatalogs(FIXTURE_ROOT));

  it('writes XLIFF 2.0 with nb as source and en as target', () => {
    expect(xml).toMatch(
      /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2\.0" version="2\.0" srcLang="nb" trgLang="en">/,
    );
  });

  it('groups the units per catalog file, one unit per key with source and target', () => {
    expect([...xml.matchAll(/<file id="([^"]+)">/g)].map((m) => m[1])).toEqual(['sim', 'site']);
    expect(xml).toContain(
      [
        '    <unit id="site.pager.next">',
        '      <segment>',
        '        <source>Neste</source>',
        '        <target>Next</target>',
        '      </segment>',
        '    </unit>',
      ].join('\n'),
    );
  });

  it('tells the translator which placeholders to keep', () => {
    expect(xml).toContain('<note>Placeholders to keep: {label} ({labelEn} stands for {label})</note>');
  });
});

/** Catalogs from file texts (`nb/sim.dialog` -> text), as loadCatalogs would read them. */
function catalogsOf(files: Record<string, string>): Catalogs {
  const result: Record<string, Record<string, ReturnType<typeof parseCatalog>>> = {};
  for (const [path, text] of Object.entries(files)) {
    const [lang, name] = path.split('/') as [string, string];
    (result[lang] ??= {})[name] = parseCatalog(catalogPath(lang, name), namespaceOf(name), text);
  }
  return result;
}

describe('XLIFF with a namespace split across files', () => {
  const files = {
    'nb/sim': '{\n  "sim.ui.button.configure": "Konfigurer ERP-kobling"\n}\n',
    'nb/sim.dialog': '{\n  "sim.ui.dialog.ok": "OK",\n\n  "sim.validation.required": "Feltet må fylles ut."\n}\n',
    'en/sim': '{\n  "sim.ui.button.configure": "Configure ERP connection"\n}\n',
    'en/sim.dialog': '{\n  "sim.ui.dialog.ok": "OK",\n\n  "sim.validation.required": "Fill in the field."\n}\n',
  };

  it('exports one <file> per file and imports each back into its own file, byte for byte', () => {
    const catalogs = catalogsOf(files);
    const xml = exportXliff(catalogs);
    expect([...xml.matchAll(/<file id="([^"]+)">/g)].map((m) => m[1])).toEqual(['sim', 'sim.dialog']);
    const { catalogs: same, changed: none } = importXliff(xml, catalogs);
    expect(none).toEqual([]);
    expect(serializeCatalog(same.en!['sim.dialog']!)).toBe(files['en/sim.dialog']);
    expect(serializeCatalog(same.en!.sim!)).toBe(files['en/sim']);

    const { catalogs: imported, changed } = importXliff(
      xml.replace('<target>Fill in the field.</target>', '<target>This field is required.</target>'),
      catalogs,
    );
    expect(changed).toEqual([
      {
        catalog: 'sim.dialog',
        key: 'sim.validation.required',
        before: 'Fill in the field.',
        after: 'This field is required.',
      },
    ]);
    expect(imported.en!['sim.dialog']).toMatchObject({
      file: 'content/i18n/en/sim.dialog.json',
      messages: { 'sim.validation.required': 'This field is required.' },
    });
    expect(serializeCatalog(imported.en!.sim!)).toBe(files['en/sim']);
  });

  it('moves a translation to the file the source keeps its key in, instead of leaving it in two files', () => {
    const moved = catalogsOf({
      ...files,
      'en/sim': '{\n  "sim.ui.button.configure": "Configure ERP connection",\n  "sim.ui.dialog.ok": "OK"\n}\n',
      'en/sim.dialog': '{\n  "sim.validation.required": "Fill in the field."\n}\n',
    });
    const { catalogs: imported, changed } = importXliff(
      exportXliff(moved).replace(
        /(<unit id="sim\.ui\.dialog\.ok">\s*<segment>\s*<source>OK<\/source>)\s*<target>OK<\/target>/,
        '$1',
      ),
      moved,
    );
    expect(changed).toEqual([]);
    expect(serializeCatalog(imported.en!['sim.dialog']!)).toBe(files['en/sim.dialog']);
    expect(serializeCatalog(imported.en!.sim!)).toBe(files['en/sim']);
  });
});

describe('XLIFF import', () => {
  it('changes nothing on a round trip of the real catalogs: every file comes back byte for byte', () => {
    const catalogs = loadCatalogs('.');
    const { catalogs: imported, changed } = importXliff(exportXliff(catalogs), catalogs);
    expect(changed).toEqual([]);
    for (const namespaces of Object.values(imported)) {
      for (const catalog of Object.values(namespaces))
        expect(serializeCatalog(catalog), catalog.file).toBe(readFileSync(catalog.file, 'utf8'));
    }
  });

  it('takes a translated file: new texts replace the old, a unit without target keeps its text', () => {
    const catalogs = loadCatalogs(FIXTURE_ROOT);
    const before = structuredClone(catalogs);
    const { catalogs: imported, changed } = importXliff(planted('translated'), catalogs);
    expect(changed).toEqual([
      { catalog: 'sim', key: 'sim.ui.dialog.test', before: 'Test connection', after: 'Test the connection' },
      { catalog: 'site', key: 'site.pager.next', before: 'Next', after: 'Next page' },
    ]);
    expect(imported.en!.sim!.messages['sim.ui.dialog.ok']).toBe('OK');
    expect(serializeCatalog(imported.en!.site!)).toBe(
      '{\n  "site.pager.next": "Next page",\n  "site.search.results": "{count} results for “{query}”"\n}\n',
    );
    expect(imported.nb).toBe(catalogs.nb);
    expect(catalogs).toEqual(before);
  });

  it('refuses a file that is not well-formed XML', () => {
    expect(refusal(planted('malformed'))).toMatchInlineSnapshot(`
      "The XLIFF file was not imported (1 problem); the catalogs are unchanged:
        - it is not well-formed XML: the file ends before these elements are closed: "xliff","file","unit","segm" (is it cut off?)"
    `);
    expect(refusal('Ikke XML <')).toMatch(/it is not well-formed XML at line 1, column 1: char 'I' is not expected/);
    expect(refusal('<catalog><entry/></catalog>')).toMatch(
      /not an XLIFF file: the root element is <catalog>, not <xliff version="2\.0">/,
    );
  });

  it('refuses XLIFF 1.2', () => {
    expect(refusal(planted('xliff12'))).toMatchInlineSnapshot(`
      "The XLIFF file was not imported (1 problem); the catalogs are unchanged:
        - it is XLIFF 1.2, not XLIFF 2.0: export it from the translation tool as XLIFF 2.0"
    `);
  });

  it('refuses the wrong language pair', () => {
    expect(refusal(planted('wrong-pair'))).toMatchInlineSnapshot(`
      "The XLIFF file was not imported (1 problem); the catalogs are unchanged:
        - wrong language pair: the file has srcLang="en" trgLang="nb", expected srcLang="nb" trgLang="en""
    `);
  });

  it('refuses a unit for a key that does not exist', () => {
    expect(refusal(planted('unknown-unit'))).toMatchInlineSnapshot(`
      "The XLIFF file was not imported (1 problem); the catalogs are unchanged:
        - unit "sim.ui.dialog.help": there is no such key in content/i18n/nb/sim.json; remove the unit or export again"
    `);
  });

  it('refuses a file that lacks a unit', () => {
    expect(refusal(planted('missing-unit'))).toMatchInlineSnapshot(`
      "The XLIFF file was not imported (1 problem); the catalogs are unchanged:
        - unit "site.pager.next": the unit is missing from <file id="site">"
    `);
  });

  it('refuses a unit whose source is not the current Norwegian text', () => {
    expect(refusal(planted('stale-source'))).toMatchInlineSnapshot(`
      "The XLIFF file was not imported (1 problem); the catalogs are unchanged:
        - unit "sim.ui.dialog.test": its source text no longer matches the current nb text; export again and translate the new text.
            in the file: "Test forbindelse"
            now:         "Test tilkobling""
    `);
  });

  it('refuses a target whose placeholders differ from the source', () => {
    expect(refusal(planted('broken-placeholder'))).toMatchInlineSnapshot(`
      "The XLIFF file was not imported (1 problem); the catalogs are unchanged:
        - unit "site.search.results": its placeholders changed: the source has {count} {query}, the target has {count} {search}. Keep every {placeholder} of the source as written"
    `);
  });

  it('refuses a unit written twice and a unit with inline markup', () => {
    const xml = planted('translated');
    const twice = xml.replace(
      '  </file>\n  <file id="site">',
      `${xml.slice(xml.indexOf('    <unit id="sim.ui.dialog.active">'), xml.indexOf('    <unit id="sim.ui.dialog.test">'))}  </file>\n  <file id="site">`,
    );
    expect(refusal(twice)).toMatch(
      /unit "sim\.ui\.dialog\.active": it is written 2 times in <file id="sim">; keep one/,
    );
    const inline = xml.replace('<target>{count} users</target>', '<target><ph id="1" disp="{count}"/> users</target>');
    expect(refusal(inline)).toMatch(
      /unit "sim\.ui\.dialog\.users": inline markup \(<ph>, <pc>, \.\.\.\) is not supported/,
    );
  });
});
