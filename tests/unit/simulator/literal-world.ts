import type { Connection, Draft, EditDialog, Scenario, SimState } from '../../../src/simulator/domain/index.ts';

/** A small world written out by hand, so rule and selector tests do not depend on the content files. */
export const world: Scenario = {
  id: 'literal',
  title: 'Literal world',
  connectors: [
    {
      id: 'api',
      name: 'Nordlys ERP (API)',
      url: 'https://connectors.example/api',
      kind: 'api',
      listed: true,
      actors: [],
      lists: [],
      fields: [
        { key: 'url', label: 'URL', labelEn: 'URL', type: 'url', required: true, role: 'url' },
        {
          key: 'client',
          label: 'Klientnummer',
          labelEn: 'Client number',
          type: 'text',
          format: 'digits',
          required: true,
          role: 'client',
        },
        { key: 'user', label: 'Brukernavn', labelEn: 'User name', type: 'text', required: true, role: 'user' },
        { key: 'key', label: 'API-nøkkel', labelEn: 'API key', type: 'secret', required: true, role: 'apiKey' },
        {
          key: 'timeout',
          label: 'Tidsavbrudd (sekunder)',
          labelEn: 'Timeout (seconds)',
          type: 'number',
          min: 5,
          max: 300,
          required: true,
        },
      ],
    },
    {
      id: 'file',
      name: 'Fjordfil (filutveksling)',
      url: 'https://connectors.example/file',
      kind: 'file',
      listed: true,
      actors: [],
      lists: [],
      fields: [
        {
          key: 'path',
          label: 'Mappe/filsti',
          labelEn: 'Folder/file path',
          type: 'path',
          required: true,
          role: 'folder',
        },
        {
          key: 'sep',
          label: 'Skilletegn',
          labelEn: 'Delimiter',
          type: 'select',
          required: true,
          options: [
            { value: ';', label: ';', labelEn: ';' },
            { value: 'tab', label: 'Tabulator', labelEn: 'Tab' },
          ],
        },
        {
          key: 'decimals',
          label: 'Antall desimaler',
          labelEn: 'Decimals',
          type: 'number',
          min: 0,
          max: 6,
          required: false,
        },
      ],
    },
  ],
  connections: [
    {
      id: 'a',
      name: 'Alfa',
      connectorId: 'api',
      active: true,
      visibility: { mode: 'all' },
      description: '',
      config: { url: 'https://erp.example/api', client: '1', user: 'sync', key: 'K1', timeout: '30' },
      setup: { actors: {}, lists: {}, defaults: {}, rank: {} },
    },
    {
      id: 'f',
      name: 'Fil',
      connectorId: 'file',
      active: false,
      visibility: { mode: 'selected', userIds: ['u1'], groupIds: [] },
      description: 'x',
      config: { path: 'C:\\ut', sep: ';', decimals: '2' },
      setup: { actors: {}, lists: {}, defaults: {}, rank: {} },
    },
  ],
  users: [
    { id: 'u1', name: 'Ingrid' },
    { id: 'u2', name: 'Lars' },
  ],
  groups: [{ id: 'g1', name: 'Økonomi' }],
  erp: {
    servers: [
      {
        url: 'https://erp.example/api',
        clients: ['1', '2'],
        accounts: [
          { user: 'sync', apiKey: 'K1', expired: false },
          { user: 'old', apiKey: 'K0', expired: true },
        ],
      },
    ],
    folders: ['C:\\ut'],
    faults: [],
  },
  crm: { entities: [], lists: [] },
};

export const literalCtx = { scenario: world };
export const alfa = world.connections[0]!;
export const fil = world.connections[1]!;

/** A draft of `c` with some fields replaced. */
export function draftOf(c: Connection, patch: Partial<Draft> = {}): Draft {
  const v = c.visibility;
  return {
    name: c.name,
    active: c.active,
    visibility:
      v.mode === 'all'
        ? { mode: 'all', userIds: [], groupIds: [] }
        : { mode: 'selected', userIds: v.userIds, groupIds: v.groupIds },
    config: { ...c.config },
    description: c.description,
    ...patch,
  };
}

/** A literal state: the world's connections, `c` selected, and (unless `dialog` is null) its dialog open. */
export function stateWith(c: Connection, dialog: Partial<EditDialog> | null = {}): SimState {
  return {
    scenarioId: 'literal',
    view: { screen: 'tilbud-sync', tab: 'sync' },
    connectors: world.connectors.map(({ id, name, url }) => ({ id, name, url })),
    connections: world.connections,
    priority: world.connections.map((x) => x.id),
    selectedId: c.id,
    dialog: dialog && { kind: 'edit', connectionId: c.id, draft: draftOf(c), test: { status: 'idle' }, ...dialog },
    notice: null,
    nextToken: 5,
  };
}
