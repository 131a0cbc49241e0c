/** The language every catalog is written in first; the others are translations of it. */
export const SOURCE_LANG = 'nb';

/** One catalog file, `content/i18n/<lang>/<namespace>.json`, as loaded or as an import would write it. */
export interface Catalog {
  /** Path from the project root, used in messages: `content/i18n/nb/sim.json`. */
  file: string;
  /** Key to text, in the order the file lists them. Keys start with `<namespace>.`. */
  messages: Readonly<Record<string, string>>;
  /** Keys the file writes after a blank line: the writer's grouping, kept when the file is written back. */
  groupStarts: readonly string[];
  /** 1-based line of each key, so findings and errors can point at it. */
  lines: Readonly<Record<string, number>>;
}

/** Every catalog: language (`nb`, `en`) to namespace (`site`, `sim`) to catalog. */
export type Catalogs = Readonly<Record<string, Readonly<Record<string, Catalog>>>>;

/** Where the catalog of a language and namespace lives, relative to the project root. */
export function catalogPath(lang: string, namespace: string): string {
  return `content/i18n/${lang}/${namespace}.json`;
}
