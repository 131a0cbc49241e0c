import { applySituation, type Scenario, type SimState, type Situation } from '../../simulator/domain/index.ts';
import type { Exercise } from './types.ts';

/**
 * Where an exercise takes place: its scenario with the exercise's faults added, and the state it starts in.
 * `situation` holds every start command (the named situation's first, then the exercise's own), so the UI can
 * hand it to the simulator store as `situations: { [situation.id]: situation }, initialSituation: situation.id`,
 * and restart the exercise with `startSituation(situation.id)`.
 */
export interface ExerciseWorld {
  scenario: Scenario;
  situation: Situation;
  /** The start: the baseline `{ changed }` checks compare with. */
  state: SimState;
}

/** Adds faults to a scenario's simulated ERP. Pure: the scenario passed in is not changed. */
export function withFaults(scenario: Scenario, faults: Exercise['start']['faults']): Scenario {
  if (faults.length === 0) return scenario;
  return { ...scenario, erp: { ...scenario.erp, faults: [...scenario.erp.faults, ...faults] } };
}

/**
 * Builds an exercise's world. Throws for a scenario or situation that does not fit (a programming error once
 * the schema has checked the file) and, through applySituation, for a start command the simulator rejects.
 */
export function exerciseWorld(
  exercise: Exercise,
  scenario: Scenario,
  situations: Readonly<Record<string, Situation>> = {},
): ExerciseWorld {
  const { start } = exercise;
  if (scenario.id !== start.scenario)
    throw new Error(`Exercise "${exercise.id}" starts in scenario "${start.scenario}", not "${scenario.id}".`);
  const named = start.situation === undefined ? undefined : situations[start.situation];
  if (start.situation !== undefined && !named)
    throw new Error(`Exercise "${exercise.id}" starts from situation "${start.situation}", which is not given.`);
  const world = withFaults(scenario, start.faults);
  const situation: Situation = {
    id: `ovelse-${exercise.id}`,
    scenarioId: scenario.id,
    commands: [...(named?.commands ?? []), ...start.commands],
  };
  return { scenario: world, situation, state: applySituation(world, situation) };
}
