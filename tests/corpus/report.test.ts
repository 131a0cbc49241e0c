import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CORPUS_COPY, CORPUS_SNAPSHOT, treeSnapshot, type TreeEntry } from '../../scripts/docs-root-copy.ts';
import { REPORT_FILE } from '../../src/loaders/docs-root/report.ts';

/**
 * What `npm run test:corpus`'s build leaves besides its pages: the build report of what it could not resolve, and a
 * docs root exactly as it found it. The build ran on a fresh, writable copy of the corpus (scripts/test-corpus.mjs),
 * whose tree was recorded just before.
 */
const report = () => readFileSync(REPORT_FILE, 'utf8');
const page = (route: string) => readFileSync(resolve('dist-corpus', `.${route}`, 'index.html'), 'utf8');

describe('the docs root after the build', () => {
  test('nothing under DOCS_ROOT was written: every file, folder and link is as it was just before the build', () => {
    const before = JSON.parse(readFileSync(CORPUS_SNAPSHOT, 'utf8')) as TreeEntry[];
    expect(before.length).toBeGreaterThan(1000);
    expect(treeSnapshot(CORPUS_COPY)).toEqual(before);
  });
});

describe('the build report', () => {
  test('is of this build, and is not published', () => {
    expect(report()).toContain(`pages from ${resolve(CORPUS_COPY)} `);
    expect(existsSync(resolve('dist-corpus', REPORT_FILE))).toBe(false);
  });

  test('lists each thing it could not resolve with its file, line and target as written', () => {
    const entries = report()
      .split('\n')
      .filter((line) => line.startsWith('- `'));
    expect(entries.length).toBeGreaterThan(0);
    const placed = /^- `(?<file>[^`:]+)(?::(?<line>\d+))?(?: \((?:on [^)]+|redirect_from)\))?` `(?<target>[^`]+)`: \S/;
    expect(entries.filter((line) => !placed.test(line))).toEqual([]);
  });

  test('an image outside the docs root is listed where it is written, and the page shows its text instead', () => {
    expect(report()).toContain(
      `- \`${CORPUS_COPY}/no/learn/getting-started/main-screen/navigator.mdx:129\` \`../../../../../common/icons/hugo-green.png\`: the image`,
    );
    const html = page('/no/learn/getting-started/main-screen/navigator/');
    expect(html).toContain('<h2 id="superoffice-logoen-superoffice-logo">SuperOffice-logoen SuperOffice-logo</h2>');
    expect(html).not.toContain('hugo-green.png');
  });

  test('a missing image of a snippet is listed at the snippet’s line, with the page it shows on', () => {
    expect(report()).toContain(
      `- \`${CORPUS_COPY}/components/custom-mode-footer.mdx:10 (on ${CORPUS_COPY}/index.mdx)\` \`/logo/light.svg\`: `,
    );
    expect(page('/')).not.toContain('/logo/light.svg');
  });

  test('the site’s own pages the corpus replaces are named with the page served instead', () => {
    expect(report()).toContain(
      `- \`content/docs/no/erp/admin/update-connection.mdx\` \`/no/erp/admin/update-connection/\`: ${CORPUS_COPY}/no/erp/admin/update-connection.mdx is served instead (same uid help-no-erp-update-connection)`,
    );
  });

  test('the languages the navigation names but the docs root lacks are each one line', () => {
    const skipped = report()
      .split('\n')
      .filter((line) => line.startsWith('- `docs.json`'));
    expect(skipped.map((line) => /` `(\w+)`/.exec(line)?.[1])).toEqual(['en', 'da', 'de', 'nl', 'sv']);
  });
});
