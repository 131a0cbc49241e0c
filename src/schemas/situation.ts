import { z } from 'zod';
import { TOOLS } from '../simulator/domain/commands.ts';
import type { Situation } from '../simulator/domain/situations.ts';
import { parseYamlContent } from './yaml-location.ts';

/**
 * The commands a situation may list, one per line as `{ type: setField, key: url, value: "..." }`. There is
 * no finishTest: a test a situation starts finishes at once (see applySituation).
 */
const command = z.discriminatedUnion(
  'type',
  [
    z.strictObject({ type: z.literal('selectConnection'), connectionId: z.string().nullable() }),
    z.strictObject({ type: z.literal('openDialog') }),
    z.strictObject({ type: z.literal('openTool'), tool: z.enum(TOOLS) }),
    z.strictObject({ type: z.literal('setName'), value: z.string() }),
    z.strictObject({ type: z.literal('setDescription'), value: z.string() }),
    z.strictObject({ type: z.literal('setVisibilityMode'), mode: z.enum(['all', 'selected']) }),
    z.strictObject({ type: z.literal('toggleVisibilityMember'), kind: z.enum(['user', 'group']), id: z.string() }),
    z.strictObject({ type: z.literal('setActive'), value: z.boolean() }),
    z.strictObject({
      type: z.literal('setField'),
      key: z.string(),
      value: z.union([z.string(), z.number()]).transform(String),
    }),
    z.strictObject({ type: z.literal('runTest') }),
    z.strictObject({ type: z.literal('ok') }),
    z.strictObject({ type: z.literal('cancel') }),
    z.strictObject({ type: z.literal('reset') }),
    z.strictObject({ type: z.literal('dismissNotice') }),
  ],
  {
    error:
      'type must be a simulator command such as selectConnection, openDialog, setActive, setField, runTest (finishTest is not allowed)',
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
