import * as z from 'zod/mini';
import { EVENT_TYPES } from '../exercises/engine/event-fields.ts';
import { MISTAKE_KINDS } from '../exercises/engine/mistakes.ts';
import { RULE_IDS } from '../simulator/domain/rule-ids.ts';

/**
 * An exercise run as the exercise page stores it in localStorage (zod/mini: it runs in the browser). The
 * window's events are checked for a known type only: they feed the learner's own step checks, and the reducer
 * never sees them.
 */
const time = z.number().check(z.nonnegative());

const mistake = z.object({
  kind: z.enum(MISTAKE_KINDS),
  stepId: z.string(),
  ruleId: z.optional(z.enum(RULE_IDS)),
  at: time,
});

const step = z.object({
  id: z.string(),
  done: z.boolean(),
  startedAt: z.nullable(time),
  doneAt: z.nullable(time),
  mistakes: z.array(mistake),
  failedTests: z.int().check(z.nonnegative()),
});

export const exerciseRunV1 = z.object({
  exerciseId: z.string(),
  startedAt: time,
  lastAt: time,
  current: z.int().check(z.nonnegative()),
  window: z.array(z.looseObject({ type: z.enum(EVENT_TYPES as [string, ...string[]]) })),
  steps: z.array(step),
  repeatKey: z.nullable(z.string()),
});
