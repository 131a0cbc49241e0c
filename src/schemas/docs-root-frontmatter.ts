import { z } from 'zod';

const optionalText = z.string().trim().min(1).optional().catch(undefined);

/** `true`/`false` as YAML writes them; frontmatter is read as text, so flags arrive as the words. */
const flag = z
  .union([z.boolean(), z.enum(['true', 'false', 'yes', 'no'])], { error: 'must be true or false' })
  .transform((value) => value === true || value === 'true' || value === 'yes');

const list = z
  .union([z.string(), z.array(z.string())], { error: 'must be text or a list of text' })
  .transform((value) => (Array.isArray(value) ? value : value.split(',')).map((k) => k.trim()).filter(Boolean));

/**
 * Frontmatter of a docs-root page, as upstream writes it: every field is kept (`tier`, `topic`, Mintlify's own),
 * and only those the site reads are checked. Where the site's own pages must have a field (author, date, uid),
 * a docs-root page may leave it out: upstream accepts that, so the site shows what is there.
 */
export const docsRootFrontmatterSchema = z.looseObject({
  title: z.string({ error: 'title must be text' }).trim().min(1, 'title must not be empty').optional(),
  sidebarTitle: optionalText,
  description: z.string({ error: 'description must be text' }).trim().optional(),
  uid: optionalText,
  keywords: list.optional(),
  author: optionalText,
  date: optionalText,
  version: optionalText,
  content_type: optionalText,
  audience: optionalText,
  audience_tooltip: optionalText,
  language: z
    .string({ error: 'language must be text' })
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'language must be a language tag such as no, nb or en')
    .optional(),
  redirect_from: z
    .union([z.string(), z.array(z.string())], { error: 'redirect_from must be a path or a list of paths' })
    .transform((value) => (Array.isArray(value) ? value : [value]))
    .optional(),
  index: flag.optional(),
  noindex: flag.optional(),
  mode: optionalText,
});

export type DocsRootFrontmatter = z.output<typeof docsRootFrontmatterSchema>;
