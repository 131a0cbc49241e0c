import { isMap, isScalar, isSeq, LineCounter, parse, parseDocument, YAMLParseError, type Node } from 'yaml';
import type { z } from 'zod';
import { ContentError } from './friendly-error.ts';

/**
 * Finds the 1-based line of a path in a YAML source (`connections.2.connectorId`): a YAML file, or a page whose
 * frontmatter is the first YAML document. For a path that is missing (a required field left out) it points at
 * the deepest part that exists, which is where the writer has to add it.
 */
export function yamlLineFinder(source: string): (path: readonly PropertyKey[]) => number | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter });
  const lineAt = (node: Node | null | undefined) => (node?.range ? lineCounter.linePos(node.range[0]).line : undefined);
  return (path) => {
    let node = doc.contents as Node | null;
    let line = lineAt(node);
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
        if (!pair) break;
        line = lineAt(pair.key as Node) ?? line;
        node = pair.value as Node | null;
      } else if (isSeq(node)) {
        node = (node.items[Number(segment)] as Node | undefined) ?? null;
        if (!node) break;
        line = lineAt(node) ?? line;
      } else break;
    }
    return line;
  };
}

/** Parses with a schema and throws a ContentError naming the file, and for each problem the field and its line. */
export function parseYamlContent<S extends z.ZodType>(
  schema: S,
  data: unknown,
  file: string,
  source?: string,
): z.output<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const lineOf = source === undefined ? () => undefined : yamlLineFinder(source);
  throw new ContentError(
    file,
    result.error.issues.map((issue) => {
      // An unknown key is reported on its parent; point at the key itself, which is what the writer must fix.
      const unknown = issue.code === 'unrecognized_keys' ? issue.keys : [];
      const field = [...issue.path, ...(unknown.length ? [unknown.join(', ')] : [])].join('.') || '(whole file)';
      return { field, line: lineOf([...issue.path, ...unknown.slice(0, 1)]), message: issue.message };
    }),
  );
}

/** Parses YAML text; a syntax error becomes a ContentError naming the file and the line. */
export function parseYamlSource(source: string, file: string): unknown {
  try {
    return parse(source);
  } catch (error) {
    if (!(error instanceof YAMLParseError)) throw error;
    // The line is in the problem's place already; the library's own "at line 4, column 3" would say it twice.
    const message = error.message
      .split('\n')[0]!
      .replace(/:$/, '')
      .replace(/ at line \d+, column \d+$/, '');
    throw new ContentError(file, [{ field: '(YAML syntax)', line: error.linePos?.[0].line, message }]);
  }
}
