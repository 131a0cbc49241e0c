import { describe, expect, it } from 'vitest';
import { classTable, classTableCsv, csvField, type ExerciseResult } from '../../../src/exercises/engine/index.ts';
import { byId } from './helpers.ts';

const exercise = byId('gi-nytt-navn');
const ids = exercise.steps.map((s) => s.id);

/** A result for gi-nytt-navn: per step [seconds or null, mistakes, completed]. */
function result(
  learner: string | undefined,
  steps: Array<[number | null, number, boolean]>,
  finishedAt = '2025-05-06T09:00:00.000Z',
): ExerciseResult {
  const completed = steps.every(([, , done]) => done);
  return {
    format: 'erp-ovelse-resultat',
    version: 1,
    exercise: { id: exercise.id, title: exercise.title },
    ...(learner === undefined ? {} : { learner }),
    mode: 'test',
    startedAt: '2025-05-06T08:00:00.000Z',
    finishedAt,
    completed,
    totalMs: steps.reduce((n, [s]) => n + (s ?? 0) * 1000, 0),
    steps: steps.map(([s, mistakes, done], i) => ({
      id: ids[i]!,
      completed: done,
      timeMs: s === null ? null : s * 1000,
      mistakes: Array.from({ length: mistakes }, () => ({ kind: 'dimmed-ok' as const, at: finishedAt })),
      failedTests: 0,
    })),
  };
}

const ase = result('Åse Ødegård', [
  [10, 0, true],
  [10, 0, true],
  [10, 1, true],
  [10, 0, true],
  [10, 0, true],
]);
const bjornFirst = result(
  'Bjørn Ærø',
  [
    [20, 0, true],
    [null, 0, false],
    [null, 0, false],
    [null, 0, false],
    [null, 0, false],
  ],
  '2025-05-06T08:30:00.000Z',
);
const bjorn = result(' bjørn ærø ', [
  [20, 1, true],
  [20, 0, true],
  [20, 0, true],
  [20, 0, true],
  [20, 2, true],
]);
const carl = result('Carl Berg', [
  [30, 0, true],
  [30, 0, true],
  [30, 0, true],
  [15, 1, false],
  [null, 0, false],
]);
const other = { ...ase, exercise: { id: 'husk-aktiv', title: 'Annen øvelse' } };

describe('the class table', () => {
  const table = classTable(
    [ase, { file: 'bjorn-1.json', result: bjornFirst }, { file: 'bjorn-2.json', result: bjorn }, carl, other],
    exercise,
  );

  it("has a row per learner, in Norwegian order, using the best of a learner's attempts", () => {
    expect(table.rows.map((r) => [r.learner, r.attempts, r.completed, r.totalMs, r.mistakes])).toEqual([
      [' bjørn ærø ', 2, true, 100_000, 3],
      ['Carl Berg', 1, false, 105_000, 1],
      ['Åse Ødegård', 1, true, 50_000, 1],
    ]);
    expect(table.rows[0]!.file).toBe('bjorn-2.json');
    expect(table.rows[1]!.steps[3]).toEqual({ completed: false, timeMs: 15_000, mistakes: 1 });
  });

  it('averages the class overall and per step (time over those who completed)', () => {
    expect(table.average).toMatchObject({ completedShare: 2 / 3, timeMs: 75_000 });
    expect(table.average!.mistakes).toBeCloseTo(5 / 3);
    const [first, , , fourth, fifth] = table.average!.steps;
    expect(first).toEqual({ completedShare: 1, timeMs: 20_000, mistakes: 1 / 3 });
    expect(fourth).toEqual({ completedShare: 2 / 3, timeMs: 15_000, mistakes: 1 / 3 });
    expect(fifth).toEqual({ completedShare: 2 / 3, timeMs: 15_000, mistakes: 2 / 3 });
  });

  it('shows unnamed results after the named, by file, and is empty without results', () => {
    const withAnonymous = classTable(
      [
        {
          file: 'b.json',
          result: result(undefined, [
            [5, 0, true],
            [5, 0, true],
            [5, 0, true],
            [5, 0, true],
            [5, 0, true],
          ]),
        },
        ase,
      ],
      exercise,
    );
    expect(withAnonymous.rows.map((r) => r.learner ?? r.file)).toEqual(['Åse Ødegård', 'b.json']);
    expect(classTable([other], exercise)).toMatchObject({ rows: [], average: null });
  });
});

/** Reads semicolon CSV as RFC 4180 describes, to check what a spreadsheet would see. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [[]];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') {
      rows.at(-1)!.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      rows.at(-1)!.push(field);
      field = '';
      rows.push([]);
      i++;
    } else field += c;
  }
  return rows.slice(0, -1);
}

describe('the class table as CSV for Norwegian Excel', () => {
  const ola = result('Ola "Sjefen" Hansen; Økonomi, Oslo', [
    [10, 0, true],
    [10, 0, true],
    [10, 0, true],
    [10, 0, true],
    [10, 0, true],
  ]);
  const mallory = result('=HYPERLINK("http://x.example")', [
    [10, 0, true],
    [10, 0, true],
    [10, 0, true],
    [10, 0, true],
    [null, 0, false],
  ]);
  const csv = classTableCsv(classTable([ola, { file: 'm.json', result: mallory }, carl], exercise));

  it('starts with a byte order mark, separates with semicolons and ends lines with CRLF', () => {
    expect(
      csv.startsWith(
        '\uFEFFDeltaker;Fil;Modus;Forsøk;Fullført;Tid (s);Feil;1. Åpne fanen Sync: fullført;1. Åpne fanen Sync: tid (s);1. Åpne fanen Sync: feil;',
      ),
    ).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(6);
    expect(csv).not.toMatch(/[^\r]\n/);
  });

  it('quotes names with semicolons, commas and quotes, and defuses formulas', () => {
    expect(csv).toContain('"Ola ""Sjefen"" Hansen; Økonomi, Oslo";;Test;1;ja;50;0;ja;10;0;');
    const rows = readCsv(csv.slice(1));
    expect(rows.map((r) => r[0])).toEqual([
      'Deltaker',
      '\'=HYPERLINK("http://x.example")',
      'Carl Berg',
      'Ola "Sjefen" Hansen; Økonomi, Oslo',
      'Klassesnitt',
    ]);
    expect(rows.every((r) => r.length === 7 + 3 * exercise.steps.length)).toBe(true);
  });

  it('writes the class average with per cent and decimal commas; unfinished rows leave time blank', () => {
    const rows = readCsv(csv.slice(1));
    expect(rows.at(-1)!.slice(0, 10)).toEqual(['Klassesnitt', '', '', '', '33 %', '50', '0,3', '100 %', '17', '0,0']);
    expect(rows.find((r) => r[0] === 'Carl Berg')!.slice(4, 7)).toEqual(['nei', '', '1']);
  });

  it('quotes a field only when it must', () => {
    expect(csvField('Kari')).toBe('Kari');
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('linje\nto')).toBe('"linje\nto"');
    expect(csvField('"')).toBe('""""');
  });
});
