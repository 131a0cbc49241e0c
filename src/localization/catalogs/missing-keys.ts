import { SOURCE_LANG, type Catalogs } from './types.ts';

/** A key one language has and another lacks. */
export interface MissingKey {
  namespace: string;
  key: string;
  /** The language that has the key. */
  presentIn: string;
  /** The language that lacks it: a translation to write (missing in `en`) or a stale key (missing in `nb`). */
  missingIn: string;
}

/**
 * Keys present in the source language but not in a translation, and the reverse, per namespace, in the order
 * the files list them. A namespace file that exists in only one language counts every one of its keys.
 */
export function missingKeys(catalogs: Catalogs, source: string = SOURCE_LANG): MissingKey[] {
  const result: MissingKey[] = [];
  const sourceNamespaces = catalogs[source] ?? {};
  for (const [lang, namespaces] of Object.entries(catalogs)) {
    if (lang === source) continue;
    const all = [...new Set([...Object.keys(sourceNamespaces), ...Object.keys(namespaces)])].sort();
    for (const namespace of all) {
      const here = sourceNamespaces[namespace]?.messages ?? {};
      const there = namespaces[namespace]?.messages ?? {};
      for (const key of Object.keys(here)) if (!Object.hasOwn(there, key)) result.push({ namespace, key, presentIn: source, missingIn: lang });
      for (const key of Object.keys(there)) if (!Object.hasOwn(here, key)) result.push({ namespace, key, presentIn: lang, missingIn: source });
    }
  }
  return result;
}
