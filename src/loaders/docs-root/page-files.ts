import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { routeForDocPath } from '../../navigation/routes.ts';
import type { DocsRootConfig } from './config.ts';
import { resolveContentFile } from '../content-files.ts';
import { navPageKeys } from './nav-keys.ts';

/** A page file of the docs root that this build renders. */
export interface DocsRootPageFile {
  /** Real path. */
  path: string;
  /** Path below the docs root with forward slashes and extension: `no/erp/admin/index.mdx`. */
  rel: string;
  /** The same without extension, as the navigation and links name it: `no/erp/admin/index`. */
  key: string;
  route: string;
  /** The language folder it lies in, or the navigation's default language for a page outside them. */
  folderLanguage: string;
}

/** Folders whose files are pulled into pages rather than being pages themselves (Mintlify and DocFX habits). */
const NOT_PAGE_FOLDERS = new Set(['includes', 'snippets', 'node_modules']);
const PAGE_FILE = /\.mdx?$/i;

function walk(folder: string, out: string[]): void {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name.startsWith('_')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!NOT_PAGE_FOLDERS.has(entry.name)) walk(path, out);
    } else if (PAGE_FILE.test(entry.name)) {
      out.push(path);
    }
  }
}

/**
 * Every page of the built languages: each `.md`/`.mdx` file in a language folder (whether or not the navigation
 * lists it, as upstream), except those in `includes/` or `snippets/` folders, which pages import; plus pages the
 * navigation lists outside the language folders (the start page `index`). Each file passes the content-file rule,
 * so a symbolic link out of the docs root is refused. When `name.md` and `name.mdx` both exist, `.mdx` wins, as
 * both would have the same address.
 */
export function listPageFiles(config: DocsRootConfig): { pages: DocsRootPageFile[]; duplicates: string[] } {
  const { root, roots } = config;
  const docsJson = join(root, 'docs.json');
  const found: Array<{ path: string; language: string }> = [];
  for (const { code } of config.languages) {
    const files: string[] = [];
    walk(join(root, code), files);
    found.push(...files.sort().map((path) => ({ path, language: code })));
  }
  const languageFolders = new Set(config.languages.map((l) => l.code));
  for (const language of config.languages) {
    for (const key of navPageKeys(language.nav)) {
      if (languageFolders.has(key.split('/')[0]!)) continue;
      const file = [`${key}.mdx`, `${key}.md`].map((name) => join(root, name)).find((path) => existsSync(path));
      if (file && !found.some((f) => f.path === file)) found.push({ path: file, language: config.defaultLanguage });
    }
  }

  const byKey = new Map<string, DocsRootPageFile>();
  const duplicates: string[] = [];
  for (const { path, language } of found) {
    const rel = relative(root, path).split(sep).join('/');
    const real = resolveContentFile({ target: `./${rel}`, from: docsJson, kind: 'markdown', roots, label: 'Page' });
    const key = rel.replace(PAGE_FILE, '');
    const page = { path: real, rel, key, route: routeForDocPath(rel), folderLanguage: language };
    const other = byKey.get(key);
    if (other) {
      duplicates.push(other.rel.endsWith('.mdx') ? rel : other.rel);
      if (other.rel.endsWith('.mdx')) continue;
    }
    byKey.set(key, page);
  }
  return { pages: [...byKey.values()], duplicates };
}
