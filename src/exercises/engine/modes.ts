/**
 * The four ways to work with an exercise, as they appear in deep links (`/ovelser/<id>/?modus=test`) and
 * result files. Names for the screen are catalog keys `exercises.mode.<id>`.
 */
export const EXERCISE_MODES = ['vis-meg', 'veiledet', 'test', 'fri-oving'] as const;
export type ExerciseMode = (typeof EXERCISE_MODES)[number];

/** Modes that produce a result a learner can download: the learner acts, and the run is scored. */
export const RESULT_MODES = ['veiledet', 'test'] as const satisfies readonly ExerciseMode[];
export type ResultMode = (typeof RESULT_MODES)[number];

/** Default mode of a deep link without `?modus=`: the first stage of learning. */
export const DEFAULT_MODE: ExerciseMode = 'vis-meg';

/** Reads `?modus=`; anything unknown (or missing) gives the default, so an old or mistyped link still opens. */
export function parseMode(value: string | null | undefined): ExerciseMode {
  return readModeParam(value).mode;
}

/**
 * Reads `?modus=` as {@link parseMode} does, and also says what was written when it named no mode (cut to 40
 * characters: it comes from the address), so the page can tell the learner which mode it opened instead.
 */
export function readModeParam(value: string | null | undefined): { mode: ExerciseMode; unknown?: string } {
  const mode = (value ?? '').trim().toLowerCase();
  if ((EXERCISE_MODES as readonly string[]).includes(mode)) return { mode: mode as ExerciseMode };
  return mode === ''
    ? { mode: DEFAULT_MODE }
    : { mode: DEFAULT_MODE, unknown: [...value!.trim()].slice(0, 40).join('') };
}

/** In these modes Veiledet's outlines, hints and corrections are shown. */
export function showsGuidance(mode: ExerciseMode): boolean {
  return mode === 'veiledet';
}
