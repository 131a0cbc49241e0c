import type { Command } from './commands.ts';
import type { RejectReason, SimEvent } from './events.ts';
import type { RuleId } from './rule-ids.ts';
import type { SimState } from './state.ts';

/** The outcome of one command: the next state and what happened. */
export interface Result {
  state: SimState;
  events: SimEvent[];
}

/** A refused command: the state is returned as it was (same object), with one `rejected` event. */
export function reject(state: SimState, command: Command, reason: RejectReason, ruleIds: RuleId[] = []): Result {
  return { state, events: [{ type: 'rejected', command: command.type, ruleIds, reason }] };
}

/** A command that changes nothing and is not wrong either (selecting the selected row, typing the same text). */
export function unchanged(state: SimState): Result {
  return { state, events: [] };
}
