import nb from '../../../../content/i18n/nb/exercises.json' with { type: 'json' };
import { createTranslate } from '../../../i18n/translate.ts';
import { exerciseResultV1 } from '../../../schemas/exercise-result.ts';
import { RESULT_FORMAT, RESULT_VERSION, type ExerciseResult } from '../../engine/index.ts';
import { resultFitProblem } from '../../engine/result-fit.ts';

/**
 * Reading result files on the trainer's page. This module pulls in zod/mini, so the page imports it
 * dynamically when files are chosen: `const { importResultFiles } = await import('.../result-import.ts')`.
 */

/** What is wrong with a file: a catalog key (`exercises.import.error.*`) and its parameters, `file` among them. */
export interface ImportProblem {
  file: string;
  key: string;
  params: Record<string, string>;
}

export type ParsedResult = { ok: ExerciseResult } | { error: string; problem: ImportProblem };

/** A result file is a few kilobytes; anything far larger is not one, and is refused before parsing. */
export const RESULT_FILE_MAX_CHARS = 1_000_000;

const t = createTranslate(nb);

/**
 * Older versions, each lifted one version up. Version 1 is the first, so there are none yet; when version 2
 * comes, add `1: (v1) => ...v2...` here and a test with a real version 1 file.
 */
const MIGRATIONS: Readonly<Record<number, (data: Record<string, unknown>) => Record<string, unknown>>> = {};

function failure(file: string, name: string, params: Record<string, string> = {}): ParsedResult {
  const problem = { file, key: `exercises.import.error.${name}`, params: { file, ...params } };
  return { error: t(problem.key, problem.params), problem };
}

/** What a result file is checked against: the exercises, with their steps when known. */
type KnownExercises = ReadonlyArray<{ id: string; steps?: ReadonlyArray<{ id: string }> }>;

/**
 * Reads one result file. The error is Norwegian and names the file and what is wrong. With `exercises`, a
 * result for an exercise that is not among them is refused too, and one that does not fit its exercise (its
 * steps, its times, its completion: result-fit.ts) is refused with the reason.
 */
export function parseResultFile(text: string, fileName: string, exercises?: KnownExercises): ParsedResult {
  if (text.length > RESULT_FILE_MAX_CHARS) return failure(fileName, 'tooLarge');
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return failure(fileName, 'notJson');
  }
  if (
    typeof data !== 'object' ||
    data === null ||
    Array.isArray(data) ||
    (data as { format?: unknown }).format !== RESULT_FORMAT
  )
    return failure(fileName, 'wrongFormat');
  let record = data as Record<string, unknown>;
  const version = record.version;
  if (typeof version !== 'number' || !Number.isInteger(version))
    return failure(fileName, 'invalidField', { field: 'version' });
  if (version > RESULT_VERSION) return failure(fileName, 'newerVersion', { version: String(version) });
  for (let v = version; v < RESULT_VERSION; v++) {
    const lift = MIGRATIONS[v];
    if (!lift) return failure(fileName, 'unknownVersion', { version: String(version) });
    record = lift(record);
  }
  const parsed = exerciseResultV1.safeParse(record);
  if (!parsed.success) {
    const field = (parsed.error.issues[0]?.path.join('.') ?? '') || 'version';
    return failure(fileName, 'invalidField', { field });
  }
  const result = parsed.data;
  const exercise = exercises?.find((e) => e.id === result.exercise.id);
  if (exercises && !exercise) return failure(fileName, 'unknownExercise', { exercise: result.exercise.id });
  const misfit = exercise?.steps && resultFitProblem(result, { id: exercise.id, steps: exercise.steps });
  if (misfit) return failure(fileName, misfit.name, misfit.params);
  return { ok: result };
}

export interface ImportedResult {
  file: string;
  result: ExerciseResult;
}

/**
 * Reads many files at once: a bad file is named in `errors` and skipped, the rest load. The same result loaded
 * twice (same exercise, learner and start) is skipped with an error naming both files.
 */
export function importResultFiles(
  files: ReadonlyArray<{ name: string; text: string }>,
  exercises?: KnownExercises,
): { results: ImportedResult[]; errors: Array<{ file: string; message: string; problem: ImportProblem }> } {
  const results: ImportedResult[] = [];
  const errors: Array<{ file: string; message: string; problem: ImportProblem }> = [];
  const seen = new Map<string, string>();
  for (const { name, text } of files) {
    const parsed = parseResultFile(text, name, exercises);
    if ('error' in parsed) {
      errors.push({ file: name, message: parsed.error, problem: parsed.problem });
      continue;
    }
    const key = [parsed.ok.exercise.id, parsed.ok.learner ?? '', parsed.ok.startedAt].join('\n');
    const other = seen.get(key);
    if (other !== undefined) {
      const dup = failure(name, 'duplicate', { other }) as Extract<ParsedResult, { error: string }>;
      errors.push({ file: name, message: dup.error, problem: dup.problem });
      continue;
    }
    seen.set(key, name);
    results.push({ file: name, result: parsed.ok });
  }
  return { results, errors };
}
