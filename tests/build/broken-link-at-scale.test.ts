import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeGeneratedDocsRoot, writeGeneratedOwnPages } from '../../scripts/bench/generated-docs-root.mjs';

const PROJECT = resolve('.');
const PAGES = 200;

/** The 1-based line of the first line of `file` that contains `text`. */
function lineOf(file: string, text: string): number {
  return (
    readFileSync(file, 'utf8')
      .split('\n')
      .findIndex((line) => line.includes(text)) + 1
  );
}

/**
 * One real `astro build` shared by the tests: a copy of the project whose content/docs has 200 copies of the seed
 * page beside the site's own pages, built with a docs root (DOCS_ROOT) of 200 more, the way the benchmark builds
 * them. One of the site's own copies and one of the docs root's link to a page that does not exist. The speed-ups
 * (a link index built once, renders reused, the term check in a thread) must not lose either finding.
 */
let root: string;
let run: { status: number | null; output: string };

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'scale-build-'));
  for (const entry of ['src', 'public', 'content', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
    cpSync(join(PROJECT, entry), join(root, entry), { recursive: true });
  symlinkSync(join(PROJECT, 'node_modules'), join(root, 'node_modules'), 'dir');
  writeGeneratedOwnPages(join(root, 'content/docs'), PAGES, { broken: { page: 137, target: 'finnes-ikke.md' } });
  const docsRoot = writeGeneratedDocsRoot(join(root, 'generated-docs'), PAGES, {
    broken: { page: 42, target: '../g3/finnes-heller-ikke.md' },
  });
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', DOCS_ROOT: docsRoot };
  const result = spawnSync(join(PROJECT, 'node_modules/.bin/astro'), ['build'], {
    cwd: root,
    env,
    encoding: 'utf8',
    timeout: 240_000,
  });
  run = { status: result.status, output: `${result.stdout}${result.stderr}` };
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a 200-page build with one broken link in one page', () => {
  test("fails on the site's own page and names its file, line and link", () => {
    const page = 'content/docs/no/gen/page-137.mdx';
    const line = lineOf(join(root, page), '[1]: finnes-ikke.md');
    expect(line).toBeGreaterThan(0);
    expect(run.status, run.output).toBe(1);
    expect(run.output).toContain(`${page}:${line}: finnes-ikke.md: no page is served at /no/gen/finnes-ikke/`);
    // One broken link, one finding: the other 199 copies link each other correctly.
    expect(run.output.match(/content\/docs\/no\/gen\/page-\d+\.mdx:\d+:/g)).toHaveLength(1);
  });

  test("reports the docs root's page in the build report with its file, line and link", () => {
    const page = 'generated-docs/no/gen/g0/page-42.mdx';
    const line = lineOf(join(root, page), '[1]: ../g3/finnes-heller-ikke.md');
    const report = readFileSync(join(root, 'docs-root-report.md'), 'utf8');
    expect(report).toContain(
      `- \`${page}:${line}\` \`../g3/finnes-heller-ikke.md\`: there is no page no/gen/g3/finnes-heller-ikke.md in the docs root`,
    );
    // The two broken links, and no other: every other copy's links and anchors were found.
    expect(report).toContain('## Links that lead nowhere (shown as plain text) (2)');
  });
});
