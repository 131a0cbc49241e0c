import { exerciseWorld, type Exercise, type ExerciseWorld } from '../exercises/engine/index.ts';
import { loadSimulatorData } from './simulator-data.ts';
import { loadExercises } from './exercises.ts';
import type { Scenario } from '../simulator/domain/types.ts';

export interface ExercisePages {
  /** Every exercise, validated, by level and then title. */
  exercises: Exercise[];
  /** Each exercise's world (scenario with its faults, start situation), by exercise id. */
  worlds: ReadonlyMap<string, ExerciseWorld>;
  /** Every scenario, for Fri øving's picker. */
  scenarios: Scenario[];
}

let cached: Promise<ExercisePages> | undefined;

/** What the exercise and trainer pages are built from (build time only; a bad exercise file fails the build). */
export function loadExercisePages(): Promise<ExercisePages> {
  cached ??= (async () => {
    const { scenarios, situations } = await loadSimulatorData();
    const exercises = await loadExercises({ scenarios, situations });
    const worlds = new Map(exercises.map((e) => [e.id, exerciseWorld(e, scenarios[e.start.scenario]!, situations)]));
    return { exercises, worlds, scenarios: Object.values(scenarios) };
  })();
  return cached;
}
