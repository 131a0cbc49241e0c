import { z } from 'zod';

const pagePath = z
  .string({ error: 'page must be a file path below content/docs, for example no/erp/admin/index.mdx' })
  .regex(/^[\w./-]+\.mdx$/, 'page must be a .mdx file path below content/docs');

/** A link to one page; `label` replaces the page title in the sidebar when given. */
export const tocPageSchema = z.strictObject({ page: pagePath, label: z.string().min(1).optional() });

/** A titled group of pages. */
export const tocSectionSchema = z.strictObject({
  label: z.string({ error: 'a section needs a label' }).min(1),
  items: z.array(tocPageSchema).min(1, 'a section needs at least one page'),
});

/** content/docs/toc.yaml: the sidebar in reading order; each item is a page or a section of pages. */
export const tocSchema = z.array(z.union([tocPageSchema, tocSectionSchema]));

export type TocPage = z.output<typeof tocPageSchema>;
export type TocSection = z.output<typeof tocSectionSchema>;
export type Toc = z.output<typeof tocSchema>;
