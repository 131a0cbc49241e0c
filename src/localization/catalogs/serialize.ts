import type { Catalog } from './types.ts';

/**
 * The text of a catalog file: one key per line, 2-space indent, a blank line before each key in `groupStarts`,
 * and a trailing newline. Loading and writing both go through this one format, so writing back what was loaded
 * gives the same bytes and a translation import shows up in `git diff` as changed texts only.
 */
export function serializeCatalog(catalog: Pick<Catalog, 'messages' | 'groupStarts'>): string {
  const starts = new Set(catalog.groupStarts);
  const entries = Object.entries(catalog.messages).map(
    ([key, text], i) => `${i > 0 && starts.has(key) ? '\n' : ''}  ${JSON.stringify(key)}: ${JSON.stringify(text)}`,
  );
  return entries.length === 0 ? '{}\n' : `{\n${entries.join(',\n')}\n}\n`;
}

/** A key at the start of a line, as `serializeCatalog` and hand-written flat catalogs put them. */
const KEY_LINE = /^\s*("(?:[^"\\]|\\.)*")\s*:/;

/**
 * The layout of a catalog file's text: the line of each key, the keys that follow a blank line, and keys written
 * twice (JSON.parse silently keeps the last one, which would hide a translator's edit).
 */
export function layoutOf(text: string): {
  lines: Record<string, number>;
  groupStarts: string[];
  duplicates: Array<{ key: string; line: number }>;
} {
  const lines: Record<string, number> = {};
  const groupStarts: string[] = [];
  const duplicates: Array<{ key: string; line: number }> = [];
  let blankBefore = false;
  text.split(/\r?\n/).forEach((line, index) => {
    const match = KEY_LINE.exec(line);
    if (match) {
      const key = JSON.parse(match[1]!) as string;
      if (Object.hasOwn(lines, key)) duplicates.push({ key, line: index + 1 });
      else lines[key] = index + 1;
      if (blankBefore) groupStarts.push(key);
    }
    blankBefore = line.trim() === '';
  });
  return { lines, groupStarts, duplicates };
}
