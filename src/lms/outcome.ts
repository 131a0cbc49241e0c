import {
  isComplete,
  stepTime,
  type Exercise,
  type ExerciseRun,
  type MistakeKind,
  type ResultMode,
} from '../exercises/engine/index.ts';

/**
 * What a run means to a learning platform, the same for cmi5, SCORM 2004 and SCORM 1.2 (each driver writes it in
 * its own terms). Pure, so the rules are tested without a platform.
 *
 * - The score is the steps done without a mistake: raw 0 to the number of steps, scaled 0 to 1.
 * - A Test run passes when every step is done and the scaled score reaches the mastery score; it fails when it
 *   ends (finished, or ended early with Avslutt testen) short of that. Until it is over, success is unknown.
 * - Veiledet reports completion only: no score, no pass or fail, so a guided run never counts as a test.
 */
export type Completion = 'incomplete' | 'completed';
export type Success = 'unknown' | 'passed' | 'failed';

export interface StepOutcome {
  /** Index in the exercise, 0-based (the interaction's place in the platform's list). */
  index: number;
  id: string;
  title: string;
  /** Done without a mistake; false for a step done with mistakes, or left unfinished when the run ended. */
  correct: boolean;
  done: boolean;
  /** Time on the step in ms. */
  latencyMs: number;
  /** When the step ended (ms since epoch): done, or the run ended on it. */
  at: number;
  mistakes: MistakeKind[];
  failedTests: number;
}

export interface Score {
  raw: number;
  min: 0;
  max: number;
  /** raw / max, to four decimals (cmi5 and SCORM 2004 allow no more precision than that matters). */
  scaled: number;
}

export interface LmsOutcome {
  completion: Completion;
  success: Success;
  /** Left out in Veiledet, and until a Test run is over. */
  score?: Score;
  /** Share of steps done, 0 to 1. */
  progress: number;
  /** The run is over: every step done, or the test ended early. */
  over: boolean;
  /** When the run began (ms since epoch): tells a run from a later try of the same exercise. */
  startedAt: number;
  /** From the run's start to its end (or its latest moment, while it goes on), ms. */
  durationMs: number;
  /** Steps that have ended, in order: done, or the one the run ended on. Steps not reached are left out. */
  steps: StepOutcome[];
}

export interface OutcomeOptions {
  mode: ResultMode;
  /** The pass mark, scaled 0 to 1 (the platform's, when it sends one; else the exercise's). */
  masteryScore: number;
  /** When the learner ended the test early (ms since epoch), else null. */
  endedAt: number | null;
}

const round4 = (value: number) => Math.round(value * 10_000) / 10_000;

/** The pass mark of an exercise file (per cent) as the scaled score the platforms use. */
export function exerciseMastery(exercise: Pick<Exercise, 'mastery'>): number {
  return round4(exercise.mastery / 100);
}

export function lmsOutcome(run: ExerciseRun, exercise: Exercise, options: OutcomeOptions): LmsOutcome {
  const complete = isComplete(run);
  const over = complete || options.endedAt !== null;
  const end = complete ? (run.steps.at(-1)?.doneAt ?? run.lastAt) : Math.max(run.lastAt, options.endedAt ?? 0);
  const steps = run.steps.flatMap((s, index): StepOutcome[] => {
    const ended = s.done || (over && s.startedAt !== null);
    if (!ended) return [];
    return [
      {
        index,
        id: s.id,
        title: exercise.steps[index]?.title ?? s.id,
        correct: s.done && s.mistakes.length === 0,
        done: s.done,
        latencyMs: s.done ? (stepTime(s, run) ?? 0) : Math.max(0, end - (s.startedAt ?? end)),
        at: s.doneAt ?? end,
        mistakes: s.mistakes.map((m) => m.kind),
        failedTests: s.failedTests,
      },
    ];
  });
  const total = run.steps.length;
  const raw = steps.filter((s) => s.correct).length;
  const scaled = total === 0 ? 0 : round4(raw / total);
  const graded = options.mode === 'test';
  const success: Success =
    !graded || !over ? 'unknown' : complete && scaled >= options.masteryScore ? 'passed' : 'failed';
  return {
    completion: complete ? 'completed' : 'incomplete',
    success,
    ...(graded && over ? { score: { raw, min: 0 as const, max: total, scaled } } : {}),
    progress: total === 0 ? 1 : round4(run.steps.filter((s) => s.done).length / total),
    over,
    startedAt: run.startedAt,
    durationMs: Math.max(0, end - run.startedAt),
    steps,
  };
}

/** How good a result is, for keeping the best: passed first, then completed, then the score. */
function rank(o: LmsOutcome): [number, number, number] {
  return [o.success === 'passed' ? 1 : 0, o.completion === 'completed' ? 1 : 0, o.score?.scaled ?? -1];
}

function better(a: LmsOutcome, b: LmsOutcome): boolean {
  const [x, y] = [rank(a), rank(b)];
  return x[0] !== y[0] ? x[0] > y[0] : x[1] !== y[1] ? x[1] > y[1] : x[2] > y[2];
}

/**
 * What the platform should hold when a learner runs the exercise again in the same session (Start øvelsen på
 * nytt): the result already recorded stays until the new run is over, and then it is replaced only by a better
 * one. So trying again can raise a learner's result, never lower it, and a half-done try reports nothing.
 */
export function outcomeToRecord(current: LmsOutcome, recorded: LmsOutcome | undefined): LmsOutcome {
  if (!recorded) return current;
  if (!current.over) return recorded;
  return better(recorded, current) ? recorded : current;
}
