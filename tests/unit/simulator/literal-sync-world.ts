import {
  emptyDraft,
  emptySetup,
  type AddDialog,
  type Connection,
  type ConnectionSetup,
  type ConnectorDef,
  type DefaultValue,
  type Dialog,
  type Scenario,
  type SimState,
  type ToolDialog,
  type ToolId,
} from '../../../src/simulator/domain/index.ts';
import { alfa, world } from './literal-world.ts';

/**
 * The literal world with the Sync tab's other dialogs in it: the API connector offers two ERP actors and a list,
 * SuperOffice has one entity with an actor-bound field and a list, and one sync app is installed but not listed.
 * Written out by hand, so each rule's test reads its state off the page.
 */
const api: ConnectorDef = {
  ...world.connectors[0]!,
  actors: [
    {
      id: 'kunde',
      label: 'Kunde',
      labelEn: 'Customer',
      entity: 'firma',
      fields: [
        { key: 'id', label: 'Kunde-ID', labelEn: 'Customer ID', required: false, noSync: 'id' },
        { key: 'nr', label: 'Kundenummer', labelEn: 'Customer number', required: true },
        { key: 'navn', label: 'Navn', labelEn: 'Name', required: true },
        { key: 'kat', label: 'Kundekategori', labelEn: 'Category', required: false, list: 'kat' },
      ],
    },
    {
      id: 'lev',
      label: 'Leverandør',
      labelEn: 'Supplier',
      entity: 'firma',
      fields: [{ key: 'nr', label: 'Leverandørnummer', labelEn: 'Supplier number', required: true }],
    },
  ],
  lists: [
    {
      id: 'kat',
      label: 'Kundekategori',
      labelEn: 'Customer category',
      crmList: 'kategori',
      items: [
        { id: 'a', label: 'A' },
        { id: 'b', label: 'B' },
        { id: 'c', label: 'C' },
      ],
    },
  ],
};

/** A sync app that answers at its URL but is not in Sync Connectors when the world starts. */
const unlisted: ConnectorDef = {
  ...world.connectors[1]!,
  id: 'app',
  name: 'Ny app',
  url: 'https://connectors.example/ny',
  listed: false,
};

export const syncWorld: Scenario = {
  ...world,
  id: 'literal',
  connectors: [api, world.connectors[1]!, unlisted],
  crm: {
    entities: [
      {
        id: 'firma',
        label: 'Firma',
        labelEn: 'Company',
        fields: [
          { key: 'firmanavn', label: 'Firmanavn', labelEn: 'Company name' },
          { key: 'kundenummer', label: 'Kundenummer', labelEn: 'Customer number', actors: ['kunde'] },
          { key: 'kategori', label: 'Kategori', labelEn: 'Category', list: 'kategori' },
        ],
      },
    ],
    lists: [
      {
        id: 'kategori',
        label: 'Kategori',
        labelEn: 'Category',
        items: [
          { id: 'x', label: 'X' },
          { id: 'y', label: 'Y' },
        ],
      },
    ],
  },
};

export const syncCtx = { scenario: syncWorld };

/** The customer synchronised, with Kundenummer and Navn mapped: Navn's direction is `navn` (none when null). */
export function customerSetup(navn: 'both' | null = 'both', extra: Partial<ConnectionSetup> = {}): ConnectionSetup {
  return {
    ...emptySetup(),
    actors: {
      kunde: {
        sync: true,
        fields: {
          nr: { crm: 'kundenummer', direction: 'to-crm', search: false, erpTab: false },
          navn: { crm: 'firmanavn', direction: navn, search: false, erpTab: false },
        },
      },
    },
    ...extra,
  };
}

/** Alfa (active, on the API connector) with `setup`. */
export function alfaWith(setup: ConnectionSetup, patch: Partial<Connection> = {}): Connection {
  return { ...alfa, setup, ...patch };
}

/** A state of the sync world on the Sync tab, with `connections` (Alfa first and selected) and `dialog` open. */
export function syncState(dialog: Dialog | null, connections: Connection[] = [alfaWith(emptySetup())]): SimState {
  return {
    scenarioId: 'literal',
    view: { screen: 'tilbud-sync', tab: 'sync' },
    connectors: syncWorld.connectors.filter((c) => c.listed).map(({ id, name, url }) => ({ id, name, url })),
    connections,
    priority: connections.map((c) => c.id),
    selectedId: connections[0]?.id ?? null,
    dialog,
    notice: null,
    nextToken: 5,
  };
}

/** A lower-left dialog on Alfa, working on `setup`. */
export function tool(kind: ToolId, setup: ConnectionSetup, patch: Partial<ToolDialog> = {}): ToolDialog {
  return { kind, connectionId: alfa.id, tab: 'kunde', setup, selected: null, adding: null, ...patch };
}

/** Legg til standardverdi for synkronisering, open over Standardverdier on Kunde, holding `draft`. */
export function addingDefault(draft: Partial<DefaultValue>, setup: ConnectionSetup = emptySetup()): ToolDialog {
  return tool('standardverdier', setup, {
    adding: { field: '', fixed: false, value: '', ask: false, required: false, ...draft },
  });
}

/** Angi ny ERP-kobling with a draft. */
export function adding(patch: Partial<AddDialog> = {}): AddDialog {
  return { kind: 'add', connectorId: null, draft: emptyDraft(), test: { status: 'idle' }, ...patch };
}
