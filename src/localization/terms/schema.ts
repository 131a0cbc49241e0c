import { z } from 'zod';
import { compileForm, isPattern, matchesWhole } from './matcher.ts';

const strict = {
  error: (issue: z.core.$ZodRawIssue) =>
    issue.code === 'unrecognized_keys' ? `unknown field(s): ${issue.keys.join(', ')}` : undefined,
};
const text = (what: string) =>
  z
    .string({ error: `${what} must be text` })
    .trim()
    .min(1, `${what} must not be empty`);

/** A word or phrase (its inflected forms match too), or a `/pattern/`; a broken pattern is reported here. */
const form = text('a form').superRefine((value, ctx) => {
  if (!isPattern(value)) return;
  try {
    // The pattern alone first, so the message shows what the writer wrote rather than the word-boundary wrapping.
    new RegExp(value.slice(1, -1), 'iu');
    compileForm(value);
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: `"${value}" is not a valid pattern: ${(error as Error).message}` });
  }
});

/** One concept of the term base. */
export const termSchema = z.strictObject(
  {
    /** Stable id (lower case, digits, dashes); findings and the review page refer to the concept by it. */
    id: z
      .string({ error: 'id is required' })
      .regex(/^[a-z0-9][a-z0-9-]*$/, 'id may hold only lower-case letters, digits and dashes'),
    /** The preferred Norwegian term; for a `ui` term exactly as the screen shows it. */
    nb: text('nb'),
    /** The English term, as the English catalogs write it. */
    en: text('en'),
    /** Why this term and not the variants, in Norwegian, for the team. */
    note: text('note'),
    /** True when the term is a label on screen (button, tab, list, field, dialog title). Default false. */
    ui: z.boolean({ error: 'ui must be true or false' }).default(false),
    /** Norwegian variants to avoid: words (inflected forms match too) or `/patterns/`. Default none. */
    avoid: z.array(form, { error: 'avoid must be a list' }).default([]),
    /**
     * Other accepted names. Each is fine alone, but when pages use two names for the concept the checker reports
     * it (inconsistent-concept). Default none.
     */
    variants: z.array(form, { error: 'variants must be a list' }).default([]),
  },
  strict,
);

/** content/terms.yaml: the term base and the settings the term checker reads from it. */
export const termBaseSchema = z
  .strictObject(
    {
      /** Words and phrases that are English on purpose (product names): never reported as English. Default none. */
      allow: z.array(text('an allowed word'), { error: 'allow must be a list' }).default([]),
      /** Capitalised words pages bold for emphasis (Merk, Viktig): never taken for a UI label. Default none. */
      emphasis: z.array(text('an emphasis word'), { error: 'emphasis must be a list' }).default([]),
      /**
       * Pages whose text stays as written (paths from the project root, like `content/docs/...mdx`): the team
       * sees their findings, as warnings, but the checker does not fail on them. Default none.
       */
      asWritten: z.array(text('a page path'), { error: 'asWritten must be a list' }).default([]),
      /** The concepts, at least one. */
      terms: z
        .array(termSchema, { error: 'terms must be a list of terms' })
        .min(1, 'the term base needs at least one term'),
    },
    strict,
  )
  .superRefine((base, ctx) => {
    const seen = new Map<string, number>();
    base.terms.forEach((term, i) => {
      if (seen.has(term.id))
        ctx.addIssue({
          code: 'custom',
          path: ['terms', i, 'id'],
          message: `id "${term.id}" is already used by term ${seen.get(term.id)! + 1}`,
        });
      seen.set(term.id, i);
      // A concept whose avoid list matches its own preferred term would report every correct use.
      term.avoid.forEach((avoided, j) => {
        if (compiles(avoided) && matchesWhole(compileForm(avoided), term.nb)) {
          ctx.addIssue({
            code: 'custom',
            path: ['terms', i, 'avoid', j],
            message: `"${avoided}" also matches the preferred term "${term.nb}"`,
          });
        }
      });
    });
  });

function compiles(form: string): boolean {
  try {
    compileForm(form);
    return true;
  } catch {
    return false;
  }
}

/** One validated concept. */
export type Term = z.output<typeof termSchema>;
/** The validated term base. */
export type TermBase = z.output<typeof termBaseSchema>;
