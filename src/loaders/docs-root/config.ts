import { existsSync, realpathSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ContentError } from '../../schemas/friendly-error.ts';
import { docsJsonSchema, type NavLanguageInput, type RedirectInput } from '../../schemas/docs-root.ts';
import { parseComposed, readJsonFile, resolveRefs, shown } from './json-refs.ts';

/** Where the public help lives; links to pages this build does not have go there. */
export const DEFAULT_PUBLIC_BASE_URL = 'https://docs.superoffice.com';

/** How a build is pointed at a docs root: `DOCS_ROOT` (a folder) and `DOCS_PUBLIC_URL` (the public site). */
export interface DocsRootSettings {
  /** Real path of the docs root. */
  root: string;
  /** Base URL of the public help, without a trailing slash. */
  publicBaseUrl: string;
}

/**
 * The docs root this build reads, from the environment; undefined when `DOCS_ROOT` is unset or empty (the site
 * then builds its own content only). A folder that does not exist, or has no docs.json, is an error.
 */
export function docsRootSettings(env: NodeJS.ProcessEnv = process.env): DocsRootSettings | undefined {
  const value = env.DOCS_ROOT?.trim();
  if (!value) return undefined;
  const folder = resolve(value);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new Error(`DOCS_ROOT is "${value}", but there is no folder ${folder}. Fix DOCS_ROOT or unset it.`);
  }
  if (!existsSync(join(folder, 'docs.json'))) {
    throw new Error(`DOCS_ROOT is "${value}", but ${folder} has no docs.json. Point DOCS_ROOT at the docs root.`);
  }
  const given = env.DOCS_PUBLIC_URL?.trim();
  let base = DEFAULT_PUBLIC_BASE_URL;
  if (given) base = given;
  if (!/^https?:\/\/[^/\s]+(\/\S*)?$/.test(base)) {
    throw new Error(`DOCS_PUBLIC_URL is "${base}", which is no web address. Write it as https://docs.example.com.`);
  }
  return { root: realpathSync(folder), publicBaseUrl: base.replace(/\/+$/, '') };
}

/** A language this build renders: its folder exists and the navigation has an entry for it. */
export interface BuiltLanguage {
  code: string;
  isDefault: boolean;
  /** The language's navigation entry, its `$ref`s resolved. */
  nav: NavLanguageInput;
}

export interface DocsRootConfig extends DocsRootSettings {
  /** Folders files may be read from: the docs root first, then the site's own content/. */
  roots: readonly string[];
  name?: string;
  languages: BuiltLanguage[];
  /** The default language of the navigation (for pages outside every language folder). */
  defaultLanguage: string;
  /** Languages the navigation names that this checkout does not have, each with the one warning it gets. */
  skipped: Array<{ code: string; warning: string }>;
  redirects: RedirectInput[];
}

function isFolder(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

/**
 * Reads docs.json and what its `$ref`s name (each relative to the file that names it). A language whose folder is
 * absent is skipped with one warning, and its navigation file is never read.
 */
export function readDocsRoot(settings: DocsRootSettings): DocsRootConfig {
  const { root } = settings;
  const content = resolve('content');
  const roots = [root, ...(existsSync(content) ? [realpathSync(content)] : [])];
  const docsFile = join(root, 'docs.json');
  const missingFolder = (value: unknown): boolean => {
    const code = (value as { language?: unknown } | null)?.language;
    return typeof code === 'string' && !isFolder(join(root, code));
  };
  const composed = resolveRefs(readJsonFile(docsFile), docsFile, roots, missingFolder);
  // A language this checkout lacks keeps its `$ref`s unread; what they would hold is not checked either.
  const entries = (composed as { navigation?: { languages?: unknown } }).navigation?.languages;
  for (const entry of Array.isArray(entries) ? (entries as Array<Record<string, unknown>>) : []) {
    if (missingFolder(entry)) for (const key of ['tabs', 'groups', 'pages']) delete entry[key];
  }
  const docs = parseComposed(docsJsonSchema, composed, docsFile);

  const languages: BuiltLanguage[] = [];
  const skipped: DocsRootConfig['skipped'] = [];
  for (const entry of docs.navigation.languages) {
    const { language: code } = entry;
    if (!isFolder(join(root, code))) {
      const warning = `The navigation names the language "${code}", but ${shown(join(root, code))}/ does not exist: skipped.`;
      skipped.push({ code, warning });
    } else if (!entry.tabs && !entry.groups && !entry.pages) {
      const warning = `The language "${code}" has a folder but no tabs, groups or pages in the navigation: skipped.`;
      skipped.push({ code, warning });
    } else {
      languages.push({ code, isDefault: entry.default === true, nav: entry });
    }
  }
  const codes = docs.navigation.languages.map((entry) => entry.language);
  const twice = codes.find((code, i) => codes.indexOf(code) !== i);
  if (twice) {
    throw new ContentError(shown(docsFile), [
      { field: 'navigation.languages', message: `the language "${twice}" is listed twice` },
    ]);
  }
  const defaultLanguage =
    docs.navigation.languages.find((entry) => entry.default === true)?.language ??
    docs.navigation.languages[0]?.language ??
    'en';
  return {
    ...settings,
    roots,
    name: docs.name,
    languages,
    defaultLanguage,
    skipped,
    redirects: docs.redirects ?? [],
  };
}
