import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import {
  advance,
  applyCommand,
  exerciseWorld,
  startExercise,
  type DemoCommand,
  type Exercise,
  type ExerciseRun,
  type ExerciseWorld,
} from '../../../src/exercises/engine/index.ts';
import { parseExercise } from '../../../src/schemas/exercise.ts';
import { parseHowtoMap } from '../../../src/schemas/howto-steps.ts';
import type { SimState } from '../../../src/simulator/domain/index.ts';
import { situations, standard } from '../simulator/scenario-helpers.ts';

export { situations, standard };
export const refs = { scenarios: { standard }, situations };

/** Parses an exercise file synchronously, as the build does (the id must equal the file name). */
export function exerciseFile(path: string): Exercise {
  const source = readFileSync(path, 'utf8');
  const fileId = path
    .split('/')
    .at(-1)!
    .replace(/\.yaml$/, '');
  return parseExercise(parse(source), path, source, { ...refs, fileId });
}

/** Every exercise in content/exercises, validated. */
export const exercises: Exercise[] = readdirSync('content/exercises')
  .filter((f) => f.endsWith('.yaml') && f !== 'howto-steps.yaml')
  .sort()
  .map((f) => exerciseFile(`content/exercises/${f}`));

export const byId = (id: string): Exercise => exercises.find((e) => e.id === id)!;

const howtoSource = readFileSync('content/exercises/howto-steps.yaml', 'utf8');
export const howtoMap = parseHowtoMap(parse(howtoSource), 'content/exercises/howto-steps.yaml', howtoSource);

/** A learner at work: commands go through the real reducer, the run observes each one, one second apart. */
export class Learner {
  readonly exercise: Exercise;
  readonly world: ExerciseWorld;
  state: SimState;
  run: ExerciseRun;
  clock = 0;

  constructor(exercise: Exercise) {
    this.exercise = exercise;
    this.world = exerciseWorld(exercise, standard, situations);
    this.state = this.world.state;
    this.run = startExercise(exercise, this.clock);
  }

  do(...commands: DemoCommand[]): this {
    for (const command of commands) {
      const result = applyCommand(this.state, command, this.world);
      this.state = result.state;
      this.clock += 1000;
      this.run = advance(this.run, this.exercise, this.world, {
        state: this.state,
        events: result.events.map((e) => ({ ...e, at: this.clock })),
      });
    }
    return this;
  }

  /** Performs the demo of each listed step (by id). */
  demo(...stepIds: string[]): this {
    for (const id of stepIds) this.do(...this.exercise.steps.find((s) => s.id === id)!.demo);
    return this;
  }

  /** Mistakes as `kind@stepId`, in order. */
  mistakes(): string[] {
    return this.run.steps.flatMap((s) => s.mistakes.map((m) => `${m.kind}@${m.stepId}`));
  }

  doneSteps(): string[] {
    return this.run.steps.filter((s) => s.done).map((s) => s.id);
  }
}
