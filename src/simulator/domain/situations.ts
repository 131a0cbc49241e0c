import type { Command } from './commands.ts';
import type { SimEvent } from './events.ts';
import { reduce } from './reducer.ts';
import { initialState, type SimState } from './state.ts';
import type { Scenario } from './types.ts';

/**
 * A named starting state: a scenario and the commands that lead from its start to the state (for example
 * "OK is dimmed"). Troubleshooting pages link to one with "Prøv i simulatoren"; exercises start from one.
 * `finishTest` is not written in a situation: a test it starts finishes at once, because a situation is a
 * settled state and test tokens are an implementation detail.
 */
export interface Situation {
  id: string;
  scenarioId: string;
  commands: Array<Exclude<Command, { type: 'finishTest' }>>;
}

/** A situation whose commands do not apply: names the situation, the step and the rules that refused it. */
export class SituationError extends Error {
  readonly situationId: string;
  readonly step: number;
  readonly event: Extract<SimEvent, { type: 'rejected' }> | undefined;

  constructor(
    situationId: string,
    step: number,
    event: Extract<SimEvent, { type: 'rejected' }> | undefined,
    message: string,
  ) {
    super(message);
    this.name = 'SituationError';
    this.situationId = situationId;
    this.step = step;
    this.event = event;
  }
}

/**
 * The state a situation describes, built by replaying its commands from the scenario's start. Throws a
 * SituationError when the scenario is the wrong one or any command is rejected, so a broken situations file
 * fails its test instead of silently opening the simulator somewhere else.
 */
export function applySituation(scenario: Scenario, situation: Situation): SimState {
  if (situation.scenarioId !== scenario.id)
    throw new SituationError(
      situation.id,
      0,
      undefined,
      `Situation "${situation.id}" is for scenario "${situation.scenarioId}", not "${scenario.id}".`,
    );
  const ctx = { scenario };
  let state = initialState(scenario);
  situation.commands.forEach((command, index) => {
    const step = index + 1;
    let result = reduce(state, command, ctx);
    const started = result.events.find((e) => e.type === 'testStarted');
    if (started) result = reduce(result.state, { type: 'finishTest', token: started.token }, ctx);
    const refused = result.events.find((e) => e.type === 'rejected');
    if (refused)
      throw new SituationError(
        situation.id,
        step,
        refused,
        `Situation "${situation.id}", command ${step} (${command.type}) was rejected: ` +
          `${refused.ruleIds.length ? `rule${refused.ruleIds.length > 1 ? 's' : ''} ${refused.ruleIds.join(', ')}` : refused.reason}.`,
      );
    state = result.state;
  });
  return state;
}
