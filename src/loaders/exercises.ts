import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { LEVELS, type Exercise } from '../exercises/engine/types.ts';
import type { HowtoMap } from '../exercises/engine/howto.ts';
import { parseExercise } from '../schemas/exercise.ts';
import type { ExerciseRefs } from '../schemas/exercise-references.ts';
import { parseHowtoMap } from '../schemas/howto-steps.ts';
import { readYamlFile } from './yaml-file.ts';

/** Where exercises live, and the file beside them that is not an exercise. */
export const EXERCISE_DIR = 'content/exercises';
export const HOWTO_STEPS_FILE = 'howto-steps.yaml';

/** Loads and validates one exercise file against the scenarios and situations (build time, Node only). */
export async function loadExerciseFile(path: string, refs: Omit<ExerciseRefs, 'fileId'>): Promise<Exercise> {
  const { data, file, source } = await readYamlFile(path);
  return parseExercise(data, file, source, { ...refs, fileId: basename(path).replace(/\.ya?ml$/, '') });
}

/** Every exercise in `dir`, sorted by level and then title, validated; the first bad file fails the build. */
export async function loadExercises(refs: Omit<ExerciseRefs, 'fileId'>, dir = EXERCISE_DIR): Promise<Exercise[]> {
  const files = (await readdir(dir)).filter((f) => /\.ya?ml$/.test(f) && f !== HOWTO_STEPS_FILE).sort();
  const exercises = await Promise.all(files.map((f) => loadExerciseFile(join(dir, f), refs)));
  return exercises.sort(
    (a, b) => LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level) || a.title.localeCompare(b.title, 'nb'),
  );
}

/** Loads content/exercises/howto-steps.yaml. */
export async function loadHowtoMap(path = join(EXERCISE_DIR, HOWTO_STEPS_FILE)): Promise<HowtoMap> {
  const { data, file, source } = await readYamlFile(path);
  return parseHowtoMap(data, file, source);
}
