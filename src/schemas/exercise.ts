import { z } from 'zod';
import { isUiTarget, UI_TARGET_PATTERNS, UI_TARGETS, type UiTarget } from '../exercises/engine/ui-targets.ts';
import { DEFAULT_MASTERY, LEVELS, type Exercise, type TargetChoice } from '../exercises/engine/types.ts';
import { validateCheck, checkSchema } from './exercise-check.ts';
import { demoCommandSchema } from './exercise-command.ts';
import { exerciseReferences, type ExerciseRefs } from './exercise-references.ts';
import { parseYamlContent } from './yaml-location.ts';
import { faultSchema } from './scenario.ts';
import type { Same } from './same.ts';

const id = (what: string) =>
  z
    .string({ error: `${what} is required` })
    .regex(/^[a-z0-9][a-z0-9-]*$/, `${what} may hold only lower-case letters, digits and dashes`);
/** A colon and a space inside unquoted YAML text make it a key, so a text that came out as anything else says so. */
const prose = (what: string) =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? `${what} is required`
          : `${what} must be text (put text that holds ": " in quotes, or write it after >-)`,
    })
    .trim()
    .min(1, `${what} must not be empty`);
const listError = (what: string, holds: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? `${what} is required: a list of ${holds}` : `${what} must be a list of ${holds}`;
const strict = {
  error: (issue: z.core.$ZodRawIssue) =>
    issue.code === 'unrecognized_keys' ? `unknown field(s): ${issue.keys.join(', ')}` : undefined,
};

const targetHelp = `a target is one of: ${UI_TARGETS.join(', ')}, or ${UI_TARGET_PATTERNS.join(', ')}`;

/** `target: dialog.ok`, or a list of `{ target, when }` choices (the first whose `when` holds; the last without `when`). */
const target = z.unknown().transform((input, ctx): UiTarget | TargetChoice[] => {
  const report = (path: Array<string | number>, message: string) =>
    ctx.issues.push({ code: 'custom', path, message, input });
  if (typeof input === 'string' && isUiTarget(input)) return input;
  if (!Array.isArray(input) || input.length === 0) {
    report([], typeof input === 'string' ? targetHelp : `${targetHelp}; or a list of { target, when } choices`);
    return z.NEVER;
  }
  const choices = input.map((choice: unknown, i): TargetChoice | undefined => {
    const {
      target: t,
      when,
      ...rest
    } = (typeof choice === 'object' && choice ? choice : {}) as Record<string, unknown>;
    if (Object.keys(rest).length) report([i], `unknown field(s): ${Object.keys(rest).join(', ')}`);
    if (typeof t !== 'string' || !isUiTarget(t)) {
      report([i, 'target'], targetHelp);
      return undefined;
    }
    if (when === undefined) return { target: t };
    const check = validateCheck(when, [i, 'when'], report);
    return check && { target: t, when: check };
  });
  if (choices.at(-1)?.when) report([input.length - 1], 'the last choice needs no when, so a target is always shown');
  return choices.every(Boolean) ? (choices as TargetChoice[]) : z.NEVER;
});

const step = z.strictObject(
  {
    /** Unique in the exercise; results and the class table refer to it. */
    id: id('id'),
    /** A short label for tables and handouts. */
    title: prose('title'),
    /** Norwegian; **bold** for UI labels. */
    instruction: prose('instruction'),
    /** When the step is done (the check language: see content/exercises/README.md). */
    check: checkSchema,
    /** At least one Norwegian hint. */
    hints: z
      .array(prose('a hint'), { error: listError('hints', 'one or more Norwegian hints') })
      .min(1, 'a step needs at least one hint'),
    target,
    /** What Vis meg does for the step. */
    demo: z
      .array(demoCommandSchema, { error: listError('demo', 'the commands Vis meg performs') })
      .min(1, 'a step needs at least one demo command (what Vis meg does)'),
  },
  strict,
);

/** An exercise file in content/exercises/<id>.yaml. */
export const exerciseSchema = z.strictObject(
  {
    /** Must equal the file name without .yaml. */
    id: id('id'),
    title: prose('title'),
    goal: prose('goal'),
    level: z.enum(LEVELS, { error: `level must be one of: ${LEVELS.join(', ')}` }),
    /** Estimated minutes, 1 to 120. */
    minutes: z.number({ error: 'minutes must be a number' }).int().min(1).max(120),
    /**
     * The pass mark in a learning platform (SCORM, cmi5): per cent of the steps done without a mistake, 0 to 100;
     * default 80 (DEFAULT_MASTERY).
     */
    mastery: z
      .number({ error: 'mastery must be a whole number of per cent, 0 to 100 (for example 80)' })
      .int('mastery must be a whole number of per cent, 0 to 100 (for example 80)')
      .min(0, 'mastery must be at least 0 (per cent)')
      .max(100, 'mastery must be at most 100 (per cent)')
      .default(DEFAULT_MASTERY),
    start: z.strictObject(
      {
        scenario: id('scenario'),
        /** A situation of content/scenarios/situations.yaml; default none. */
        situation: id('situation').optional(),
        /** Commands after the situation; default none. */
        commands: z.array(demoCommandSchema).default([]),
        /** Faults added to the scenario's ERP; default none. */
        faults: z.array(faultSchema).default([]),
      },
      strict,
    ),
    /** How the exercise's connection must end; default not checked. */
    expect: z
      .strictObject({ connection: z.string(), active: z.boolean({ error: 'active must be true or false' }) }, strict)
      .optional(),
    steps: z.array(step).min(1, 'an exercise needs at least one step'),
  },
  strict,
);

// The schema's output must be exactly the engine's Exercise: a compile error here means they drifted apart.
const sameShape: Same<z.output<typeof exerciseSchema>, Exercise> = true;
void sameShape;

/**
 * Validates parsed exercise data: its shape, then everything it names against the scenario and situations,
 * then its demo through the real simulator. Throws a ContentError naming the file, field path and line.
 */
export function parseExercise(data: unknown, file: string, source: string | undefined, refs: ExerciseRefs): Exercise {
  return parseYamlContent(exerciseSchema.superRefine(exerciseReferences(refs)), data, file, source);
}
