import type { SimEvent, SimState } from '../../simulator/domain/index.ts';
import { evaluate } from './checks.ts';
import { classifyEvent, type Mistake } from './mistakes.ts';
import type { Exercise, ExerciseStep } from './types.ts';
import type { ExerciseWorld } from './world.ts';

/** Progress on one step. Times are ms since epoch. */
export interface StepProgress {
  id: string;
  done: boolean;
  /** When the step became current (null until then). */
  startedAt: number | null;
  doneAt: number | null;
  mistakes: Mistake[];
  /** Connection tests that failed during the step: counted, not mistakes (see MISTAKE_KINDS). */
  failedTests: number;
}

/** A learner's way through one exercise. Plain data, so the UI can store it and resume. */
export interface ExerciseRun {
  exerciseId: string;
  startedAt: number;
  /** The latest time the run has seen. */
  lastAt: number;
  /** Index of the current step; equals the number of steps once every step is done. */
  current: number;
  /** Events since the current step began (at most WINDOW_LIMIT). */
  window: SimEvent[];
  steps: StepProgress[];
  /** The latest rejection counted as a mistake, so a held key or repeated clicks count once. */
  repeatKey: string | null;
}

/** An event as the store logs it; `at` is optional so plain domain events can be observed too. */
export type ObservedEvent = SimEvent & { at?: number };

/** What the run observes after a command: the simulator now and that command's events. */
export interface Observation {
  state: SimState;
  events: readonly ObservedEvent[];
  /** The time now; default the last event's `at`, else the run's last time. */
  now?: number;
}

const WINDOW_LIMIT = 200;

export function startExercise(exercise: Exercise, now: number = Date.now()): ExerciseRun {
  return {
    exerciseId: exercise.id,
    startedAt: now,
    lastAt: now,
    current: 0,
    window: [],
    steps: exercise.steps.map((s, i) => ({
      id: s.id,
      done: false,
      startedAt: i === 0 ? now : null,
      doneAt: null,
      mistakes: [],
      failedTests: 0,
    })),
    repeatKey: null,
  };
}

export function isComplete(run: ExerciseRun): boolean {
  return run.current >= run.steps.length;
}

export function currentStep(run: ExerciseRun, exercise: Exercise): ExerciseStep | undefined {
  return exercise.steps[run.current];
}

/**
 * Observes one command (call it for each store change with the store's `lastEvents`): records mistakes and
 * failed tests on the current step, and completes the current step, and those after it, while their checks
 * hold. A step sees only events after the one that completed the step before it. Pure: returns a new run.
 */
export function advance(
  run: ExerciseRun,
  exercise: Exercise,
  world: ExerciseWorld,
  observation: Observation,
): ExerciseRun {
  if (isComplete(run)) return run;
  const next: ExerciseRun = {
    ...run,
    window: [...run.window],
    steps: run.steps.map((s) => ({ ...s, mistakes: [...s.mistakes] })),
  };
  const { state } = observation;
  const ctx = { state, scenario: world.scenario, start: world.state };
  const timeOf = (event?: ObservedEvent) => observation.now ?? event?.at ?? next.lastAt;

  const settle = (at: number) => {
    while (!isComplete(next) && evaluate(exercise.steps[next.current]!.check, { ...ctx, events: next.window })) {
      const step = next.steps[next.current]!;
      Object.assign(step, { done: true, doneAt: at });
      next.current += 1;
      next.window = [];
      if (!isComplete(next)) next.steps[next.current]!.startedAt = at;
    }
  };

  for (const event of observation.events) {
    if (isComplete(next)) break;
    const at = timeOf(event);
    const step = next.steps[next.current]!;
    const cancelAsked = exercise.steps[next.current]!.demo.some((c) => c.type === 'cancel');
    const found = classifyEvent(event, { ...ctx, expect: exercise.expect, cancelAsked });
    const key = found && event.type === 'rejected' ? `${step.id}|${found.kind}|${found.ruleId ?? ''}` : null;
    if (found && (key === null || key !== next.repeatKey))
      step.mistakes.push({ kind: found.kind, stepId: step.id, ...(found.ruleId ? { ruleId: found.ruleId } : {}), at });
    if (event.type !== 'rejected' || key !== null) next.repeatKey = key;
    if (event.type === 'testFailed') step.failedTests += 1;
    next.window = [...next.window, event].slice(-WINDOW_LIMIT);
    settle(at);
  }
  const at = timeOf(observation.events.at(-1));
  settle(at);
  next.lastAt = Math.max(next.lastAt, at);
  return next;
}

/** Every mistake of the run, in the order they happened. */
export function runMistakes(run: ExerciseRun): Mistake[] {
  return run.steps.flatMap((s) => s.mistakes).sort((a, b) => a.at - b.at);
}

/** Time spent on a step so far (ms), or null if it never became current. */
export function stepTime(step: StepProgress, run: ExerciseRun): number | null {
  if (step.startedAt === null) return null;
  return Math.max(0, (step.doneAt ?? run.lastAt) - step.startedAt);
}
