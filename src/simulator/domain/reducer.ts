import type { Command } from './commands.ts';
export type { Result } from './result.ts';
import { reduceDialog } from './dialog-reducer.ts';
import type { Result } from './result.ts';
import { reduceShell } from './shell-reducer.ts';
import type { SimContext, SimState } from './state.ts';

/**
 * The whole simulator: a pure function from a state and a command to the next state and its events. It never
 * throws and never mutates its input; whatever the command, the result is a valid state. The commands around the
 * dialog are decided in shell-reducer.ts, those inside it in dialog-reducer.ts.
 */
export function reduce(state: SimState, command: Command, ctx: SimContext): Result {
  return reduceShell(state, command, ctx) ?? reduceDialog(state, command, ctx);
}
