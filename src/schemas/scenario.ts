import { z } from 'zod';
import type { Scenario } from '../simulator/domain/types.ts';
import { scenarioReferences } from './scenario-references.ts';
import { parseYamlContent } from './yaml-location.ts';
import type { Same } from './same.ts';

const id = (what: string) =>
  z
    .string({ error: `${what} must be text` })
    .regex(/^[a-z0-9][a-z0-9.-]*$/, `${what} may hold only lower-case letters, digits, dots and dashes`);
const label = (what: string) =>
  z
    .string({ error: `${what} is required` })
    .trim()
    .min(1, `${what} must not be empty`);
/** YAML reads `30` and `1001` as numbers; configuration values are text, so numbers are kept as written. Quote values with leading zeros. */
const value = z
  .union([z.string(), z.number()], { error: 'a configuration value must be text or a number' })
  .transform(String);
const strict = {
  error: (issue: z.core.$ZodRawIssue) =>
    issue.code === 'unrecognized_keys' ? `unknown field(s): ${issue.keys.join(', ')}` : undefined,
};

const fieldOption = z.strictObject({ value: label('value'), label: label('label'), labelEn: label('labelEn') }, strict);

/** One configuration field of a connector. */
const fieldDef = z.strictObject(
  {
    /** Key in a connection's `config`. Letters and digits, starting with a letter. */
    key: z
      .string()
      .regex(/^[a-z][a-zA-Z0-9]*$/, 'key must start with a lower-case letter and hold only letters and digits'),
    /** Norwegian label exactly as the dialog shows it. */
    label: label('label'),
    /** English label. */
    labelEn: label('labelEn'),
    type: z.enum(['text', 'url', 'secret', 'number', 'path', 'select'], {
      error: 'type must be one of: text, url, secret, number, path, select',
    }),
    /** Default false. */
    required: z.boolean({ error: 'required must be true or false' }).default(false),
    /** Bounds of a number field; both are required for `type: number`. */
    min: z.number().int().optional(),
    max: z.number().int().optional(),
    /** Overrides the type's default maximum length. */
    maxLength: z.number().int().positive().optional(),
    /** `digits` allows only 0-9. */
    format: z.literal('digits', { error: 'format may only be digits' }).optional(),
    /** Choices; required for `type: select`. */
    options: z.array(fieldOption).min(1, 'a select field needs at least one option').optional(),
    /** The field's part in the connection test: url, client, user, apiKey (API connectors) or folder (file connectors). */
    role: z
      .enum(['url', 'client', 'user', 'apiKey', 'folder'], {
        error: 'role must be one of: url, client, user, apiKey, folder',
      })
      .optional(),
    help: z.string().optional(),
    helpEn: z.string().optional(),
  },
  strict,
);

/** A field key: letters and digits, starting with a lower-case letter (ERP fields, SuperOffice fields). */
const key = (what: string) =>
  z
    .string({ error: `${what} must be text` })
    .regex(/^[a-z][a-zA-Z0-9]*$/, `${what} must start with a lower-case letter and hold only letters and digits`);

const listItem = z.strictObject({ id: id('id'), label: label('label') }, strict);

/** One field of an ERP actor. */
const erpField = z.strictObject(
  {
    key: key('key'),
    label: label('label'),
    labelEn: label('labelEn'),
    /** Default false. A required field of a synchronised actor needs a direction before the connection is active. */
    required: z.boolean({ error: 'required must be true or false' }).default(false),
    /** Id of a list in the connector's `lists`. */
    list: id('list').optional(),
    /** Why the field cannot be synchronised: `id` (the actor's own id) or `read-only` (kept by the ERP). */
    noSync: z.enum(['id', 'read-only'], { error: 'noSync must be id or read-only' }).optional(),
  },
  strict,
);

const actor = z.strictObject(
  {
    id: id('id'),
    label: label('label'),
    labelEn: label('labelEn'),
    /** Id of an entity in `crm.entities`. */
    entity: id('entity'),
    fields: z.array(erpField).min(1, 'an actor needs at least one field'),
  },
  strict,
);

const erpList = z.strictObject(
  {
    id: id('id'),
    label: label('label'),
    labelEn: label('labelEn'),
    /** Id of the list in `crm.lists` its values map to. */
    crmList: id('crmList'),
    items: z.array(listItem).min(1, 'a list needs at least one value'),
  },
  strict,
);

const connector = z.strictObject(
  {
    id: id('id'),
    name: label('name'),
    url: label('url'),
    kind: z.enum(['api', 'file'], { error: 'kind must be api or file' }),
    /** Default true. false: an installed sync app that answers at `url`, not yet added to Sync Connectors. */
    listed: z.boolean({ error: 'listed must be true or false' }).default(true),
    fields: z.array(fieldDef).min(1, 'a connector needs at least one field'),
    /** The ERP actors it offers (Tilordninger). Default none. */
    actors: z.array(actor).default([]),
    /** The ERP lists of its list fields (Listetilordning). Default none. */
    lists: z.array(erpList).default([]),
  },
  strict,
);

