import nb from '../../../content/i18n/nb/exercises.json' with { type: 'json' };
import { createTranslate, type Translate } from '../../i18n/translate.ts';
import type { Average, ClassTable, StepCell } from './class-table.ts';

/**
 * CSV for the trainer, made for Norwegian Excel: semicolons between fields (Excel in Norwegian uses the comma
 * for decimals, so it splits on semicolons, and a comma-separated file opens as one column), decimal commas,
 * a byte order mark so Excel reads æ, ø and å as UTF-8, and CRLF line ends. Quoting follows RFC 4180.
 *
 * Written here rather than with papaparse's `unparse`: the whole writer is the two functions below, the
 * project has no CSV dependency, and we also need the formula guard for names typed by learners.
 */
export const CSV_DELIMITER = ';';
const BOM = '\uFEFF';

/** A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading apostrophe. */
function guardFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One field, quoted when it holds the delimiter, a quote, a comma or a line break; quotes are doubled. */
export function csvField(value: string): string {
  return /[;",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Rows to CSV text, each field quoted as needed. */
export function toCsv(rows: ReadonlyArray<readonly string[]>): string {
  return rows.map((row) => row.map(csvField).join(CSV_DELIMITER)).join('\r\n') + '\r\n';
}

const decimal = (value: number, digits: number) => value.toFixed(digits).replace('.', ',');
const seconds = (ms: number | null) => (ms === null ? '' : String(Math.round(ms / 1000)));
const percent = (share: number) => `${Math.round(share * 100)} %`;

/** The class table as CSV: one row per learner, then the class average. Headers in Norwegian by default. */
export function classTableCsv(table: ClassTable, options: { t?: Translate; bom?: boolean } = {}): string {
  const t = options.t ?? createTranslate(nb);
  const yesNo = (done: boolean) => t(done ? 'exercises.table.yes' : 'exercises.table.no');
  const stepHeaders = table.steps.flatMap((s, i) => {
    const step = `${i + 1}. ${s.title}`;
    return [
      t('exercises.table.step.completed', { step }),
      t('exercises.table.step.time', { step }),
      t('exercises.table.step.mistakes', { step }),
    ];
  });
  const header = ['learner', 'file', 'mode', 'attempts', 'completed', 'time', 'mistakes'].map((k) =>
    t(`exercises.table.${k}`),
  );
  const cell = (c: StepCell | null) =>
    c ? [yesNo(c.completed), c.completed ? seconds(c.timeMs) : '', String(c.mistakes)] : ['', '', ''];
  const rows = table.rows.map((r) => [
    guardFormula(r.learner ?? t('exercises.table.anonymous')),
    guardFormula(r.file ?? ''),
    t(`exercises.mode.${r.mode}`),
    String(r.attempts),
    yesNo(r.completed),
    r.completed ? seconds(r.totalMs) : '',
    String(r.mistakes),
    ...r.steps.flatMap(cell),
  ]);
  const avg = (a: Average) => [percent(a.completedShare), seconds(a.timeMs), decimal(a.mistakes, 1)];
  const average = table.average
    ? [[t('exercises.table.classAverage'), '', '', '', ...avg(table.average), ...table.average.steps.flatMap(avg)]]
    : [];
  return (options.bom === false ? '' : BOM) + toCsv([[...header, ...stepHeaders], ...rows, ...average]);
}
