/**
 * Finding a term-base form in running Norwegian text.
 *
 * A form is either a word or phrase, matched with the endings Norwegian nouns and adjectives take, or a
 * `/pattern/` (a JavaScript regular expression, case-insensitive) for what endings cannot express: vowel changes
 * (nøkkel -> nøkler) or closed compounds (forbindelsestestresultat).
 *
 * Matches start and end at a word-part boundary: the edge of a word or a hyphen. So `forbindelsestest` is found
 * in `forbindelsestesten` and in `ERP-forbindelsestest`, but `kobling` is not found inside `tilkobling`: a
 * closed compound is a different word, and matching inside it would flood the team with false findings.
 */

/**
 * Definite and plural forms (-en, -et, -a, -er, -ene, -ne as in tilordningene), genitive -s, and adjective -e/-t.
 * Longest first, so the regex prefers `-ene` over `-e` when both would fit.
 */
const ENDINGS = ['enes', 'ens', 'ene', 'ers', 'ets', 'nes', 'en', 'er', 'et', 'es', 'ne', 'a', 'e', 's', 't'];

/** A letter or digit: anything else (space, hyphen, slash, punctuation) ends a word part. */
const WORD_CHAR = '[\\p{L}\\p{N}]';

/** Whether a form is written as a `/pattern/`. */
export function isPattern(form: string): boolean {
  return form.length > 2 && form.startsWith('/') && form.endsWith('/');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * The regex source for a plain form. The first letter matches either case, since a term may open a sentence;
 * the rest is matched as written, so `OK` is not found in `ok` and `ERP` not in `erp`. Spaces match any
 * whitespace (a phrase may wrap onto the next line in the source).
 */
function plainSource(form: string): string {
  const words = form.trim().split(/\s+/).map(escapeRegExp);
  const first = form.trim().charAt(0);
  if (first.toLowerCase() !== first.toUpperCase()) {
    words[0] = `[${first.toLowerCase()}${first.toUpperCase()}]${words[0]!.slice(1)}`;
  }
  const endsInLetter = /\p{L}$/u.test(form.trim());
  return words.join('\\s+') + (endsInLetter ? `(?:${ENDINGS.join('|')})?` : '');
}

/**
 * Compiles a form to a global regex bounded by word parts. Throws a SyntaxError for a broken `/pattern/`; the
 * term-base schema calls this to report it at the form's line.
 */
export function compileForm(form: string): RegExp {
  const pattern = isPattern(form);
  const body = pattern ? `(?:${form.slice(1, -1)})` : plainSource(form);
  return new RegExp(`(?<!${WORD_CHAR})${body}(?!${WORD_CHAR})`, pattern ? 'giu' : 'gu');
}

/**
 * Text every match of a form contains as written, so a text without it need not be searched: the first word of a
 * plain form after its first letter (which may be either case; the rest is matched as written). Undefined for a
 * `/pattern/` and a one-letter word, which have no such text.
 */
export function formNeedle(form: string): string | undefined {
  if (isPattern(form)) return undefined;
  const needle = form.trim().split(/\s+/)[0]!.slice(1);
  return needle === '' ? undefined : needle;
}

/** One place a form matched. `start`/`end` are indexes into the searched text. */
export interface FormMatch {
  start: number;
  end: number;
  text: string;
}

/** Every place a compiled form matches in a text. */
export function findForm(regex: RegExp, text: string): FormMatch[] {
  return [...text.matchAll(regex)]
    .filter((m) => m[0].length > 0)
    .map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

/** Whether a form matches the whole of a text (used to keep a term's own name out of its avoid list). */
export function matchesWhole(regex: RegExp, text: string): boolean {
  return findForm(regex, text).some((m) => m.start === 0 && m.end === text.length);
}
