// `npm run test:corpus`: builds the site from SuperOffice's real help (the shared corpus, or CORPUS_ROOT) into
// dist-corpus/, then checks the output (vitest, tests/corpus) and the pages in a browser (Playwright,
// tests/e2e-corpus). Separate from `npm test` because the build takes a while; .ci/run runs both.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const CORPUS_ROOT = process.env.CORPUS_ROOT || '../shared/corpus/superoffice-docs';
export const CORPUS_OUT = 'dist-corpus';

if (!existsSync(resolve(CORPUS_ROOT, 'docs.json'))) {
  console.error(`test:corpus: no docs root at ${resolve(CORPUS_ROOT)}. Set CORPUS_ROOT to a checkout of the help.`);
  process.exit(1);
}
const env = { ...process.env, DOCS_ROOT: CORPUS_ROOT, SITE_OUT_DIR: CORPUS_OUT };
const steps = [
  ['astro', ['build']],
  ['vitest', ['run', '--config', 'vitest.corpus.config.ts']],
  ['playwright', ['test', '--config', 'playwright.corpus.config.ts']],
];
const only = process.argv.slice(2);
for (const [tool, args] of steps) {
  if (only.length && !only.includes(tool)) continue;
  const { status } = spawnSync('npx', [tool, ...args], { stdio: 'inherit', env });
  if (status !== 0) process.exit(status ?? 1);
}
