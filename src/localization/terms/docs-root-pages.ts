import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { docsRootSettings, readDocsRoot } from '../../loaders/docs-root/config.ts';
import { displayPath } from '../../markdown/origin.ts';
import type { PageSource } from './check-texts.ts';

function markdownFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.mdx?$/i.test(name))
    .map((name) => join(folder, name));
}

/**
 * The pages of the docs root the build reads (`DOCS_ROOT`), for the term checker: every `.md`/`.mdx` of each
 * built language, includes too, and the shared snippets, under their path from the project. They are the real
 * help, written by others, so their findings are warnings: the team sees where the real pages name a screen label
 * differently from the simulator, and the check does not fail on their wording. None without `DOCS_ROOT`.
 */
export function readDocsRootPages(env: NodeJS.ProcessEnv = process.env): PageSource[] {
  const settings = docsRootSettings(env);
  if (!settings) return [];
  const config = readDocsRoot(settings);
  const files = [
    ...config.languages.flatMap(({ code }) => markdownFiles(join(config.root, code))),
    ...markdownFiles(join(config.root, 'snippets')),
  ];
  return files
    .map((path) => ({ path: displayPath(path), source: readFileSync(path, 'utf8'), asWritten: true }))
    .sort((a, b) => a.path.localeCompare(b.path));
}
