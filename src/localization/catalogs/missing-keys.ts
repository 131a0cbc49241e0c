import { SOURCE_LANG, type Catalogs } from './types.ts';

/** A key one language has and another lacks. */
export interface MissingKey {
  /** The catalog (file) name: `sim`, `sim.dialog`. */
  catalog: string;
  key: string;
  /** The language that has the key. */
  presentIn: string;
  /** The language that lacks it: a translation to write (missing in `en`) or a stale key (missing in `nb`). */
  missingIn: string;
}

/**
 * Keys present in the source language but not in a translation, and the reverse, per catalog file, in the order
 * the files list them. A file that exists in only one language counts every one of its keys. Compared per file,
 * not per namespace, because every language splits a namespace into the same files: a key the translation keeps
 * in another file of the namespace is reported in both (missing in one file, stale in the other).
 */
export function missingKeys(catalogs: Catalogs, source: string = SOURCE_LANG): MissingKey[] {
  const result: MissingKey[] = [];
  const sourceCatalogs = catalogs[source] ?? {};
  for (const [lang, translated] of Object.entries(catalogs)) {
    if (lang === source) continue;
    const all = [...new Set([...Object.keys(sourceCatalogs), ...Object.keys(translated)])].sort();
    for (const catalog of all) {
      const here = sourceCatalogs[catalog]?.messages ?? {};
      const there = translated[catalog]?.messages ?? {};
      for (const key of Object.keys(here))
        if (!Object.hasOwn(there, key)) result.push({ catalog, key, presentIn: source, missingIn: lang });
      for (const key of Object.keys(there))
        if (!Object.hasOwn(here, key)) result.push({ catalog, key, presentIn: lang, missingIn: source });
    }
  }
  return result;
}
