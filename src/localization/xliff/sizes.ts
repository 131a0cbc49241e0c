/**
 * How much an XLIFF import takes. The catalogs' own export is about 100 KB with some 400 units and texts of at most
 * a few hundred characters, so these leave room for many times the site's growth while a file that is far larger
 * (by mistake or on purpose) is refused before it is parsed, and none of its texts is printed whole.
 */
export const XLIFF_MAX_FILE_BYTES = 5_000_000;
/** Most units a file may have. */
export const XLIFF_MAX_UNITS = 10_000;
/** Most characters of one text (a key's own limit in limits.yaml is usually far lower). */
export const XLIFF_MAX_TEXT_CHARS = 2_000;
/** Characters of a text quoted in a message. */
const EXCERPT_CHARS = 60;

/** A text as a message quotes it: `"Lorem ipsum…" (20000000 characters)` when it is long, else `"as written"`. */
export function excerpt(text: string): string {
  const chars = [...text];
  if (chars.length <= EXCERPT_CHARS) return JSON.stringify(text);
  return `${JSON.stringify(`${chars.slice(0, EXCERPT_CHARS).join('')}…`)} (${chars.length} characters)`;
}

/** `20.0 MB`, `512 KB`: a size as people read it. */
export function formatBytes(bytes: number): string {
  return bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${Math.ceil(bytes / 1000)} KB`;
}

/**
 * Unit ids written more than once in one `<file>`, and units without an id, read from the text: the XLIFF reader
 * keeps one unit per id, so a repeat would otherwise vanish without a trace.
 */
export function repeatedUnitIds(xml: string): Array<{ file: string; unit?: string; count: number }> {
  const found: Array<{ file: string; unit?: string; count: number }> = [];
  let file = '';
  let counts = new Map<string, number>();
  const flush = () => {
    for (const [unit, count] of counts) if (count > 1) found.push({ file, unit, count });
  };
  for (const [, element, attributes = ''] of xml.matchAll(/<(file|unit)\b([^>]*)>/g)) {
    const id = /\bid\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(attributes);
    if (element === 'file') {
      flush();
      file = id?.[1] ?? id?.[2] ?? '';
      counts = new Map();
    } else if (!id) found.push({ file, count: 1 });
    else counts.set(id[1] ?? id[2] ?? '', (counts.get(id[1] ?? id[2] ?? '') ?? 0) + 1);
  }
  flush();
  return found;
}
