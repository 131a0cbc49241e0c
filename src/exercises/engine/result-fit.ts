import type { ExerciseResult } from './result.ts';

/** Clock differences a real run can show (rounding to the millisecond in ISO times); anything more is not a run. */
const SLACK_MS = 1000;

/** Why a result file does not fit its exercise: the catalog key's last part (`exercises.import.error.*`) and its values. */
export interface FitProblem {
  name: 'unknownStep' | 'repeatedStep' | 'missingStep' | 'times' | 'completion';
  params: Record<string, string>;
}

/**
 * Whether a result could have come from a run of this exercise, as createResult writes one: the same steps (each
 * once, none the exercise lacks), times that add up (the total is the time between start and finish, no step
 * took longer than the whole, the steps together not longer either, every mistake between start and finish) and
 * a completion that matches the steps. A file that was edited, or made for another version of the exercise,
 * does not fit, and must not count in the class table: a step id the exercise does not have would count as done.
 */
export function resultFitProblem(
  result: ExerciseResult,
  exercise: { id: string; steps: ReadonlyArray<{ id: string }> },
): FitProblem | undefined {
  const known = new Set(exercise.steps.map((s) => s.id));
  const seen = new Set<string>();
  for (const step of result.steps) {
    if (!known.has(step.id)) return { name: 'unknownStep', params: { step: step.id, exercise: exercise.id } };
    if (seen.has(step.id)) return { name: 'repeatedStep', params: { step: step.id } };
    seen.add(step.id);
  }
  const missing = exercise.steps.find((s) => !seen.has(s.id));
  if (missing) return { name: 'missingStep', params: { step: missing.id, exercise: exercise.id } };

  const started = Date.parse(result.startedAt);
  const finished = Date.parse(result.finishedAt);
  const stepTimes = result.steps.map((s) => s.timeMs ?? 0);
  const within = (iso: string) => Date.parse(iso) >= started - SLACK_MS && Date.parse(iso) <= finished + SLACK_MS;
  const timesFit =
    finished >= started &&
    Math.abs(result.totalMs - (finished - started)) <= SLACK_MS &&
    stepTimes.every((ms) => ms <= result.totalMs + SLACK_MS) &&
    stepTimes.reduce((a, b) => a + b, 0) <= result.totalMs + SLACK_MS &&
    result.steps.every((s) => (!s.completed || s.timeMs !== null) && s.mistakes.every((m) => within(m.at)));
  if (!timesFit) return { name: 'times', params: {} };
  if (result.completed !== result.steps.every((s) => s.completed)) return { name: 'completion', params: {} };
  return undefined;
}
