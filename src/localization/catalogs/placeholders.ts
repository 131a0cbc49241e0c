import { SOURCE_LANG, type Catalogs } from './types.ts';

/** A `{name}` placeholder, the syntax `fill()` in src/i18n/translate.ts fills. Global: use with matchAll/replace. */
export const PLACEHOLDER = /\{(\w+)\}/g;

/** The placeholder names of a text, sorted and without repeats. */
export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!))].sort();
}

/**
 * A placeholder name as the source language would write it. The simulator passes some values in both languages
 * (`label` and `labelEn`), and the English texts use the English one, so in an `en` text `{labelEn}` counts as
 * `{label}`. The suffix is the language code with a capital (`En`), so a future `de` works the same way.
 */
export function sourceName(name: string, lang: string): string {
  const suffix = lang.charAt(0).toUpperCase() + lang.slice(1);
  return lang !== SOURCE_LANG && name.length > suffix.length && name.endsWith(suffix)
    ? name.slice(0, -suffix.length)
    : name;
}

/** Whether a translation uses the same placeholders as its source text (as sets, after `sourceName`). */
export function samePlaceholders(source: string, translation: string, lang: string): boolean {
  const wanted = placeholdersOf(source);
  const found = [...new Set(placeholdersOf(translation).map((p) => sourceName(p, lang)))].sort();
  return wanted.length === found.length && wanted.every((p, i) => p === found[i]);
}

/** A key whose translation has other placeholders than its source text. */
export interface PlaceholderMismatch {
  /** The catalog (file) name: `sim`, `sim.dialog`. */
  catalog: string;
  key: string;
  lang: string;
  /** Placeholders of the source text. */
  expected: string[];
  /** Placeholders of the translation, as written. */
  found: string[];
}

/** Every key present in both the source and a translation (in the same file) whose placeholders differ. */
export function placeholderMismatches(catalogs: Catalogs, source: string = SOURCE_LANG): PlaceholderMismatch[] {
  const mismatches: PlaceholderMismatch[] = [];
  for (const [lang, translated] of Object.entries(catalogs)) {
    if (lang === source) continue;
    for (const [name, catalog] of Object.entries(translated)) {
      const sourceMessages = catalogs[source]?.[name]?.messages ?? {};
      for (const [key, text] of Object.entries(catalog.messages)) {
        const original = sourceMessages[key];
        if (original === undefined || samePlaceholders(original, text, lang)) continue;
        mismatches.push({ catalog: name, key, lang, expected: placeholdersOf(original), found: placeholdersOf(text) });
      }
    }
  }
  return mismatches;
}
