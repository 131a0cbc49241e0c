import type { z } from 'zod';

/** A validation failure that names the file, and for each problem the field and (when found) the line. */
export class ContentError extends Error {
  readonly file: string;
  readonly problems: ReadonlyArray<{ field: string; line?: number; message: string }>;

  constructor(file: string, problems: ReadonlyArray<{ field: string; line?: number; message: string }>) {
    super(
      `${file} is not valid:\n` +
        problems.map((p) => `  - ${p.line ? `${file}:${p.line} ` : ''}field "${p.field}": ${p.message}`).join('\n'),
    );
    this.name = 'ContentError';
    this.file = file;
    this.problems = problems;
  }
}

/**
 * Finds the 1-based line where a top-level YAML key is written, so an error can point at it. Works for
 * frontmatter and for whole YAML files; returns undefined when the key is absent (a missing field).
 */
export function lineOfKey(source: string | undefined, path: readonly PropertyKey[]): number | undefined {
  if (!source || path.length === 0) return undefined;
  const key = String(path[0]);
  const lines = source.split(/\r?\n/);
  const index = lines.findIndex((line) => line.startsWith(`${key}:`) || line.startsWith(`"${key}":`));
  return index === -1 ? undefined : index + 1;
}

/** Turns zod issues into a ContentError that a writer can act on. */
export function toContentError(file: string, error: z.ZodError, source?: string): ContentError {
  return new ContentError(
    file,
    error.issues.map((issue) => ({
      field: issue.path.length ? issue.path.join('.') : rootField(issue),
      line: lineOfKey(source, issue.path),
      message: issue.message,
    })),
  );
}

function rootField(issue: z.core.$ZodIssue): string {
  return issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : '(whole file)';
}

/** Parses with a schema and throws a ContentError naming file, field and line on failure. */
export function parseContent<S extends z.ZodType>(
  schema: S,
  data: unknown,
  file: string,
  source?: string,
): z.output<S> {
  const result = schema.safeParse(data);
  if (!result.success) throw toContentError(file, result.error, source);
  return result.data;
}
