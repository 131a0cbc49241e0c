import { z } from 'zod';
import { demoCommandSchema } from './exercise-command.ts';
import type { Situation } from '../simulator/domain/situations.ts';
import { parseYamlContent } from './yaml-location.ts';

/**
 * The commands a situation may list, one per line as `{ type: setField, key: url, value: "..." }`: every command
 * an exercise may use, and reset. There is no finishTest: a test a situation starts finishes at once (see
 * applySituation).
 */
const command = z.discriminatedUnion(
  'type',
  [...demoCommandSchema.options, z.strictObject({ type: z.literal('reset') })],
  {
    error: (issue) =>
      issue.code === 'invalid_union'
        ? 'type must be a simulator command such as selectConnection, openDialog, setActive, setField, runTest (finishTest is not allowed)'
        : undefined,
  },
);

/** One situation: which scenario it starts from and the commands that lead to it. */
const situation = z.strictObject({
  /** Id of the scenario (the `id` inside a file in content/scenarios/). */
  scenario: z.string().min(1, 'scenario is required'),
  /** What the situation shows, for trainers reading the file. */
  title: z.string().min(1, 'title is required'),
  commands: z.array(command).min(1, 'a situation needs at least one command'),
});

/** content/scenarios/situations.yaml: situation id (used in links, `?situasjon=`) to situation. */
export const situationsSchema = z
  .record(
    z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a situation id may hold only lower-case letters, digits and dashes'),
    situation,
  )
  .transform((all): Record<string, Situation & { title: string }> =>
    Object.fromEntries(
      Object.entries(all).map(([id, s]) => [id, { id, scenarioId: s.scenario, title: s.title, commands: s.commands }]),
    ),
  );

export type Situations = z.output<typeof situationsSchema>;

/** Validates parsed situations data; throws a ContentError naming the file, the field path and the line. */
export function parseSituations(data: unknown, file: string, source?: string): Situations {
  return parseYamlContent(situationsSchema, data, file, source);
}
