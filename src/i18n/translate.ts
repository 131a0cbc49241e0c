/** Languages the catalogs are written in: Norwegian Bokmål is the source, English the second language. */
export const languages = ['nb', 'en'] as const;
export type Lang = (typeof languages)[number];

/** A catalog: flat dotted keys (`sim.dialog.ok`) to text with `{name}` placeholders. */
export type Messages = Readonly<Record<string, string>>;
export type Params = Readonly<Record<string, string | number>>;
export type Translate = (key: string, params?: Params) => string;

/** Fills `{name}` placeholders; a placeholder without a value is left visible so a reviewer notices it. */
export function fill(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/**
 * A `t()` over one catalog. A missing key falls back to the fallback catalog (the Norwegian source), and then to
 * the key itself, so the screen never shows nothing; the catalog tests keep that from happening in practice.
 */
export function createTranslate(messages: Messages, fallback?: Messages): Translate {
  return (key, params) => fill(messages[key] ?? fallback?.[key] ?? key, params);
}
