import { z } from 'zod';

/** Parses the source docs' `MM.DD.YYYY` date and rejects impossible days such as 02.30.2025. */
export function parseSourceDate(value: string): Date | undefined {
  const match = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(value);
  if (!match) return undefined;
  const [month, day, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? date : undefined;
}

const two = (n: number) => String(n).padStart(2, '0');

/**
 * What is wrong with a date that is not text. YAML reads `2025-03-31` as a timestamp, so a writer who wrote the
 * ISO form gets it back converted to the form the site needs.
 */
function dateFormatError(input: unknown): string {
  if (input === undefined) return 'date is required, written as MM.DD.YYYY, month first (for example 03.31.2025)';
  if (input instanceof Date && !Number.isNaN(input.getTime())) {
    const [y, m, d] = [input.getUTCFullYear(), input.getUTCMonth() + 1, input.getUTCDate()];
    return `date ${y}-${two(m)}-${two(d)} is written year first; write it as MM.DD.YYYY, month first: ${two(m)}.${two(d)}.${y}`;
  }
  return 'date must be written as MM.DD.YYYY, month first (for example 03.31.2025)';
}

const text = (field: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `${field} is required` : `${field} must be text`) })
    .trim()
    .min(1, `${field} must not be empty`);

/** Content types the site knows how to present. */
export const contentTypes = ['landing', 'overview', 'howto', 'concept', 'troubleshooting', 'reference'] as const;

/**
 * Frontmatter of every page under `content/docs/`. The fields mirror the source docs (DocFX-flavoured); the
 * schema only normalises shapes (a keyword string becomes a list, one redirect becomes a list) and keeps values.
 */
export const frontmatterSchema = z.strictObject(
  {
    /** Stable id of the page, unique across the site. Letters, digits and dashes. */
    uid: text('uid').regex(/^[a-z0-9][a-z0-9-]*$/, 'uid may hold only lower-case letters, digits and dashes'),
    /** Page title, shown as the heading in navigation and the browser tab. */
    title: text('title'),
    /** One-sentence summary, used for the meta description and search results. */
    description: text('description'),
    /** Comma-separated keywords (as in the source docs) or a list; stored as a list. */
    keywords: z
      .union([z.string(), z.array(z.string())], { error: 'keywords must be text or a list of text' })
      .transform((value) => (Array.isArray(value) ? value : value.split(',')).map((k) => k.trim()).filter(Boolean)),
    /** Who wrote or last revised the page. */
    author: text('author'),
    /** Date of the last revision as MM.DD.YYYY (month first, as in the source docs). */
    date: z
      .string({ error: (issue) => dateFormatError(issue.input) })
      .refine((value) => parseSourceDate(value) !== undefined, {
        error: (issue) => `date "${String(issue.input)}" is not a real date written as MM.DD.YYYY (month first)`,
      }),
    /** Product version the page describes. YAML reads 10.5 as a number, so numbers are accepted and kept as text. */
    version: z
      .union([z.string().min(1), z.number()], { error: 'version is required, for example 10.5' })
      .transform(String),
    /** What kind of page this is; `troubleshooting` pages are listed under Feilsøking. */
    content_type: z.enum(contentTypes, {
      error: (issue) => `content_type "${String(issue.input)}" is not one of: ${contentTypes.join(', ')}`,
    }),
    /** Licence tag carried over from the source docs. */
    license: text('license'),
    /** Audience key, shown as a badge (for example `settings`). */
    audience: text('audience'),
    /** Tooltip of the audience badge, in Norwegian (for example "Innstillinger og vedlikehold"). */
    audience_tooltip: text('audience_tooltip'),
    /** Language of the page; becomes `<html lang>`. */
    language: z
      .string({ error: 'language is required, for example no' })
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'language must be a language tag such as no, nb or en'),
    /** Old paths that should lead to this page. One path or a list; each becomes a redirect. */
    redirect_from: z
      .union([z.string(), z.array(z.string())], { error: 'redirect_from must be a path or a list of paths' })
      .transform((value) => (Array.isArray(value) ? value : [value]))
      .pipe(z.array(z.string().regex(/^\/[^\s?#]*$/, 'each redirect_from path must start with / and hold no spaces')))
      .default([]),
    /** Whether search indexes the page. Defaults to true. */
    index: z.boolean({ error: 'index must be true or false' }).default(true),
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? `unknown field(s): ${issue.keys.join(', ')}` : undefined) },
);

/** The fields a page's frontmatter may have, in the order the README lists them. */
export const FRONTMATTER_FIELDS: readonly string[] = Object.keys(frontmatterSchema.shape);

export type Frontmatter = z.output<typeof frontmatterSchema>;
