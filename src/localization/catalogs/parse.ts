import { location } from 'vfile-location';
import { z } from 'zod';
import { ContentError } from '../../schemas/friendly-error.ts';
import { layoutOf } from './serialize.ts';
import type { Catalog } from './types.ts';

/** A catalog is a flat JSON object of texts; nesting is not allowed so a key is the same string everywhere. */
const catalogSchema = z.record(
  z.string(),
  z.string({ error: 'must be a text (a JSON string); catalogs are flat, with dotted keys' }),
  {
    error: 'a catalog must be a JSON object of "key": "text" pairs',
  },
);

/** V8 names the place of a JSON syntax error as `position N` or `(line L column C)`; turn either into a line. */
function lineOfJsonError(text: string, message: string): number | undefined {
  const line = /line (\d+)/.exec(message);
  if (line) return Number(line[1]);
  const position = /position (\d+)/.exec(message);
  return position ? location(text).toPoint(Number(position[1]))?.line : undefined;
}

/**
 * Parses the text of `content/i18n/<lang>/<name>.json`. Throws a ContentError naming the file, the key and its
 * line when the JSON is broken, a value is not a text, a key is written twice, or a key does not start with
 * `<namespace>.` (the namespace is the file name up to its first dot, so `sim.ok` belongs in sim.json or in
 * another `sim.*.json`).
 */
export function parseCatalog(file: string, namespace: string, text: string): Catalog {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    throw new ContentError(file, [{ field: '(JSON syntax)', line: lineOfJsonError(text, message), message }]);
  }
  const { lines, groupStarts, duplicates } = layoutOf(text);
  const problems: Array<{ field: string; line?: number; message: string }> = [];
  const result = catalogSchema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const key = issue.path.length ? String(issue.path[0]) : '(whole file)';
      problems.push({ field: key, line: lines[key], message: issue.message });
    }
  }
  for (const { key, line } of duplicates)
    problems.push({ field: key, line, message: 'this key is written twice; keep one' });
  for (const key of Object.keys(result.data ?? {})) {
    if (!key.startsWith(`${namespace}.`)) {
      problems.push({
        field: key,
        line: lines[key],
        message: `a key in ${file.split('/').pop()} must start with "${namespace}." (move it to a file of its namespace)`,
      });
    }
  }
  if (problems.length > 0 || !result.success) throw new ContentError(file, problems);
  return { file, messages: result.data, groupStarts, lines };
}
