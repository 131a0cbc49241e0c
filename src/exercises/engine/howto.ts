import type { SimEvent } from '../../simulator/domain/index.ts';
import { evaluate } from './checks.ts';
import type { Observation, ObservedEvent } from './run.ts';
import type { Check } from './types.ts';
import type { ExerciseWorld } from './world.ts';

/** One numbered step of a howto page ("1", "4.2") and when the reader has done it. */
export interface HowtoStep {
  /** The page's own number, as the list shows it. */
  step: string;
  /** Steps that must be done first; the check sees only events after the last of them was done. */
  after: string[];
  check: Check;
}

/** content/exercises/howto-steps.yaml: the seed page's steps in page order. */
export interface HowtoMap {
  /** The page file the numbers belong to, relative to the project root. */
  page: string;
  steps: HowtoStep[];
}

/**
 * The steps done, in the order they were done (a list: step numbers such as "4" would reorder as object keys),
 * and for each step whose prerequisites are done, the events since then.
 */
export interface HowtoProgress {
  done: Array<{ step: string; at: number }>;
  watching: Record<string, SimEvent[]>;
}

const isDone = (progress: HowtoProgress, step: string) => progress.done.some((d) => d.step === step);

const WINDOW_LIMIT = 200;

function arm(progress: HowtoProgress, map: HowtoMap): boolean {
  let armed = false;
  for (const s of map.steps) {
    if (isDone(progress, s.step) || s.step in progress.watching) continue;
    if (s.after.every((a) => isDone(progress, a))) {
      progress.watching[s.step] = [];
      armed = true;
    }
  }
  return armed;
}

/** Nothing done yet; steps without prerequisites are watched from now. */
export function startHowto(map: HowtoMap): HowtoProgress {
  const progress: HowtoProgress = { done: [], watching: {} };
  arm(progress, map);
  return progress;
}

/**
 * Observes one command while the reader works in the page's simulator. A done step stays done; Tilbakestill
 * (a `reset` event) starts the page over. Pure: returns new progress.
 */
export function followHowto(
  progress: HowtoProgress,
  map: HowtoMap,
  world: Pick<ExerciseWorld, 'scenario' | 'state'>,
  observation: Observation,
): HowtoProgress {
  let next: HowtoProgress = { done: [...progress.done], watching: { ...progress.watching } };
  const timeOf = (event?: ObservedEvent) => observation.now ?? event?.at ?? 0;
  const settle = (at: number) => {
    do {
      for (const s of map.steps) {
        const events = next.watching[s.step];
        if (
          !events ||
          !evaluate(s.check, { state: observation.state, events, scenario: world.scenario, start: world.state })
        )
          continue;
        next.done.push({ step: s.step, at });
        delete next.watching[s.step];
      }
    } while (arm(next, map));
  };
  for (const event of observation.events) {
    if (event.type === 'reset') {
      next = startHowto(map);
      continue;
    }
    for (const step of Object.keys(next.watching))
      next.watching[step] = [...next.watching[step]!, event].slice(-WINDOW_LIMIT);
    settle(timeOf(event));
  }
  settle(timeOf(observation.events.at(-1)));
  return next;
}

/** The page's step numbers that are done, in page order. */
export function howtoStepsDone(progress: HowtoProgress, map: HowtoMap): string[] {
  return map.steps.filter((s) => isDone(progress, s.step)).map((s) => s.step);
}
