import { z } from 'zod';
import type { DemoCommand } from '../exercises/engine/types.ts';
import { COMMAND_TYPES, TOOLS } from '../simulator/domain/commands.ts';
import { DIRECTIONS } from '../simulator/domain/setup.ts';
import { FEATURES, SCREENS, TABS } from '../simulator/domain/navigation.ts';
import type { Same } from './same.ts';

const list = (values: readonly string[]) => values.join(', ');
const text = z.union([z.string(), z.number()], { error: 'value must be text' }).transform(String);
const flag = z.boolean({ error: 'value must be true or false' });
/** Every command an exercise may use: all but finishTest (a test finishes by itself) and reset. */
const DEMO_COMMAND_TYPES = COMMAND_TYPES.filter((t) => t !== 'finishTest' && t !== 'reset');

/**
 * A simulator command in an exercise (start commands and Vis meg), one per line as
 * `{ type: setField, key: klientnummer, value: "3003" }`. No finishTest (a test finishes by itself) and no
 * reset (an exercise never throws the learner's work away).
 */
export const demoCommandSchema = z.discriminatedUnion(
  'type',
  [
    z.strictObject({
      type: z.literal('navigate'),
      screen: z.enum(SCREENS, { error: `screen must be one of: ${list(SCREENS)}` }),
    }),
    z.strictObject({ type: z.literal('selectTab'), tab: z.enum(TABS, { error: `tab must be one of: ${list(TABS)}` }) }),
    z.strictObject({ type: z.literal('selectConnection'), connectionId: z.string().nullable() }),
    z.strictObject({ type: z.literal('openDialog') }),
    z.strictObject({
      type: z.literal('openTool'),
      tool: z.enum(TOOLS, { error: `tool must be one of: ${list(TOOLS)}` }),
    }),
    z.strictObject({
      type: z.literal('openFeature'),
      feature: z.enum(FEATURES, { error: `feature must be one of: ${list(FEATURES)}` }),
    }),
    z.strictObject({ type: z.literal('setName'), value: text }),
    z.strictObject({ type: z.literal('setUrl'), value: text }),
    z.strictObject({ type: z.literal('chooseConnector'), connectorId: z.string() }),
    z.strictObject({ type: z.literal('setDescription'), value: text }),
    z.strictObject({
      type: z.literal('setVisibilityMode'),
      mode: z.enum(['all', 'selected'], { error: 'mode must be all or selected' }),
    }),
    z.strictObject({
      type: z.literal('toggleVisibilityMember'),
      kind: z.enum(['user', 'group'], { error: 'kind must be user or group' }),
      id: z.string(),
    }),
    z.strictObject({ type: z.literal('setActive'), value: flag }),
    z.strictObject({ type: z.literal('setField'), key: z.string(), value: text }),
    z.strictObject({ type: z.literal('selectActor'), actor: z.string() }),
    z.strictObject({ type: z.literal('setActorSync'), actor: z.string(), value: flag }),
    z.strictObject({
      type: z.literal('setCrmField'),
      actor: z.string(),
      field: z.string(),
      crm: z.string().nullable(),
    }),
    z.strictObject({
      type: z.literal('setDirection'),
      actor: z.string(),
      field: z.string(),
      direction: z.enum(DIRECTIONS, { error: `direction must be one of: ${list(DIRECTIONS)}, or null` }).nullable(),
    }),
    z.strictObject({
      type: z.literal('setFieldFlag'),
      actor: z.string(),
      field: z.string(),
      flag: z.enum(['search', 'erpTab'], { error: 'flag must be search or erpTab' }),
      value: flag,
    }),
    z.strictObject({ type: z.literal('selectList'), list: z.string() }),
    z.strictObject({ type: z.literal('setListItem'), list: z.string(), item: z.string(), crm: z.string().nullable() }),
    z.strictObject({ type: z.literal('addDefault') }),
    z.strictObject({ type: z.literal('setDefaultField'), field: z.string() }),
    z.strictObject({
      type: z.literal('setDefaultOption'),
      option: z.enum(['fixed', 'ask', 'required'], { error: 'option must be fixed, ask or required' }),
      value: flag,
    }),
    z.strictObject({ type: z.literal('setDefaultValue'), value: text }),
    z.strictObject({ type: z.literal('removeDefault'), field: z.string() }),
    z.strictObject({ type: z.literal('selectItem'), id: z.string() }),
    z.strictObject({
      type: z.literal('moveItem'),
      direction: z.enum(['up', 'down'], { error: 'direction must be up or down' }),
    }),
    z.strictObject({ type: z.literal('runTest') }),
    z.strictObject({ type: z.literal('ok') }),
    z.strictObject({ type: z.literal('cancel') }),
    z.strictObject({ type: z.literal('dismissNotice') }),
  ],
  {
    error: (issue) =>
      issue.code === 'invalid_union' ? `type must be a simulator command: ${list(DEMO_COMMAND_TYPES)}` : undefined,
  },
);

// Every command but finishTest and reset, exactly: a new command in the domain is a compile error until listed.
const sameShape: Same<z.output<typeof demoCommandSchema>, DemoCommand> = true;
void sameShape;
