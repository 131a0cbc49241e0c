import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createProcessor } from '@mdx-js/mdx';
import type { PluggableList } from 'unified';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { VFile } from 'vfile';
import { dialectPlugins } from '../../../src/markdown/index.ts';

let root: string;

/** Writes a file and moves its modification time forward, as a later save would. */
function save(path: string, text: string, secondsLater = 0): void {
  writeFileSync(path, text);
  const when = new Date(Date.now() + secondsLater * 1000);
  utimesSync(path, when, when);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'docs-index-'));
  mkdirSync(join(root, 'no'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the page index', () => {
  test('finds a page added after the first build, and a heading added later, with one running processor', async () => {
    // One processor for all three compiles, as `astro dev` keeps one.
    const remarkPlugins = dialectPlugins({ docsRoot: root }).remarkPlugins as PluggableList;
    const processor = createProcessor({ remarkPlugins });
    const page = join(root, 'no/a.mdx');
    const compileA = () => processor.process(new VFile({ path: page, value: '# A\n\nSee [B](b.md#details).\n' }));

    await expect(compileA()).rejects.toThrow(/there is no page .*\/no\/b\.mdx/);
    save(join(root, 'no/b.mdx'), '# B\n');
    await expect(compileA()).rejects.toThrow(/has no anchor "details"/);
    save(join(root, 'no/b.mdx'), '# B\n\n## Details\n', 5);
    expect(String(await compileA())).toContain('"/no/b/#details"');
  });
});
