import { z } from 'zod';
import type { Navigation } from '../navigation/sidebar.ts';
import type { DocsRootRedirect, WildcardRedirect } from '../loaders/docs-root/redirects.ts';
import { docsRootFrontmatterSchema } from './docs-root-frontmatter.ts';

/**
 * The docs-root collection holds, for one build: each page (its frontmatter as written, with its address,
 * language and title settled), each language's navigation, and the redirects. One loader writes all three, so
 * they always come from the same reading of the docs root.
 */
export const docsRootEntrySchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('page'),
    key: z.string(),
    route: z.string(),
    file: z.string(),
    title: z.string(),
    language: z.string(),
    frontmatter: docsRootFrontmatterSchema,
  }),
  z.object({ kind: z.literal('navigation'), language: z.string(), nav: z.custom<Navigation>() }),
  z.object({
    kind: z.literal('redirects'),
    redirects: z.custom<DocsRootRedirect[]>(),
    wildcards: z.custom<WildcardRedirect[]>(),
    /** The site's own pages (paths below content/docs) that docs-root pages replace. */
    replaced: z.array(z.string()),
  }),
]);

export type DocsRootEntryData = z.output<typeof docsRootEntrySchema>;
export type DocsRootPageData = Extract<DocsRootEntryData, { kind: 'page' }>;
