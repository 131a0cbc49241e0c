import { compileForm, findForm, formNeedle, type FormMatch } from './matcher.ts';
import type { Term, TermBase } from './schema.ts';

/** One form of a concept: its preferred term, an accepted variant, or a variant to avoid. */
export interface FormEntry {
  term: Term;
  role: 'nb' | 'variant' | 'avoid';
  form: string;
  regex: RegExp;
  /** Text every match contains ({@link formNeedle}): a text without it is not searched. */
  needle?: string;
}

/** A form found in a text. */
export interface TermMatch extends FormMatch {
  entry: FormEntry;
}

/** Every form of every concept, compiled once per run. */
export function buildTermIndex(base: TermBase): FormEntry[] {
  const entry = (term: Term, role: FormEntry['role'], form: string): FormEntry => ({
    term,
    role,
    form,
    regex: compileForm(form),
    needle: formNeedle(form),
  });
  return base.terms.flatMap((term) => [
    entry(term, 'nb', term.nb),
    ...term.variants.map((form) => entry(term, 'variant', form)),
    ...term.avoid.map((form) => entry(term, 'avoid', form)),
  ]);
}

/**
 * The forms in a text, without overlaps: where matches overlap the longest wins (then the earliest, then the
 * first in the term base). So a label that contains another term counts as the label: in "Sync Connector" the
 * accepted short form "connector" is not found, and in "Test ERP-tilkobling" no one finds "tilkobling".
 */
export function scanTerms(index: readonly FormEntry[], text: string): TermMatch[] {
  // Most forms are absent from most texts: a plain substring test rules them out before the regex runs.
  const all = index.flatMap((entry, order) =>
    entry.needle !== undefined && !text.includes(entry.needle)
      ? []
      : findForm(entry.regex, text).map((match) => ({ ...match, entry, order })),
  );
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.order - b.order);
  const kept: typeof all = [];
  for (const match of all) {
    if (kept.every((k) => match.end <= k.start || match.start >= k.end)) kept.push(match);
  }
  return kept.sort((a, b) => a.start - b.start).map(({ order: _order, ...match }) => match);
}
