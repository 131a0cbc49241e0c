/** The language every catalog is written in first; the others are translations of it. */
export const SOURCE_LANG = 'nb';

/** One catalog file, `content/i18n/<lang>/<name>.json`, as loaded or as an import would write it. */
export interface Catalog {
  /** Path from the project root, used in messages: `content/i18n/nb/sim.json`. */
  file: string;
  /** Key to text, in the order the file lists them. Keys start with `<namespace>.` (see namespaceOf). */
  messages: Readonly<Record<string, string>>;
  /** Keys the file writes after a blank line: the writer's grouping, kept when the file is written back. */
  groupStarts: readonly string[];
  /** 1-based line of each key, so findings and errors can point at it. */
  lines: Readonly<Record<string, number>>;
}

/**
 * Every catalog: language (`nb`, `en`) to catalog name (`site`, `sim`, `sim.dialog`: the file name without
 * `.json`) to catalog. Each language splits a namespace into the same files (see namespaceOf).
 */
export type Catalogs = Readonly<Record<string, Readonly<Record<string, Catalog>>>>;

/** Where the catalog of a language and name lives, relative to the project root. */
export function catalogPath(lang: string, name: string): string {
  return `content/i18n/${lang}/${name}.json`;
}

/**
 * The namespace of a catalog: its name up to the first dot. A namespace may be split across files: `sim.json` and
 * `sim.dialog.json` both hold `sim.` keys (the texts only the simulator's dialog shows are kept apart). Each key is
 * in exactly one file of its namespace.
 */
export function namespaceOf(name: string): string {
  return name.split('.')[0]!;
}

/** The names of a language's catalogs that belong to `namespace`, in name order (`sim`, `sim.dialog`). */
export function namespaceCatalogs(catalogs: Catalogs, lang: string, namespace: string): Catalog[] {
  return Object.entries(catalogs[lang] ?? {})
    .filter(([name]) => namespaceOf(name) === namespace)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, catalog]) => catalog);
}

/** Every text of a namespace in one language, from all of its files. */
export function namespaceMessages(catalogs: Catalogs, lang: string, namespace: string): Record<string, string> {
  return Object.fromEntries(namespaceCatalogs(catalogs, lang, namespace).flatMap((c) => Object.entries(c.messages)));
}
