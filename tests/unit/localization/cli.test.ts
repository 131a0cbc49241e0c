import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

// The CLIs run on Node 24 without a compiler, as npm scripts run them: use the project's pinned node.
const NODE = existsSync('node_modules/.bin/node') ? resolve('node_modules/.bin/node') : process.execPath;
const CHECK_TERMS = resolve('src/localization/cli/check-terms.ts');
const XLIFF = resolve('src/localization/cli/xliff.ts');
const SITE = resolve('tests/fixtures/localization/site');

function run(script: string, args: string[], cwd = process.cwd()) {
  const result = spawnSync(NODE, [script, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const temporary: string[] = [];
/** A scratch copy of the fixture site, so an import may write its catalogs. */
function scratchSite(): string {
  const dir = mkdtempSync(join(tmpdir(), 'localization-'));
  temporary.push(dir);
  cpSync(SITE, dir, { recursive: true });
  return dir;
}
afterEach(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('check-terms', () => {
  it('prints the findings grouped by page and exits 1 when there is an error', () => {
    const { code, out } = run(CHECK_TERMS, [SITE]);
    expect(code).toBe(1);
    expect(out).toContain(
      'content/docs/avoid-variant.mdx (2 feil, 0 advarsler)\n  content/docs/avoid-variant.mdx:7  avoid-variant  forbindelsestesten -> tilkoblingstest\n',
    );
    expect(out).toContain(
      '  content/docs/unknown-ui-term.mdx:9  unknown-ui-term  Lagre endringer -> (ingen forslag)\n',
    );
    expect(out.trimEnd().split('\n').at(-1)).toBe(
      '8 feil, 3 advarsler (unknown-ui-term: 3, unused-label: 1, avoid-variant: 3, inconsistent-concept: 1, english-text: 3)',
    );
  });

  it('exits 0 when there are only warnings, as on the real site today', () => {
    const { code, out } = run(CHECK_TERMS, []);
    expect(code).toBe(0);
    expect(out).toMatch(/^0 feil, \d+ advarsler/m);
  });

  it('exits 1 and names file, field and line when the term base is invalid', () => {
    const dir = scratchSite();
    cpSync(resolve('tests/fixtures/localization/terms-malformed.yaml'), join(dir, 'content/terms.yaml'));
    const { code, err } = run(CHECK_TERMS, [dir]);
    expect(code).toBe(1);
    expect(err).toContain(
      'content/terms.yaml:9 field "terms.1.id": id may hold only lower-case letters, digits and dashes',
    );
  });
});

describe('xliff', () => {
  it('exports, and imports a translated file into the English catalogs only', () => {
    const dir = scratchSite();
    const exported = run(XLIFF, ['export', 'out.xlf'], dir);
    expect(exported).toMatchObject({ code: 0, out: 'Wrote out.xlf: 8 units, nb -> en (XLIFF 2.0)\n' });
    const nbBefore = readFileSync(join(dir, 'content/i18n/nb/sim.json'), 'utf8');
    const translated = readFileSync(join(dir, 'out.xlf'), 'utf8').replace(
      '<target>Next</target>',
      '<target>Next page</target>',
    );
    writeFileSync(join(dir, 'in.xlf'), translated);
    const imported = run(XLIFF, ['import', 'in.xlf'], dir);
    expect(imported).toMatchObject({
      code: 0,
      out: 'Imported in.xlf: 1 text(s) changed\n  site.pager.next: "Next" -> "Next page"\n',
    });
    expect(readFileSync(join(dir, 'content/i18n/en/site.json'), 'utf8')).toContain('"site.pager.next": "Next page"');
    expect(readFileSync(join(dir, 'content/i18n/nb/sim.json'), 'utf8')).toBe(nbBefore);
  });

  it('writes nothing and exits 1 when the file has a problem', () => {
    const dir = scratchSite();
    const before = readFileSync(join(dir, 'content/i18n/en/site.json'), 'utf8');
    const { code, err } = run(
      XLIFF,
      ['import', resolve('tests/fixtures/localization/xliff/broken-placeholder.xlf')],
      dir,
    );
    expect(code).toBe(1);
    expect(err).toContain('unit "site.search.results": its placeholders changed');
    expect(readFileSync(join(dir, 'content/i18n/en/site.json'), 'utf8')).toBe(before);
  });
});
