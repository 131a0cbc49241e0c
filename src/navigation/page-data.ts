import type { DocsRootPageData } from '../schemas/docs-root-entry.ts';
import type { Frontmatter } from '../schemas/frontmatter.ts';

/**
 * What the page shell shows of a page, whichever collection it comes from: the site's own pages have every field
 * (their schema is strict); a docs-root page has what its writers gave it.
 */
export interface PageData {
  uid?: string;
  title: string;
  description: string;
  keywords: string[];
  language: string;
  /** Whether search indexes the page. */
  index: boolean;
  content_type?: string;
  author?: string;
  /** As written: MM.DD.YYYY. */
  date?: string;
  version?: string;
  audience?: string;
  audience_tooltip?: string;
}

export function ownPageData(data: Frontmatter): PageData {
  return { ...data };
}

export function docsRootPageData(page: DocsRootPageData): PageData {
  const fm = page.frontmatter;
  return {
    uid: fm.uid,
    title: page.title,
    description: fm.description ?? '',
    keywords: fm.keywords ?? [],
    language: page.language,
    index: fm.index !== false && fm.noindex !== true,
    content_type: fm.content_type,
    author: fm.author,
    date: fm.date,
    version: fm.version,
    audience: fm.audience,
    audience_tooltip: fm.audience_tooltip,
  };
}
