import { editDistance } from '../../markdown/suggest.ts';

/** The parts of a label: its words, split at spaces, hyphens and slashes, in lower case. */
function parts(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[\s\-/]+/)
    .filter(Boolean);
}

/** Edit distance relative to the longer text, case ignored: 0 for the same text, 1 for nothing in common. */
export function distance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return editDistance(x, y) / Math.max(x.length, y.length, 1);
}

/**
 * Whether two different texts look like one label written two ways: only the case differs, a few letters
 * differ (at most a quarter of the longer text), or every word of the shorter one (two words or more) is in the longer one
 * (`Test tilkobling` and `Test ERP-tilkobling`). A single shared word is not enough: `Sync` is a tab and
 * `Sync Connectors` a list; nor are a few shared letters: `Ingen valgt` and `(Ingen utvalg)` are two controls.
 */
export function isOtherFormOf(a: string, b: string): boolean {
  if (a === b) return false;
  if (distance(a, b) <= 0.25) return true;
  const [small, large] = [parts(a), parts(b)].sort((x, y) => x.length - y.length) as [string[], string[]];
  return small.length >= 2 && small.every((part) => large.includes(part));
}

/** The candidates that are another form of `text`, nearest first. */
export function otherForms(text: string, candidates: Iterable<string>): string[] {
  return [...new Set(candidates)]
    .filter((c) => isOtherFormOf(text, c))
    .sort((x, y) => distance(text, x) - distance(text, y) || x.localeCompare(y, 'nb'));
}
