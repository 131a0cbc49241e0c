import { exerciseRunV1 } from '../../schemas/exercise-run.ts';
import type { Exercise, ExerciseRun } from '../engine/index.ts';

/**
 * Reading a stored run back (zod/mini, so storage.ts imports this module on demand). The page stores
 * `{ version: RUN_STORAGE_VERSION, run }` per exercise and mode; bump the version when ExerciseRun changes.
 */
export const RUN_STORAGE_VERSION = 1;

/** The stored value to write. */
export function storedRun(run: ExerciseRun): { version: number; run: ExerciseRun } {
  return { version: RUN_STORAGE_VERSION, run };
}

/**
 * A stored run, if it is one this exercise can continue: the right version and shape, the same exercise, the
 * same steps in the same order (a trainer may have edited the exercise since), and done steps before `current`.
 * Anything else gives undefined, and the page starts the exercise afresh.
 */
export function readStoredRun(value: unknown, exercise: Exercise): ExerciseRun | undefined {
  if (typeof value !== 'object' || value === null || (value as { version?: unknown }).version !== RUN_STORAGE_VERSION)
    return undefined;
  const parsed = exerciseRunV1.safeParse((value as { run?: unknown }).run);
  if (!parsed.success) return undefined;
  const run = parsed.data as ExerciseRun;
  const sameSteps =
    run.steps.length === exercise.steps.length && run.steps.every((s, i) => s.id === exercise.steps[i]!.id);
  const consistent = run.current <= run.steps.length && run.steps.every((s, i) => s.done === i < run.current);
  return run.exerciseId === exercise.id && sameSteps && consistent ? run : undefined;
}
