/**
 * Character checks shared by the field validators. Names and technical values are shown in lists and sent to
 * an ERP, so invisible and pictographic characters are refused with a message that names them.
 */

/** C0/C1 control characters (\p{Cc}), and the invisible format characters that can reorder or hide text. */
const INVISIBLE = /[\p{Cc}\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/gu;
const LINE_BREAKS_AND_TABS = new Set(['\n', '\r', '\t']);
/** Emoji and other pictographs, plus the joiners and selectors that glue them together. */
const PICTOGRAPHIC = /[\p{Extended_Pictographic}\p{Regional_Indicator}\u{1F3FB}-\u{1F3FF}]|\u20E3|\uFE0F/gu;

function unique(chars: Iterable<string>): string[] {
  return [...new Set(chars)];
}

/** Invisible characters in `value`, written as U+XXXX so the message can name them. */
export function invisibleChars(value: string, { allowLineBreaks = false } = {}): string[] {
  const found = [...value.matchAll(INVISIBLE)]
    .map((m) => m[0])
    .filter((ch) => !(allowLineBreaks && LINE_BREAKS_AND_TABS.has(ch)));
  return unique(found).map((ch) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
}

/**
 * Visible characters not allowed in names and technical values: emoji, and `<` `>` (which make a value look
 * like HTML). `extra` adds characters a field type refuses too (for example `|` in a folder path).
 */
export function forbiddenChars(value: string, extra = ''): string[] {
  const found = [...value.matchAll(PICTOGRAPHIC)].map((m) => m[0]);
  for (const ch of value) if ('<>'.includes(ch) || extra.includes(ch)) found.push(ch);
  return unique(found);
}

/** A list of characters for a message: «<» «>». */
export function listChars(chars: readonly string[]): string {
  return chars.map((ch) => (ch.startsWith('U+') && ch.length > 2 ? ch : `«${ch}»`)).join(' ');
}

/** A value shortened for a message, so a 500-character paste does not flood the screen. */
export function displayValue(value: string, max = 40): string {
  const chars = [...value];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : value;
}

/** Length in characters as a person counts them (an emoji is one), not UTF-16 units. */
export function charLength(value: string): number {
  return [...value].length;
}
