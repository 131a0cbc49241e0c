import { z } from 'zod';
import { EVENT_FIELDS, EVENT_TYPES } from '../exercises/engine/event-fields.ts';
import { TEST_STATUSES, type Check } from '../exercises/engine/types.ts';
import { TOOLS } from '../simulator/domain/commands.ts';
import { SCREENS, TABS } from '../simulator/domain/navigation.ts';
import { DIRECTIONS } from '../simulator/domain/setup.ts';
import { RULE_IDS } from '../simulator/domain/rule-ids.ts';

/**
 * The check language of exercise files. A check is an object with exactly one kind key; `all`, `any` and
 * `not` combine checks. Written as a small recursive validator over zod schemas for the leaves, so an error
 * names the kind the writer meant instead of zod's "no union member matched".
 */

type Path = Array<string | number>;
type Report = (path: Path, message: string) => void;

const list = (values: readonly string[]) => values.join(', ');
const text = z.union([z.string(), z.number()]).transform(String);
const matchSchema = z.union(
  [
    text,
    z.boolean(),
    z.strictObject({ equals: text }),
    z.strictObject({ notEquals: text }),
    z.strictObject({ matches: z.string(), ignoreCase: z.boolean().optional() }),
    z.strictObject({ changed: z.boolean() }),
  ],
  {
    error:
      'a value to compare must be text, or one of { equals: ... }, { notEquals: ... }, { matches: <regex> }, { changed: true }',
  },
);

const flag = (what: string) => z.boolean({ error: `${what} must be true or false` }).optional();
const fieldMapping = z.strictObject({
  crm: z.string().nullable().optional(),
  direction: z
    .enum(DIRECTIONS, { error: `direction must be one of: ${list(DIRECTIONS)}, or null` })
    .nullable()
    .optional(),
  search: flag('search'),
  erpTab: flag('erpTab'),
});
const defaultCheck = z
  .strictObject({ fixed: flag('fixed'), value: matchSchema.optional(), ask: flag('ask'), required: flag('required') })
  .nullable();

const values = {
  name: matchSchema.optional(),
  description: matchSchema.optional(),
  active: z.boolean({ error: 'active must be true or false' }).optional(),
  visibility: z.enum(['all', 'selected'], { error: 'visibility must be all or selected' }).optional(),
  members: z.strictObject({ users: z.array(z.string()).optional(), groups: z.array(z.string()).optional() }).optional(),
  config: z.record(z.string(), matchSchema).optional(),
  connector: z.string().optional(),
  mappings: z
    .record(z.string(), z.strictObject({ sync: flag('sync'), fields: z.record(z.string(), fieldMapping).optional() }))
    .optional(),
  lists: z.record(z.string(), z.record(z.string(), z.string().nullable())).optional(),
  defaults: z.record(z.string(), z.record(z.string(), defaultCheck)).optional(),
  rank: z.record(z.string(), z.array(z.string())).optional(),
};
const DIALOG_KINDS = ['edit', 'add', 'connector', 'priority', ...TOOLS] as const;

const leaves = {
  view: z.strictObject({
    view: z.strictObject({
      screen: z.enum(SCREENS, { error: `screen must be one of: ${list(SCREENS)}` }).optional(),
      tab: z.enum(TABS, { error: `tab must be one of: ${list(TABS)}` }).optional(),
    }),
  }),
  selected: z.strictObject({ selected: z.string().nullable() }),
  dialog: z.strictObject({
    dialog: z.enum(['open', 'closed'], { error: 'dialog must be open or closed' }),
    connection: z.string().optional(),
    kind: z.enum(DIALOG_KINDS, { error: `kind must be one of: ${list(DIALOG_KINDS)}` }).optional(),
  }),
  draft: z.strictObject({ draft: z.strictObject({ ...values, connection: z.string().optional() }) }),
  test: z.strictObject({ test: z.enum(TEST_STATUSES, { error: `test must be one of: ${list(TEST_STATUSES)}` }) }),
  event: z.strictObject({
    event: z.enum(EVENT_TYPES as [string, ...string[]], { error: `event must be one of: ${list(EVENT_TYPES)}` }),
    where: z.record(z.string(), matchSchema).optional(),
  }),
  saved: z.strictObject({
    saved: z.strictObject({ ...values, connection: z.string({ error: 'connection is required' }) }),
  }),
  listed: z.strictObject({
    listed: z.strictObject({ ...values, connection: z.string({ error: 'connection is required' }) }),
  }),
  rule: z.strictObject({
    rule: z.enum(RULE_IDS, { error: `rule must be one of: ${list(RULE_IDS)}` }),
    holds: z.boolean().optional(),
  }),
};

