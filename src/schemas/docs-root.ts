import { z } from 'zod';

/**
 * The parts of a Mintlify docs root the site builds from: `docs.json` (after its `$ref`s are resolved), the
 * navigation of each language and the redirects. Only the fields the site reads are checked; everything else
 * Mintlify knows (theme, colours, fonts, footer …) is kept and ignored, so a docs root that Mintlify accepts is
 * not refused here for a field the site has no use for.
 */

/** A page in the navigation: its path below the docs root without extension (`no/erp/admin/index`). */
export const navPageSchema = z
  .string({ error: 'a navigation page must be a path such as no/erp/admin/index, or a group' })
  .trim()
  .min(1, 'a navigation page must not be empty');

export interface NavGroupInput {
  group: string;
  pages: Array<string | NavGroupInput>;
  [key: string]: unknown;
}

/** A titled group of pages and nested groups. */
export const navGroupSchema: z.ZodType<NavGroupInput> = z.looseObject({
  group: z.string({ error: 'a group needs a "group" title' }).trim().min(1, 'a group title must not be empty'),
  pages: z.array(z.union([navPageSchema, z.lazy(() => navGroupSchema)]), {
    error: 'a group needs "pages": a list of pages and groups',
  }),
});

const navEntries = z.array(z.union([navPageSchema, navGroupSchema]));

/** A tab: its pages and groups (Mintlify allows either list, or both). */
export const navTabSchema = z.looseObject({
  tab: z.string({ error: 'a tab needs a "tab" title' }).trim().min(1, 'a tab title must not be empty'),
  icon: z.string().optional(),
  pages: navEntries.optional(),
  groups: z.array(navGroupSchema).optional(),
});

/** One language of the navigation: `tabs`, or groups and pages without tabs. */
export const navLanguageSchema = z.looseObject({
  language: z
    .string({ error: 'each language needs a "language" code such as no' })
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'language must be a language code such as no or en'),
  default: z.boolean().optional(),
  tabs: z.array(navTabSchema).optional(),
  groups: z.array(navGroupSchema).optional(),
  pages: navEntries.optional(),
});

export const docsNavigationSchema = z.looseObject({
  languages: z.array(navLanguageSchema, {
    error: 'navigation needs "languages": this site builds docs roots with one folder per language',
  }),
});

export const redirectSchema = z.looseObject({
  source: z.string({ error: 'a redirect needs a "source" path' }).regex(/^\//, 'a redirect source starts with /'),
  destination: z.string({ error: 'a redirect needs a "destination"' }).min(1),
});

export const docsJsonSchema = z.looseObject({
  name: z.string().optional(),
  navigation: docsNavigationSchema,
  redirects: z.array(redirectSchema).optional(),
});

export type NavTabInput = z.output<typeof navTabSchema>;
export type NavLanguageInput = z.output<typeof navLanguageSchema>;
export type RedirectInput = z.output<typeof redirectSchema>;
export type DocsJson = z.output<typeof docsJsonSchema>;
