import { reduce, type SimEvent, type SimState } from '../../simulator/domain/index.ts';
import { evaluate } from './checks.ts';
import { advance, startExercise, type ExerciseRun } from './run.ts';
import { commandTarget } from './targets.ts';
import type { UiTarget } from './ui-targets.ts';
import type { DemoCommand, Exercise } from './types.ts';
import type { ExerciseWorld } from './world.ts';

/** One move of Vis meg: the command to dispatch, the step it belongs to and the control to highlight. */
export interface DemoAction {
  stepIndex: number;
  stepId: string;
  command: DemoCommand;
  target: UiTarget | undefined;
}

/** Everything Vis meg does, in order. The player dispatches each command and waits for a running test to end. */
export function demoScript(exercise: Exercise): DemoAction[] {
  return exercise.steps.flatMap((step, stepIndex) =>
    step.demo.map((command) => ({ stepIndex, stepId: step.id, command, target: commandTarget(command) })),
  );
}

/** Applies one command as the store does with no busy delay: a test it starts finishes at once. */
export function applyCommand(
  state: SimState,
  command: DemoCommand,
  world: ExerciseWorld,
): { state: SimState; events: SimEvent[] } {
  const ctx = { scenario: world.scenario };
  const first = reduce(state, command, ctx);
  const started = first.events.find((e) => e.type === 'testStarted');
  if (!started) return first;
  const finished = reduce(first.state, { type: 'finishTest', token: started.token }, ctx);
  return { state: finished.state, events: [...first.events, ...finished.events] };
}

export interface DemoProblem {
  stepIndex: number;
  /** Index in the step's `demo`, when one command is at fault. */
  commandIndex?: number;
  message: string;
  /** The refusal, when the simulator refused the command (for a message in the words readers see). */
  rejected?: Extract<SimEvent, { type: 'rejected' }>;
}

/**
 * Replays every step's demo from the exercise's start through the real reducer, observing with the engine as
 * a learner's run would be. Reports a step already done before its demo, a command the simulator rejects, a
 * step its demo does not complete, and any mistake. An empty list means Vis meg works and the steps are sound.
 */
export function verifyDemo(
  exercise: Exercise,
  world: ExerciseWorld,
): { problems: DemoProblem[]; run: ExerciseRun; state: SimState } {
  const problems: DemoProblem[] = [];
  let clock = 0;
  let run = startExercise(exercise, clock);
  let state = world.state;
  exercise.steps.forEach((step, stepIndex) => {
    const early =
      run.current > stepIndex ||
      evaluate(step.check, { state, events: run.window, scenario: world.scenario, start: world.state });
    if (early)
      problems.push({
        stepIndex,
        message: `step "${step.id}" is already done before its demo runs; its check must need the step's own action`,
      });
    step.demo.forEach((command, commandIndex) => {
      const result = applyCommand(state, command, world);
      const rejected = result.events.find((e) => e.type === 'rejected');
      if (rejected?.type === 'rejected')
        problems.push({
          stepIndex,
          commandIndex,
          message: `the simulator rejects ${command.type} here (${rejected.ruleIds.join(', ') || rejected.reason})`,
          rejected,
        });
      state = result.state;
      clock += 1000;
      run = advance(run, exercise, world, { state, events: result.events, now: clock });
    });
    if (!early && run.current <= stepIndex)
      problems.push({ stepIndex, message: `after its demo, the check of step "${step.id}" does not hold` });
  });
  for (const mistake of run.steps.flatMap((s) => s.mistakes))
    problems.push({
      stepIndex: exercise.steps.findIndex((s) => s.id === mistake.stepId),
      message: `the demo makes a mistake: ${mistake.kind}`,
    });
  return { problems, run, state };
}
