import { PLACEHOLDER } from '../localization/catalogs/placeholders.ts';

/**
 * Pseudo-locale: every text accented, about 40 % longer and bracketed, so a glance at the simulator shows a
 * string that is hard-coded (no accents), cut off (no closing bracket) or built from pieces (brackets inside a
 * sentence). Pure and dependency-free, so the browser can switch to it at run time.
 */

/** Accented look-alikes that stay readable; Norwegian æ, ø, å and other letters not listed are kept. */
const ACCENTS: Readonly<Record<string, string>> = {
  a: 'á',
  b: 'ƀ',
  c: 'ç',
  d: 'ð',
  e: 'é',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'í',
  j: 'ĵ',
  k: 'ķ',
  l: 'ĺ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ø',
  p: 'þ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'ú',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
  A: 'Å',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Ð',
  E: 'É',
  F: 'Ƒ',
  G: 'Ĝ',
  H: 'Ĥ',
  I: 'Í',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ĺ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ø',
  P: 'Þ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ţ',
  U: 'Ú',
  V: 'Ṽ',
  W: 'Ŵ',
  Y: 'Ý',
  Z: 'Ž',
};

/** How much longer a pseudo text is than its source: translations into German or Finnish grow about this much. */
export const PSEUDO_GROWTH = 0.4;

/**
 * Filler that makes up the growth. A letter-width character rather than a dot, so the text gets about as wide
 * as a real longer translation would, and not a space, so the line cannot break inside the filler.
 */
const FILLER = '~';

function accent(text: string): string {
  return [...text].map((ch) => ACCENTS[ch] ?? ch).join('');
}

/**
 * `Test ERP-tilkobling` -> `[Ţéšţ ÉŔÞ-ţíĺķøƀĺíñĝ~~~~~~]`. `{placeholders}` are kept exactly, so the text still
 * fills; the brackets count towards the growth, so a short label such as `OK` grows by its brackets alone.
 */
export function pseudoLocalize(text: string): string {
  let accented = '';
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    accented += accent(text.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  accented += accent(text.slice(last));
  const padding = Math.max(0, Math.round([...text].length * PSEUDO_GROWTH) - 2);
  return `[${accented}${FILLER.repeat(padding)}]`;
}

/** A whole catalog in the pseudo-locale, same keys. */
export function pseudoCatalog(messages: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(messages).map(([key, text]) => [key, pseudoLocalize(text)]));
}
