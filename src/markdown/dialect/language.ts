import { relative, sep } from 'node:path';
import type { VFile } from 'vfile';
import { fileOrigin } from '../origin.ts';

/** A language folder's name as Mintlify docs roots use them: `no`, `en`, `de`, `pt-br`. */
const LANGUAGE_FOLDER = /^[a-z]{2,3}(?:-[a-z\d]{2,8})?$/i;

/**
 * The language a page is written in: its frontmatter `language`, else the first folder of its path below the
 * docs root (`no/admin/x.mdx` is Norwegian). A file outside any language folder (a shared snippet) has none.
 */
export function pageLanguage(file: VFile, docsRoot: string): string | undefined {
  const declared: unknown = file.data.astro?.frontmatter?.language;
  if (typeof declared === 'string' && declared.trim()) return declared.trim().toLowerCase();
  const below = relative(docsRoot, fileOrigin(file).path).split(sep);
  if (below.length < 2 || below[0] === '..') return undefined;
  return LANGUAGE_FOLDER.test(below[0]!) ? below[0]!.toLowerCase() : undefined;
}

/**
 * The catalog whose texts a page of `language` shows: Norwegian (`no`, `nb`) pages get the Norwegian catalog,
 * every other language, and a file of no language, the English one.
 */
export function catalogLanguage(language: string | undefined): 'nb' | 'en' {
  return language === 'no' || language === 'nb' || language?.startsWith('nb-') ? 'nb' : 'en';
}
