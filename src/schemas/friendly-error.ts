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
