// `npm run test:corpus`: builds the site from SuperOffice's real help (the shared corpus, or CORPUS_ROOT) into
// dist-corpus/, then checks the output (vitest, tests/corpus) and the pages in a browser (Playwright,
// tests/e2e-corpus). Separate from `npm test` because the build takes a while; .ci/run runs both. The build is run
// once and every test reads its output. It builds from a fresh, writable copy of the docs root, whose tree is
// recorded just before, so tests/corpus can show that nothing under DOCS_ROOT was written.
// `npm run test:corpus -- vitest playwright` runs only the named steps, on the last build.
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { copyDocsRoot, CORPUS_COPY, CORPUS_SNAPSHOT, treeSnapshot } from './docs-root-copy.ts';

const CORPUS_ROOT = process.env.CORPUS_ROOT || '../shared/corpus/superoffice-docs';

if (!existsSync(resolve(CORPUS_ROOT, 'docs.json'))) {
  console.error(`test:corpus: no docs root at ${resolve(CORPUS_ROOT)}. Set CORPUS_ROOT to a checkout of the help.`);
  process.exit(1);
}
const env = { ...process.env, DOCS_ROOT: CORPUS_COPY, SITE_OUT_DIR: 'dist-corpus' };
const steps = [
  ['astro', ['build']],
  ['vitest', ['run', '--config', 'vitest.corpus.config.ts']],
  ['playwright', ['test', '--config', 'playwright.corpus.config.ts']],
];
const only = process.argv.slice(2);
for (const [tool, args] of steps) {
  if (only.length && !only.includes(tool)) continue;
  if (tool === 'astro') {
    copyDocsRoot(CORPUS_ROOT, CORPUS_COPY);
    writeFileSync(CORPUS_SNAPSHOT, JSON.stringify(treeSnapshot(CORPUS_COPY)));
  }
  const { status } = spawnSync('npx', [tool, ...args], { stdio: 'inherit', env });
  if (status !== 0) process.exit(status ?? 1);
}
