import { ENGLISH_WORDS, NORWEGIAN_WORDS, SHARED_WORDS } from './english-words.ts';
import { compileForm, findForm } from './matcher.ts';

/**
 * English inside Norwegian text, found with word lists rather than statistics: a run of two or more English
 * words in running text, or a short label (aria-label, alt) made mostly of English words. Product words that are
 * English on purpose (the term base's allow list), URLs and e-mail addresses are blanked first, so "Sync
 * Connector" or "https://erp.example/api" never count.
 */

/** A stretch of English; `start`/`end` index the text that was searched. */
export interface EnglishSpan {
  start: number;
  end: number;
  text: string;
}

const NON_WORDS = [/\b(?:https?|ftp):\/\/\S+/gi, /\bwww\.\S+/gi, /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g];
const TOKEN = /\p{L}[\p{L}\p{M}'’]*/gu;
/** Between two English words of one run there may be spaces, quotes, brackets, commas, dashes and blanked words. */
const SAME_RUN_GAP = /^[\s,'"«»“”‘’()\-–—/_]*$/;

/** Compiles the allow list once; pass the result to the functions below. */
export function allowList(words: readonly string[]): RegExp[] {
  return words.map(compileForm);
}

/** The text with allowed words, URLs and addresses replaced by `_`, same length so indexes still fit. */
function blank(text: string, allow: readonly RegExp[]): string {
  let result = text;
  for (const regex of [...allow, ...NON_WORDS]) {
    for (const match of findForm(regex, result))
      result = result.slice(0, match.start) + '_'.repeat(match.end - match.start) + result.slice(match.end);
  }
  return result;
}

function tokens(text: string): Array<{ start: number; end: number; word: string }> {
  return [...text.matchAll(TOKEN)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    word: m[0].toLowerCase().replace('’', "'"),
  }));
}

/** Runs of two or more English words in running text. One English word alone is left alone: it is usually a name. */
export function englishRuns(text: string, allow: readonly RegExp[]): EnglishSpan[] {
  const blanked = blank(text, allow);
  const spans: EnglishSpan[] = [];
  // `run` holds the English words of the current stretch; `last` is where the stretch has got to, which may be a
  // shared word (to, for) waiting to see whether English follows.
  let run: Array<{ start: number; end: number }> = [];
  let last: { end: number } | undefined;
  const close = () => {
    if (run.length >= 2)
      spans.push({ start: run[0]!.start, end: run.at(-1)!.end, text: text.slice(run[0]!.start, run.at(-1)!.end) });
    run = [];
    last = undefined;
  };
  for (const token of tokens(blanked)) {
    if (last && !SAME_RUN_GAP.test(blanked.slice(last.end, token.start))) close();
    if (ENGLISH_WORDS.has(token.word)) {
      run.push(token);
      last = token;
    } else if (run.length > 0 && SHARED_WORDS.has(token.word)) last = token;
    else close();
  }
  close();
  return spans;
}

/**
 * Whether a short label, read on its own, is English: at least half its words are English words and none is a
 * small Norwegian word or holds æ, ø or å. `Barcode icon` is English; `Strekkode-ikon` and `Sync-ikon` are not.
 */
export function isEnglishLabel(text: string, allow: readonly RegExp[]): boolean {
  const words = tokens(blank(text, allow)).map((t) => t.word);
  if (words.some((w) => NORWEGIAN_WORDS.has(w) || /[æøå]/.test(w))) return false;
  const english = words.filter((w) => ENGLISH_WORDS.has(w)).length;
  return english >= 1 && english * 2 >= words.length;
}
