import { MARKER_PATTERN } from '../markdown/docs-root/page-outline.ts';

/** A piece of a docs-root page: its HTML, or a place where the training layer puts a component. */
export type PagePart =
  | { kind: 'html'; html: string }
  | { kind: 'simulator'; start?: string }
  | { kind: 'try-in-simulator'; situation: string };

const ALL_MARKERS = new RegExp(MARKER_PATTERN.source, 'g');

/** Splits a docs-root page's HTML at the training layer's markers (`<!--training:simulator-->`). */
export function pageParts(html: string): PagePart[] {
  const parts: PagePart[] = [];
  let at = 0;
  for (const match of html.matchAll(ALL_MARKERS)) {
    parts.push({ kind: 'html', html: html.slice(at, match.index) });
    // `simulator`, `simulator:<start>` (a situation to start in) or `try-in-simulator:<situation>`.
    const [name, situation = ''] = match[1]!.split(':');
    parts.push(
      name === 'simulator'
        ? { kind: 'simulator', ...(situation ? { start: situation } : {}) }
        : { kind: 'try-in-simulator', situation },
    );
    at = match.index + match[0].length;
  }
  parts.push({ kind: 'html', html: html.slice(at) });
  return parts;
}
