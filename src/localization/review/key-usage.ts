import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { quasisOf, stringValue, walk, type ParsedSource } from './source-scan.ts';

/**
 * Where each catalog key is used, for the review page and the catalog tests. Three kinds of reference:
 * - `literal`: the key written out as a string in code (`t('sim.ui.dialog.ok')`, `messageKey: 'sim.rule.x'`);
 * - `pattern`: a key built in a template literal from a known prefix (`` t(`sim.ui.screen.${screen}`) ``): every
 *   key the pattern can produce is listed as "brukes via" that line, since the ids come from data;
 * - `content`: the key named in a content file (a rule's or exercise's `messageKey` in YAML).
 * Comments are not references: code is read through its syntax tree (source-scan.ts).
 */

export interface KeyReference {
  kind: 'literal' | 'pattern' | 'content';
  /** Path from the project root. */
  file: string;
  line: number;
  /** For `pattern`: the template with `*` for each value put in, `sim.ui.screen.*`. */
  pattern?: string;
}

/** A string in code that has the form of a key, and where. */
export interface KeyLiteral {
  key: string;
  file: string;
  line: number;
}

export interface KeyPattern {
  /** `sim.ui.screen.*` */
  pattern: string;
  test: RegExp;
  file: string;
  line: number;
}

/** Strings that look like keys but name files (`site.json`, `sim.css`). */
const FILE_NAME = /\.(json|ya?ml|tsx?|astro|m?js|css|mdx?|xlf|html|svg)$/;

/** Whether a string has the form of a key of one of `namespaces`: `sim.ui.dialog.ok`. */
export function looksLikeKey(text: string, namespaces: readonly string[]): boolean {
  const dot = text.indexOf('.');
  return (
    dot > 0 &&
    namespaces.includes(text.slice(0, dot)) &&
    /^[a-zA-Z0-9-]+(\.[a-zA-Z0-9-]+)+$/.test(text) &&
    !FILE_NAME.test(text)
  );
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Attributes that only mark which key an element shows (for "Vis i simulatoren"): the `t()` call beside them is
 * the use, so they are not counted again.
 */
const MARKER_ATTRIBUTES = new Set(['data-i18n-key', 'data-i18n-label', 'i18nKey']);

/** Key literals and key-building templates in one parsed file. */
export function referencesIn(
  source: ParsedSource,
  namespaces: readonly string[],
): { literals: KeyLiteral[]; patterns: KeyPattern[] } {
  const literals: KeyLiteral[] = [];
  const patterns: KeyPattern[] = [];
  walk(source.root, (node) => {
    if (node.type === 'JSXAttribute' && MARKER_ATTRIBUTES.has(String((node.name as { name?: unknown }).name)))
      return false;
    const value = stringValue(node);
    if (value !== undefined) {
      if (looksLikeKey(value, namespaces))
        literals.push({ key: value, file: source.file, line: source.lineOf(node.start) });
      return;
    }
    if (node.type !== 'TemplateLiteral') return;
    const parts = quasisOf(node);
    // Only templates that start with a namespace and a dot build keys (`${prefix}-${name}` builds ids).
    if (!looksLikeKey(`${parts[0]}x`, namespaces)) return;
    patterns.push({
      pattern: parts.join('*'),
      test: new RegExp(`^${parts.map(escape).join('.+')}$`),
      file: source.file,
      line: source.lineOf(node.start),
    });
  });
  return { literals, patterns };
}

/** Content files that may name keys: data and pages, not the catalogs themselves. */
function contentFiles(root: string): string[] {
  let names: string[];
  try {
    names = readdirSync(join(root, 'content'), { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return names
    .map((name) => `content/${name.split('\\').join('/')}`)
    .filter((file) => /\.(ya?ml|mdx?)$/.test(file) && !file.startsWith('content/i18n/'))
    .sort();
}

/** Keys (of `keys`) named in content files, one reference per line that names them. */
export function contentReferences(
  root: string,
  keys: ReadonlySet<string>,
  namespaces: readonly string[],
): Map<string, KeyReference[]> {
  const found = new Map<string, KeyReference[]>();
  const token = new RegExp(`(?<![\\w.-])(?:${namespaces.map(escape).join('|')})\\.[a-zA-Z0-9.-]+`, 'g');
  for (const file of contentFiles(root)) {
    readFileSync(join(root, file), 'utf8')
      .split('\n')
      .forEach((text, index) => {
        for (const match of text.matchAll(token)) {
          const key = match[0].replace(/\.+$/, ''); // a key at the end of a sentence
          if (keys.has(key)) found.set(key, [...(found.get(key) ?? []), { kind: 'content', file, line: index + 1 }]);
        }
      });
  }
  return found;
}

export interface KeyUsage {
  /** Every catalog key to its references (an empty list: the key is not used). */
  byKey: Map<string, KeyReference[]>;
  /** Strings in code that have the form of a key but are in no catalog. */
  unknown: KeyLiteral[];
}

/**
 * Where each of `keys` is used in the parsed `sources` and in content files below `root`. A literal counts for
 * its key; a pattern counts for every key it matches.
 */
export function keyUsage(
  root: string,
  sources: readonly ParsedSource[],
  keys: readonly string[],
  namespaces: readonly string[],
): KeyUsage {
  const known = new Set(keys);
  const byKey = new Map<string, KeyReference[]>(keys.map((key) => [key, []]));
  const unknown: KeyLiteral[] = [];
  const patterns: KeyPattern[] = [];
  for (const source of sources) {
    const found = referencesIn(source, namespaces);
    for (const literal of found.literals) {
      if (known.has(literal.key))
        byKey.get(literal.key)!.push({ kind: 'literal', file: literal.file, line: literal.line });
      else unknown.push(literal);
    }
    patterns.push(...found.patterns);
  }
  for (const key of keys) {
    for (const p of patterns)
      if (p.test.test(key)) byKey.get(key)!.push({ kind: 'pattern', file: p.file, line: p.line, pattern: p.pattern });
  }
  for (const [key, references] of contentReferences(root, known, namespaces)) byKey.get(key)!.push(...references);
  return { byKey, unknown };
}
