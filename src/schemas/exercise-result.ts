import * as z from 'zod/mini';
import { MISTAKE_KINDS } from '../exercises/engine/mistakes.ts';
import { RESULT_MODES } from '../exercises/engine/modes.ts';
import { LEARNER_MAX_LENGTH, RESULT_FORMAT, RESULT_VERSION, type ExerciseResult } from '../exercises/engine/result.ts';
import { RULE_IDS } from '../simulator/domain/rule-ids.ts';
import type { Same } from './same.ts';

/**
 * A result file as the trainer's page reads it. zod/mini, because it runs in the browser; the page loads it
 * only when files are chosen (result-import.ts is imported dynamically). A result file comes from anyone's
 * machine, so every field is checked, lengths are bounded and unknown properties are dropped.
 */

const text = (max: number) => z.string().check(z.maxLength(max));
const ms = z.number().check(z.nonnegative(), z.maximum(7 * 24 * 3600 * 1000));
const count = z.int().check(z.nonnegative(), z.maximum(10_000));

const mistake = z.object({
  kind: z.enum(MISTAKE_KINDS),
  ruleId: z.optional(z.enum(RULE_IDS)),
  at: z.iso.datetime(),
});

const step = z.object({
  id: text(100),
  completed: z.boolean(),
  timeMs: z.nullable(ms),
  mistakes: z.array(mistake).check(z.maxLength(10_000)),
  failedTests: count,
});

/** Version 1, the current version. */
export const exerciseResultV1 = z.object({
  format: z.literal(RESULT_FORMAT),
  version: z.literal(RESULT_VERSION),
  exercise: z.object({ id: text(100), title: text(300) }),
  learner: z.optional(text(LEARNER_MAX_LENGTH)),
  mode: z.enum(RESULT_MODES),
  startedAt: z.iso.datetime(),
  finishedAt: z.iso.datetime(),
  completed: z.boolean(),
  totalMs: ms,
  steps: z.array(step).check(z.minLength(1), z.maxLength(200)),
});

// The schema's output must be the engine's type: a compile error here means they drifted apart.
const sameShape: Same<z.infer<typeof exerciseResultV1>, ExerciseResult> = true;
void sameShape;