/** The SuperOffice side: entities (Firma, Person, Prosjekt) with their fields, and lists with their values. */
const crm = z.strictObject(
  {
    entities: z
      .array(
        z.strictObject(
          {
            id: id('id'),
            label: label('label'),
            labelEn: label('labelEn'),
            fields: z
              .array(
                z.strictObject(
                  {
                    key: key('key'),
                    label: label('label'),
                    labelEn: label('labelEn'),
                    list: id('list').optional(),
                    /** Only these ERP actors may map to the field. */
                    actors: z.array(id('actor')).min(1, 'leave actors out rather than empty').optional(),
                  },
                  strict,
                ),
              )
              .min(1, 'an entity needs at least one field'),
          },
          strict,
        ),
      )
      .default([]),
    lists: z
      .array(
        z.strictObject(
          {
            id: id('id'),
            label: label('label'),
            labelEn: label('labelEn'),
            items: z.array(listItem).min(1, 'a list needs at least one value'),
          },
          strict,
        ),
      )
      .default([]),
  },
  strict,
);

/** How one ERP field is mapped: `{ crm: firmanavn, direction: both, search: true, erpTab: true }`. */
const fieldMapping = z.strictObject(
  {
    crm: key('crm').nullable().default(null),
    direction: z
      .enum(['to-crm', 'to-erp', 'both'], { error: 'direction must be to-crm (>), to-erp (<) or both (< >)' })
      .nullable()
      .default(null),
    search: z.boolean({ error: 'search must be true or false' }).default(false),
    erpTab: z.boolean({ error: 'erpTab must be true or false' }).default(false),
  },
  strict,
);

/** A connection's mappings, list mappings, defaults and field order. Everything defaults to nothing set. */
const setup = z
  .strictObject(
    {
      actors: z
        .record(
          z.string(),
          z.strictObject(
            {
              sync: z.boolean({ error: 'sync must be true or false' }).default(false),
              fields: z.record(z.string(), fieldMapping).default({}),
            },
            strict,
          ),
        )
        .default({}),
      lists: z.record(z.string(), z.record(z.string(), id('value'))).default({}),
      defaults: z
        .record(
          z.string(),
          z.array(
            z.strictObject(
              {
                field: key('field'),
                fixed: z.boolean().default(false),
                value: value.default(''),
                ask: z.boolean().default(false),
                required: z.boolean().default(false),
              },
              strict,
            ),
          ),
        )
        .default({}),
      rank: z.record(z.string(), z.array(z.string())).default({}),
    },
    strict,
  )
  .default({ actors: {}, lists: {}, defaults: {}, rank: {} });

/** `all`, or `{ users: [...], groups: [...] }` for Angitte brukere + grupper. Default `all`. */
const visibility = z
  .union(
    [
      z.literal('all'),
      z.strictObject({ users: z.array(z.string()).default([]), groups: z.array(z.string()).default([]) }, strict),
    ],
    {
      error: 'visibility must be all, or users and groups: { users: [...], groups: [...] }',
    },
  )
  .default('all')
  .transform((v) =>
    v === 'all' ? { mode: 'all' as const } : { mode: 'selected' as const, userIds: v.users, groupIds: v.groups },
  );

const connection = z.strictObject(
  {
    id: id('id'),
    /** Checked by the simulator's own name rule (see scenario-references), so the list starts valid. */
    name: z.string({ error: 'name is required' }),
    /** Id of a connector in this scenario. */
    connectorId: id('connectorId'),
    /** Default false. */
    active: z.boolean({ error: 'active must be true or false' }).default(false),
    visibility,
    /** Field key to value; keys must be fields of the connector. Default empty. */
    config: z.record(z.string(), value).default({}),
    /** Default empty. */
    description: z.string().default(''),
    /** Mappings, list mappings, defaults and field order. Default nothing set. */
    setup,
  },
  strict,
);

const person = z.strictObject({ id: id('id'), name: label('name') }, strict);

/** A fault in the simulated ERP (scenario files, and exercises that add faults to their scenario). */
export const faultSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('unreachable'), url: label('url') }, strict),
    z.strictObject({ kind: z.literal('expired-key'), user: label('user') }, strict),
    z.strictObject({ kind: z.literal('unknown-client'), client: value }, strict),
    z.strictObject({ kind: z.literal('missing-folder'), path: label('path') }, strict),
  ],
  {
    error:
      'a fault needs kind: unreachable (url), expired-key (user), unknown-client (client) or missing-folder (path)',
  },
);

/** The simulated ERP back end. Every list defaults to empty. */
const erp = z.strictObject(
  {
    servers: z
      .array(
        z.strictObject(
          {
            url: label('url'),
            clients: z.array(value).default([]),
            accounts: z
              .array(
                z.strictObject(
                  { user: label('user'), apiKey: label('apiKey'), expired: z.boolean().default(false) },
                  strict,
                ),
              )
              .default([]),
          },
          strict,
        ),
      )
      .default([]),
    folders: z.array(label('folder')).default([]),
    faults: z.array(faultSchema).default([]),
  },
  strict,
);

/** A scenario file in content/scenarios/: the simulated world, its connections and its ERP back end. */
export const scenarioSchema = z
  .strictObject(
    {
      id: id('id'),
      title: label('title'),
      connectors: z.array(connector).min(1, 'a scenario needs at least one connector'),
      connections: z.array(connection).min(1, 'a scenario needs at least one connection'),
      users: z.array(person).default([]),
      groups: z.array(person).default([]),
      erp,
      crm: crm.default({ entities: [], lists: [] }),
    },
    strict,
  )
  .superRefine(scenarioReferences);

// The schema's output must be exactly the domain's Scenario: a compile error here means they drifted apart.
const sameShape: Same<z.output<typeof scenarioSchema>, Scenario> = true;
void sameShape;

/** Validates parsed scenario data; throws a ContentError naming the file, the field path and the line. */
export function parseScenario(data: unknown, file: string, source?: string): Scenario {
  return parseYamlContent(scenarioSchema, data, file, source);
}
