import { pluralForm } from '../../i18n/plural.ts';

/** One reason an XLIFF file was refused, naming the `<file>` and `<unit>` when it concerns one. */
export interface XliffProblem {
  file?: string;
  unit?: string;
  message: string;
}

/** Shown at most in the error text; the full list stays on `problems`. */
const SHOWN = 20;
/** Characters of one problem's line at most: ids and texts come from the file, and may be any size. */
const LINE_CHARS = 400;

const bounded = (line: string) =>
  [...line].length > LINE_CHARS ? `${[...line].slice(0, LINE_CHARS).join('')}…` : line;

/** An XLIFF file that was not imported. Nothing was changed: the catalogs are exactly as before. */
export class XliffImportError extends Error {
  readonly problems: readonly XliffProblem[];

  constructor(problems: readonly XliffProblem[]) {
    const lines = problems
      .slice(0, SHOWN)
      .map((p) => bounded(`  - ${p.unit ? `unit "${p.unit}": ` : p.file ? `file "${p.file}": ` : ''}${p.message}`));
    if (problems.length > SHOWN) lines.push(`  - ... and ${problems.length - SHOWN} more`);
    const count = `${problems.length} ${pluralForm(problems.length, 'en') === 'one' ? 'problem' : 'problems'}`;
    super(`The XLIFF file was not imported (${count}); the catalogs are unchanged:\n${lines.join('\n')}`);
    this.name = 'XliffImportError';
    this.problems = problems;
  }
}
