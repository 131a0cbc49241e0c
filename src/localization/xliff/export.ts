import js2xliff, { type XliffUnit } from 'xliff/js2xliff';
import { placeholdersOf, sourceName } from '../catalogs/placeholders.ts';
import type { Catalogs } from '../catalogs/types.ts';

/** The languages of an XLIFF file: the catalogs' source language and the one being translated into. */
export interface LanguagePair {
  /** Default `nb`. */
  source: string;
  /** Default `en`. */
  target: string;
}

export const DEFAULT_PAIR: LanguagePair = { source: 'nb', target: 'en' };

/** Tells the translator which placeholders to keep, and which language-specific forms the current text uses. */
function placeholderNote(source: string, target: string | undefined, lang: string): string | undefined {
  const names = placeholdersOf(source);
  if (names.length === 0) return undefined;
  const variants = placeholdersOf(target ?? '').filter((name) => sourceName(name, lang) !== name);
  const also = variants.length
    ? ` (${variants.map((v) => `{${v}} stands for {${sourceName(v, lang)}}`).join(', ')})`
    : '';
  return `Placeholders to keep: ${names.map((n) => `{${n}}`).join(' ')}${also}`;
}

/**
 * The catalogs as an XLIFF 2.0 document for a translator's tool: one `<file id="<name>">` per catalog file (`sim`,
 * `sim.dialog`: a namespace split across files is exported as its files), one `<unit id="<key>">` per source key
 * in file order, `<source>` the source text and `<target>` the current
 * translation (left out when there is none yet). A unit with placeholders carries a note listing them.
 */
export function exportXliff(catalogs: Catalogs, pair: LanguagePair = DEFAULT_PAIR): string {
  const source = catalogs[pair.source];
  if (!source) throw new Error(`Cannot export: there are no catalogs for the source language "${pair.source}"`);
  const resources: Record<string, Record<string, XliffUnit>> = {};
  for (const name of Object.keys(source).sort()) {
    const translations = catalogs[pair.target]?.[name]?.messages ?? {};
    const units: Record<string, XliffUnit> = {};
    for (const [key, text] of Object.entries(source[name]!.messages)) {
      const target = translations[key];
      const note = placeholderNote(text, target, pair.target);
      units[key] = { ...(note ? { note } : {}), source: text, ...(target !== undefined ? { target } : {}) };
    }
    resources[name] = units;
  }
  const xml = js2xliff(
    { sourceLanguage: pair.source, targetLanguage: pair.target, resources },
    { indent: '  ', targetXliffVersion: '2.0' },
    (error) => {
      if (error) throw error;
    },
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xml}\n`;
}
