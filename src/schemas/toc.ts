import { z } from 'zod';

const pagePath = z
  .string({ error: 'page must be a file path below content/docs, for example no/erp/admin/index.mdx' })
  .regex(/^[\w./-]+\.mdx$/, 'page must be a .mdx file path below content/docs');

/** What each kind of entry holds, for the message about a key that is not one of them. */
const KEYS_HINT = 'a page entry has page and label; a section has label and items';
const unknownKey = {
  error: (issue: z.core.$ZodRawIssue) => (issue.code === 'unrecognized_keys' ? KEYS_HINT : undefined),
};

/** A link to one page; `label` replaces the page title in the sidebar when given. */
export const tocPageSchema = z.strictObject({ page: pagePath, label: z.string().min(1).optional() }, unknownKey);

/** A titled group of pages. */
export const tocSectionSchema = z.strictObject(
  {
    label: z.string({ error: 'a section needs a label' }).min(1),
    items: z.array(tocPageSchema).min(1, 'a section needs at least one page'),
  },
  unknownKey,
);

export type TocPage = z.output<typeof tocPageSchema>;
export type TocSection = z.output<typeof tocSectionSchema>;

/**
 * One entry: a section when it has `items` (or only a `label`), else a page. Deciding first, rather than trying
 * both as a union does, lets a mistake be reported at its own key (`0.items.1.pagee`) instead of "invalid input"
 * for the whole entry.
 */
const tocItemSchema = z.unknown().transform((item, ctx): TocPage | TocSection => {
  const isObject = typeof item === 'object' && item !== null && !Array.isArray(item);
  const isSection = isObject && ('items' in item || ('label' in item && !('page' in item)));
  const result = (isSection ? tocSectionSchema : tocPageSchema).safeParse(item);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys')
      for (const key of issue.keys)
        ctx.addIssue({ code: 'custom', path: [...issue.path, key], message: `unknown key "${key}": ${KEYS_HINT}` });
    else ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  }
  return z.NEVER;
});

/** content/docs/toc.yaml: the sidebar in reading order; each item is a page or a section of pages. */
export const tocSchema = z.array(tocItemSchema, {
  error: 'the table of contents must be a list of pages and sections',
});

export type Toc = z.output<typeof tocSchema>;
