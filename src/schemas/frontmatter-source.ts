import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { didYouMean } from '../markdown/suggest.ts';
import { ContentError } from './friendly-error.ts';
import { FRONTMATTER_FIELDS, frontmatterSchema, type Frontmatter } from './frontmatter.ts';

type Problem = ContentError['problems'][number];

/** A page's frontmatter as written: the YAML between the `---` lines, and the file line its first line is on. */
interface Block {
  yaml: string;
  firstLine: number;
}

/** Finds the frontmatter the way Astro does: `---` on the first line (after blank lines), up to the next `---`. */
function frontmatterBlock(source: string): Block | undefined {
  const match = /^(\uFEFF?(?:\s*\n)?---\r?\n)([\s\S]*?\n)---/.exec(source);
  if (!match) return undefined;
  return { yaml: match[2]!, firstLine: match[1]!.split('\n').length };
}

/** The parsed block with lines counted, so each key can be placed in the file. */
function readBlock(block: Block): { doc: Document; lineOf: (offset: number) => number } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(block.yaml, { lineCounter });
  return { doc, lineOf: (offset) => lineCounter.linePos(offset).line + block.firstLine - 1 };
}

/**
 * Fails with the file and the line when the frontmatter is not valid YAML. Astro's own message for this names a
 * line counted from the start of the frontmatter, not of the file, so pages are checked here first.
 */
export function checkFrontmatterSyntax(source: string, file: string): void {
  const block = frontmatterBlock(source);
  if (!block) return;
  const { doc, lineOf } = readBlock(block);
  const error = doc.errors[0];
  if (!error) return;
  // The YAML library adds its own place, counted from the frontmatter's start: the file's line replaces it.
  const reason = error.message
    .split('\n')[0]!
    .replace(/:$/, '')
    .replace(/ at line \d+, column \d+$/, '');
  const message = `${reason}. Fix the YAML between the --- lines`;
  throw new ContentError(file, [{ field: '(YAML syntax)', line: lineOf(error.pos[0]), message }]);
}

/** The problems only the text shows: a number that YAML has already shortened (`version: 10.10` is 10.1). */
function writtenProblems(data: unknown, block: Block): Problem[] {
  const { doc, lineOf } = readBlock(block);
  if (!isMap(doc.contents) || typeof data !== 'object' || data === null) return [];
  const problems: Problem[] = [];
  for (const pair of doc.contents.items) {
    if (!isScalar(pair.key) || !isScalar(pair.value) || !pair.value.range) continue;
    const field = String(pair.key.value);
    const value = (data as Record<string, unknown>)[field];
    const written = block.yaml.slice(pair.value.range[0], pair.value.range[1]).trim();
    if (typeof value === 'number' && pair.value.type === 'PLAIN' && written !== String(value)) {
      problems.push({
        field,
        line: lineOf(pair.value.range[0]),
        message: `${field} ${written} is read by YAML as the number ${value}; quote it to keep it as written: ${field}: "${written}"`,
      });
    }
  }
  return problems;
}

/**
 * Validates a page's frontmatter (`data`, as Astro parsed it) and returns it normalised, or throws a ContentError
 * with a line for every problem: the line of the field, of an unknown field (each one, with the nearest known
 * name), or of a version YAML has turned into a shorter number. Without `source`, problems have no lines.
 */
export function parseFrontmatter(data: unknown, file: string, source?: string): Frontmatter {
  const block = source === undefined ? undefined : frontmatterBlock(source);
  const written = block ? writtenProblems(data, block) : [];
  const result = frontmatterSchema.safeParse(data);
  if (result.success && written.length === 0) return result.data;

  const lineOfField = (field: string) => (source === undefined ? undefined : lineOfFrontmatterField(source, field));
  const shadowed = new Set(written.map((p) => p.field));
  const issues = result.success ? [] : result.error.issues;
  const problems: Problem[] = issues.flatMap((issue): Problem[] => {
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map((key) => ({
        field: key,
        line: lineOfField(key),
        message: `this field is unknown.${didYouMean(key, FRONTMATTER_FIELDS)} The fields are: ${FRONTMATTER_FIELDS.join(', ')}`,
      }));
    const field = issue.path.map(String).join('.') || '(frontmatter)';
    if (shadowed.has(String(issue.path[0]))) return [];
    // A field that is not there is added at the top of the frontmatter: the line of its opening ---.
    const line = issue.path.length ? lineOfField(String(issue.path[0])) : undefined;
    return [{ field, line: line ?? (block ? block.firstLine - 1 : undefined), message: issue.message }];
  });
  throw new ContentError(file, [...written, ...problems]);
}

/** The file line a top-level frontmatter field is written on, if it is there. */
export function lineOfFrontmatterField(source: string, field: string): number | undefined {
  const block = frontmatterBlock(source);
  if (!block) return undefined;
  const { doc, lineOf } = readBlock(block);
  if (!isMap(doc.contents)) return undefined;
  const pair = doc.contents.items.find((p) => isScalar(p.key) && String(p.key.value) === field);
  const range = isScalar(pair?.key) ? pair.key.range : undefined;
  return range ? lineOf(range[0]) : undefined;
}
