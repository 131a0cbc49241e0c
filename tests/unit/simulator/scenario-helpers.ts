import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { parseScenario } from '../../../src/schemas/scenario.ts';
import { parseSituations } from '../../../src/schemas/situation.ts';
import {
  reduce,
  type AddDialog,
  type EditDialog,
  type Command,
  type Result,
  type Scenario,
  type SimEvent,
  type SimState,
} from '../../../src/simulator/domain/index.ts';
import { initialState } from '../../../src/simulator/domain/state.ts';

/** Reads and validates a YAML file synchronously, so tests can use the content files at module level. */
function yamlFile<T>(path: string, parser: (data: unknown, file: string, source: string) => T): T {
  const source = readFileSync(path, 'utf8');
  return parser(parse(source), path, source);
}

/** The real standard scenario from content/: tests run against what trainers and readers get. */
export const standard: Scenario = yamlFile('content/scenarios/standard.yaml', parseScenario);
export const situations = yamlFile('content/scenarios/situations.yaml', parseSituations);
export const ctx = { scenario: standard };

/** Applies commands one by one; returns the final state and every event. */
export function run(commands: readonly Command[], state: SimState = initialState(standard), context = ctx): Result {
  const events: SimEvent[] = [];
  for (const command of commands) {
    const result = reduce(state, command, context);
    state = result.state;
    events.push(...result.events);
  }
  return { state, events };
}

/** Runs a test to its end, as the store does after the busy delay. */
export function testToEnd(state: SimState, context = ctx): Result {
  const started = reduce(state, { type: 'runTest' }, context);
  const token = started.state.nextToken - 1;
  const finished = reduce(started.state, { type: 'finishTest', token }, context);
  return { state: finished.state, events: [...started.events, ...finished.events] };
}

/** The open connection dialog (Konfigurer ERP-kobling or Angi ny ERP-kobling), else undefined. */
export function form(state: SimState): EditDialog | AddDialog | undefined {
  return state.dialog?.kind === 'edit' || state.dialog?.kind === 'add' ? state.dialog : undefined;
}
