import type { ResultMode } from './modes.ts';
import type { ExerciseResult } from './result.ts';
import type { Exercise } from './types.ts';

/** One learner's figures for one step; null in a row when the result has no such step (an older exercise). */
export interface StepCell {
  completed: boolean;
  timeMs: number | null;
  mistakes: number;
}

export interface ClassRow {
  /** As typed; undefined for a result without a name (then `file` tells rows apart). */
  learner: string | undefined;
  file: string | undefined;
  /** How many results this learner loaded; the row shows the latest completed one, else the latest. */
  attempts: number;
  mode: ResultMode;
  completed: boolean;
  totalMs: number;
  mistakes: number;
  steps: Array<StepCell | null>;
}

export interface Average {
  /** Share of rows completed, 0 to 1. */
  completedShare: number;
  /** Mean time of the rows that completed; null when none did. */
  timeMs: number | null;
  /** Mean mistakes per row. */
  mistakes: number;
}

export interface ClassTable {
  exercise: { id: string; title: string };
  steps: Array<{ id: string; title: string }>;
  /** Sorted by name in Norwegian order (æ, ø, å last); unnamed results after the named. */
  rows: ClassRow[];
  /** The class average overall and per step; null when no result is for this exercise. */
  average: (Average & { steps: Average[] }) | null;
}

type Input = ExerciseResult | { file: string; result: ExerciseResult };

const collator = new Intl.Collator('nb', { sensitivity: 'base' });
const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : null);

/** Later is better, and a completed result beats any unfinished one. */
function better(a: ExerciseResult, b: ExerciseResult): boolean {
  if (a.completed !== b.completed) return a.completed;
  return a.finishedAt > b.finishedAt;
}

function rowOf(exercise: Exercise, result: ExerciseResult, file: string | undefined, attempts: number): ClassRow {
  const steps = exercise.steps.map((s): StepCell | null => {
    const found = result.steps.find((r) => r.id === s.id);
    return found ? { completed: found.completed, timeMs: found.timeMs, mistakes: found.mistakes.length } : null;
  });
  const mistakes = result.steps.reduce((n, s) => n + s.mistakes.length, 0);
  return {
    learner: result.learner,
    file,
    attempts,
    mode: result.mode,
    completed: result.completed,
    totalMs: result.totalMs,
    mistakes,
    steps,
  };
}

function averageOf(cells: Array<{ completed: boolean; timeMs: number | null; mistakes: number }>): Average {
  return {
    completedShare: mean(cells.map((c) => (c.completed ? 1 : 0))) ?? 0,
    timeMs: mean(cells.flatMap((c) => (c.completed && c.timeMs !== null ? [c.timeMs] : []))),
    mistakes: mean(cells.map((c) => c.mistakes)) ?? 0,
  };
}

/**
 * The trainer's table for one exercise: a row per learner (results for other exercises are left out) and
 * the class average. A learner is recognised by name, ignoring case and spaces at either end.
 */
export function classTable(results: readonly Input[], exercise: Exercise): ClassTable {
  const named = new Map<string, { result: ExerciseResult; file: string | undefined; attempts: number }>();
  const rows: ClassRow[] = [];
  for (const input of results) {
    const [result, file] = 'result' in input ? [input.result, input.file] : [input, undefined];
    if (result.exercise.id !== exercise.id) continue;
    const key = result.learner?.trim().toLocaleLowerCase('nb');
    if (!key) {
      rows.push(rowOf(exercise, result, file, 1));
      continue;
    }
    const held = named.get(key);
    if (!held) named.set(key, { result, file, attempts: 1 });
    else
      named.set(
        key,
        better(result, held.result)
          ? { result, file, attempts: held.attempts + 1 }
          : { ...held, attempts: held.attempts + 1 },
      );
  }
  rows.push(...[...named.values()].map((h) => rowOf(exercise, h.result, h.file, h.attempts)));
  rows.sort((a, b) => {
    if (!a.learner || !b.learner)
      return Number(!a.learner) - Number(!b.learner) || collator.compare(a.file ?? '', b.file ?? '');
    return collator.compare(a.learner, b.learner);
  });
  const average = rows.length
    ? {
        ...averageOf(rows.map((r) => ({ completed: r.completed, timeMs: r.totalMs, mistakes: r.mistakes }))),
        steps: exercise.steps.map((_, i) => averageOf(rows.flatMap((r) => (r.steps[i] ? [r.steps[i]] : [])))),
      }
    : null;
  return {
    exercise: { id: exercise.id, title: exercise.title },
    steps: exercise.steps.map((s) => ({ id: s.id, title: s.title })),
    rows,
    average,
  };
}
