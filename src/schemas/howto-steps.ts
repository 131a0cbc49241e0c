import { z } from 'zod';
import type { HowtoMap } from '../exercises/engine/howto.ts';
import { checkSchema } from './exercise-check.ts';
import { parseYamlContent } from './yaml-location.ts';
import type { Same } from './same.ts';

const strict = {
  error: (issue: z.core.$ZodRawIssue) =>
    issue.code === 'unrecognized_keys' ? `unknown field(s): ${issue.keys.join(', ')}` : undefined,
};
const number = z
  .union([z.string(), z.number()])
  .transform(String)
  .pipe(z.string().regex(/^\d+(\.\d+)*$/, 'a step number looks like 1 or 4.2'));

/** content/exercises/howto-steps.yaml: each numbered step of a howto page and the check that marks it done. */
export const howtoMapSchema = z
  .strictObject(
    {
      /** The page, relative to the project root. */
      page: z.string().regex(/^content\/docs\/.+\.mdx$/, 'page must be a file under content/docs/ ending in .mdx'),
      steps: z
        .array(
          z.strictObject(
            {
              /** The page's number for the step, quoted: "1", "4.2". */
              step: number,
              /** Steps that must be done first (any order in the file, no circles). Default none. */
              after: z.array(number).default([]),
              check: checkSchema,
            },
            strict,
          ),
        )
        .min(1, 'list at least one step'),
    },
    strict,
  )
  .superRefine((map, ctx) => {
    const issue = (path: Array<string | number>, message: string) =>
      ctx.addIssue({ code: 'custom', path, message, input: undefined });
    const numbers = map.steps.map((s) => s.step);
    map.steps.forEach((s, i) => {
      if (numbers.indexOf(s.step) !== i) issue(['steps', i, 'step'], `step ${s.step} is listed twice`);
      s.after.forEach((a, j) => {
        if (!numbers.includes(a) || a === s.step)
          issue(['steps', i, 'after', j], `step ${a} is not another step of this file`);
      });
    });
    // Steps that can never be watched wait for each other: take away steps whose prerequisites are taken, until none is left.
    const left = new Set(numbers);
    for (let changed = true; changed;) {
      changed = false;
      for (const s of map.steps)
        if (left.has(s.step) && s.after.every((a) => !left.has(a))) {
          left.delete(s.step);
          changed = true;
        }
    }
    if (left.size)
      issue(['steps'], `steps ${[...left].join(', ')} wait for each other in a circle (see their after lists)`);
  });

const sameShape: Same<z.output<typeof howtoMapSchema>, HowtoMap> = true;
void sameShape;

/** Validates parsed howto-steps data; throws a ContentError naming the file, field path and line. */
export function parseHowtoMap(data: unknown, file: string, source?: string): HowtoMap {
  return parseYamlContent(howtoMapSchema, data, file, source);
}
