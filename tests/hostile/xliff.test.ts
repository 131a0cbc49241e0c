import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { loadCatalogs } from '../../src/loaders/catalogs.ts';
import { LIMITS_FILE, limitFinder, parseLimits } from '../../src/localization/review/limits.ts';
import { exportXliff } from '../../src/localization/xliff/export.ts';
import { importXliff } from '../../src/localization/xliff/import.ts';
import { XLIFF_MAX_TEXT_CHARS, XLIFF_MAX_UNITS } from '../../src/localization/xliff/sizes.ts';

const SITE = resolve('tests/fixtures/localization/site');
const HOSTILE = resolve('tests/fixtures/hostile/xliff');
const TRANSLATED = readFileSync('tests/fixtures/localization/xliff/translated.xlf', 'utf8');
const LIMITS = readFileSync(join(HOSTILE, 'limits.yaml'), 'utf8');
const NODE = existsSync('node_modules/.bin/node') ? resolve('node_modules/.bin/node') : process.execPath;
const REFUSED = 'The XLIFF file was not imported';

/** The import's refusal of `xml` against the fixture site's catalogs and the hostile limits. */
function refusal(xml: string): string {
  const catalogs = loadCatalogs(SITE);
  try {
    importXliff(xml, catalogs, undefined, limitFinder(parseLimits(LIMITS)));
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the file was imported');
}

/** A unit of the fixture's kind, for files made here. */
const unit = (id: string, source: string, target: string) =>
  `    <unit id="${id}">\n      <segment>\n        <source>${source}</source>\n        <target>${target}</target>\n      </segment>\n    </unit>\n`;

describe('the XLIFF import refuses what does not fit, and says so briefly', () => {
  test('a new translation over its limit in limits.yaml', () => {
    expect(refusal(readFileSync(join(HOSTILE, 'over-limit.xlf'), 'utf8'))).toBe(
      `${REFUSED} (1 problem); the catalogs are unchanged:\n  - unit "sim.ui.dialog.test": its <target> has 41 characters, over the limit of 24 for sim.ui.dialog.* (etikett i dialogboksen) in content/i18n/limits.yaml; shorten the translation`,
    );
  });

  test('a unit written twice is named', () => {
    expect(refusal(readFileSync(join(HOSTILE, 'duplicate-unit.xlf'), 'utf8'))).toBe(
      `${REFUSED} (1 problem); the catalogs are unchanged:\n  - unit "sim.ui.dialog.active": it is written 2 times in <file id="sim">; keep one`,
    );
  });

  test('a text longer than any text may be, without printing it', () => {
    const huge = 'x'.repeat(XLIFF_MAX_TEXT_CHARS + 1);
    const message = refusal(TRANSLATED.replace('<target>Next page</target>', `<target>${huge}</target>`));
    expect(message).toBe(
      `${REFUSED} (1 problem); the catalogs are unchanged:\n  - unit "site.pager.next": its <target> has 2001 characters; a text may have at most 2000`,
    );
  });

  test('a stale source text of any length is quoted as an excerpt', () => {
    const long = 'Ny tekst. '.repeat(500);
    const message = refusal(TRANSLATED.replace('<source>Neste</source>', `<source>${long}</source>`));
    expect(message).toContain(`in the file: "${long.slice(0, 60)}…" (5000 characters)`);
    expect(message.length).toBeLessThan(500);
  });

  test('more units than the cap are refused before the file is parsed', () => {
    const many = unit('x', 'a', 'b').repeat(XLIFF_MAX_UNITS + 1);
    expect(
      refusal(TRANSLATED.replace('  <file id="site">', `  <file id="many">\n${many}  </file>\n  <file id="site">`)),
    ).toBe(
      `${REFUSED} (1 problem); the catalogs are unchanged:\n  - it has 10009 <unit> elements; the catalogs have far fewer keys, and at most 10000 are read`,
    );
  });

  test("the real catalogs' own export still imports with the real limits (texts already over a limit are kept)", () => {
    const catalogs = loadCatalogs('.');
    const limits = limitFinder(parseLimits(readFileSync(LIMITS_FILE, 'utf8')));
    expect(importXliff(exportXliff(catalogs), catalogs, undefined, limits).changed).toEqual([]);
  });

  test('a thousand problems are summarised: the first 20 and a count', () => {
    const units = Array.from({ length: 1000 }, (_, i) => unit(`sim.ui.finnes-ikke-${i}`, 'a', 'b')).join('');
    const message = refusal(
      TRANSLATED.replace('  </file>\n  <file id="site">', `${units}  </file>\n  <file id="site">`),
    );
    const lines = message.split('\n');
    expect(lines[0]).toBe(`${REFUSED} (1000 problems); the catalogs are unchanged:`);
    expect(lines).toHaveLength(22);
    expect(lines.at(-1)).toBe('  - ... and 980 more');
  });
});

describe('npm run xliff -- import, on a copy of the fixture site', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  /** A scratch copy of the fixture site with the hostile limits, so an import could write its catalogs. */
  function site(): string {
    const dir = mkdtempSync(join(tmpdir(), 'xliff-hostile-'));
    dirs.push(dir);
    cpSync(SITE, dir, { recursive: true });
    writeFileSync(join(dir, 'content/i18n/limits.yaml'), LIMITS);
    return dir;
  }
  const importIn = (dir: string, file: string) => {
    const run = spawnSync(NODE, [resolve('src/localization/cli/xliff.ts'), 'import', file], {
      cwd: dir,
      encoding: 'utf8',
    });
    return { code: run.status, out: run.stdout, err: run.stderr };
  };
  const english = (dir: string) => readFileSync(join(dir, 'content/i18n/en/sim.json'), 'utf8');

  test('a missing file is one clear line, not a stack', () => {
    expect(importIn(site(), 'finnes-ikke.xlf')).toEqual({
      code: 1,
      out: '',
      err: 'Cannot import finnes-ikke.xlf: there is no such file.\n',
    });
  });

  test('a 20 MB file is refused before it is read, in one line, and nothing is written', () => {
    const dir = site();
    const before = english(dir);
    const big = TRANSLATED.replace('<target>Active</target>', `<target>${'A'.repeat(20_000_000)}</target>`);
    writeFileSync(join(dir, 'stor.xlf'), big);
    expect(importIn(dir, 'stor.xlf')).toEqual({
      code: 1,
      out: '',
      err: 'Cannot import stor.xlf: it is 20.0 MB; an XLIFF file of the catalogs is far smaller, and at most 5.0 MB is read. Nothing was changed.\n',
    });
    expect(english(dir)).toBe(before);
  });

  test('an accepted import lists what changed as excerpts, never a whole text', () => {
    const dir = site();
    const long = 'The test must succeed before you can click OK, and it must be the test of the settings shown now.';
    const file = join(dir, 'lang.xlf');
    writeFileSync(
      file,
      TRANSLATED.replace('<target>The test must succeed before you can click OK.</target>', `<target>${long}</target>`),
    );
    const { code, out } = importIn(dir, 'lang.xlf');
    expect(code).toBe(0);
    expect(out).toContain(
      `  sim.rule.ok-needs-passed-test: "The test must succeed before you can click OK." -> "${long.slice(0, 60)}…" (${long.length} characters)\n`,
    );
    expect(english(dir)).toContain(long);
  });

  test('a translation over its limit writes nothing and exits 1', () => {
    const dir = site();
    const before = english(dir);
    const { code, err } = importIn(dir, join(HOSTILE, 'over-limit.xlf'));
    expect(code).toBe(1);
    expect(err).toContain('unit "sim.ui.dialog.test": its <target> has 41 characters, over the limit of 24');
    expect(english(dir)).toBe(before);
  });
});