const COMBINATORS = ['all', 'any', 'not'] as const;
export const CHECK_KINDS = [...Object.keys(leaves), ...COMBINATORS];

/** Regular expressions anywhere in a leaf must compile; zod cannot say which one failed inside a union. */
function checkPatterns(value: unknown, path: Path, report: Report): void {
  if (typeof value !== 'object' || value === null) return;
  for (const [key, inner] of Object.entries(value)) {
    if (key === 'matches' && typeof inner === 'string') {
      try {
        new RegExp(inner, 'u');
      } catch (error) {
        report([...path, key], `not a valid regular expression: ${(error as Error).message}`);
      }
    } else checkPatterns(inner, [...path, key], report);
  }
}

/** Validates one check; reports each problem with its path below `path`. Returns the check when it is sound. */
export function validateCheck(value: unknown, path: Path, report: Report): Check | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    report(path, `a check must be an object with one of: ${list(CHECK_KINDS)}`);
    return undefined;
  }
  const kinds = Object.keys(value).filter((k) => CHECK_KINDS.includes(k));
  if (kinds.length !== 1) {
    report(
      path,
      kinds.length
        ? `a check has one kind, found ${list(kinds)}; combine checks with all: [...]`
        : `unknown check; use one of: ${list(CHECK_KINDS)}`,
    );
    return undefined;
  }
  const kind = kinds[0]!;
  if (kind === 'not') {
    const inner = validateCheck((value as { not: unknown }).not, [...path, 'not'], report);
    return inner && { not: inner };
  }
  if (kind === 'all' || kind === 'any') {
    const items = (value as Record<string, unknown>)[kind];
    if (!Array.isArray(items) || Object.keys(value).length !== 1) {
      report([...path, kind], `${kind} takes a list of checks, and nothing beside it`);
      return undefined;
    }
    const checks = items.map((item, i) => validateCheck(item, [...path, kind, i], report));
    return checks.every(Boolean) ? ({ [kind]: checks as Check[] } as Check) : undefined;
  }
  const parsed = leaves[kind as keyof typeof leaves].safeParse(value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const unknown = issue.code === 'unrecognized_keys' ? [issue.keys.join(', ')] : [];
      report(
        [...path, ...(issue.path as Path), ...unknown],
        issue.code === 'unrecognized_keys' ? `unknown field(s): ${issue.keys.join(', ')}` : issue.message,
      );
    }
    return undefined;
  }
  let sound = true;
  const mark: Report = (p, m) => ((sound = false), report(p, m));
  checkPatterns(parsed.data, path, mark);
  if (kind === 'event') {
    const { event, where = {} } = parsed.data as { event: keyof typeof EVENT_FIELDS; where?: Record<string, unknown> };
    const fields: readonly string[] = EVENT_FIELDS[event];
    for (const [key, m] of Object.entries(where)) {
      if (!fields.includes(key))
        mark(
          [...path, 'where', key],
          `${event} has ${fields.length ? `only: ${list(fields)}` : 'no properties to compare'}`,
        );
      else if (typeof m === 'object' && m !== null && 'changed' in m)
        mark([...path, 'where', key], 'changed compares with the start, which events do not have');
    }
  }
  return sound ? (parsed.data as Check) : undefined;
}

/** A check as a zod schema, for use inside the exercise schema (paths stay relative to where it is used). */
export const checkSchema = z.unknown().transform((value, ctx): Check => {
  const check = validateCheck(value, [], (path, message) =>
    ctx.issues.push({ code: 'custom', path, message, input: value }),
  );
  return check ?? z.NEVER;
});
