import { describe, expect, it } from 'vitest';
import {
  configSnapshot,
  emptySetup,
  failing,
  holds,
  reduce,
  unmetOkConditions,
  type ConnectorDialog,
  type PriorityDialog,
  type RuleId,
  type SimState,
} from '../../../src/simulator/domain/index.ts';
import { alfa, draftOf, fil } from './literal-world.ts';
import {
  adding,
  addingDefault,
  alfaWith,
  customerSetup,
  syncCtx,
  syncState,
  syncWorld,
  tool,
} from './literal-sync-world.ts';

/** The rules of the Sync tab's other dialogs, each on literal states of the sync world. */
const check = (id: RuleId, state: SimState, subject?: string) => holds(id, state, syncCtx, subject);
const unmet = (state: SimState) => unmetOkConditions(state, syncCtx).map((r) => r.id);
const api = syncWorld.connectors[0]!;
const connector = (patch: Partial<ConnectorDialog>): ConnectorDialog => ({
  kind: 'connector',
  name: '',
  url: '',
  ...patch,
});

describe('Legg til Sync Connector: connector-needs-name, connector-needs-url, connector-needs-app', () => {
  it('needs a name no listed connector has', () => {
    expect(check('connector-needs-name', syncState(connector({ name: 'Ny app' })))).toBe(true);
    expect(check('connector-needs-name', syncState(connector({ name: '  ' })))).toBe(false);
    expect(check('connector-needs-name', syncState(connector({ name: api.name })))).toBe(false);
    expect(check('connector-needs-name', syncState(connector({ name: ` ${api.name} ` })))).toBe(false);
  });

  it('needs a whole http(s) address', () => {
    expect(check('connector-needs-url', syncState(connector({ url: 'https://connectors.example/ny' })))).toBe(true);
    expect(check('connector-needs-url', syncState(connector({ url: 'connectors.example/ny' })))).toBe(false);
    expect(check('connector-needs-url', syncState(connector({ url: 'ftp://connectors.example/ny' })))).toBe(false);
    expect(check('connector-needs-url', syncState(connector({ url: '' })))).toBe(false);
  });

  it('needs an installed sync app at the address that is not listed yet, and leaves a malformed address to the URL rule', () => {
    expect(check('connector-needs-app', syncState(connector({ url: 'https://connectors.example/ny' })))).toBe(true);
    expect(check('connector-needs-app', syncState(connector({ url: 'https://connectors.example/ny/' })))).toBe(true);
    expect(check('connector-needs-app', syncState(connector({ url: 'https://connectors.example/feil' })))).toBe(false);
    expect(check('connector-needs-app', syncState(connector({ url: api.url })))).toBe(false);
    expect(check('connector-needs-app', syncState(connector({ url: 'x' })))).toBe(true);
    expect(unmet(syncState(connector({ url: 'x' })))).toEqual(['connector-needs-name', 'connector-needs-url']);
  });

  it('adds the row on OK, under the name typed, and it can be chosen for a new connection', () => {
    const state = syncState(connector({ name: ' Ny app ', url: 'https://connectors.example/ny' }));
    expect(unmet(state)).toEqual([]);
    const saved = reduce(state, { type: 'ok' }, syncCtx).state;
    expect(saved.connectors.at(-1)).toEqual({ id: 'app', name: 'Ny app', url: 'https://connectors.example/ny' });
    const opened = reduce(saved, { type: 'openFeature', feature: 'ny-erp-kobling' }, syncCtx).state;
    const chosen = reduce(opened, { type: 'chooseConnector', connectorId: 'app' }, syncCtx);
    expect(chosen.events).toEqual([{ type: 'connectorChosen', connectorId: 'app' }]);
    // Before it is listed, the app cannot be chosen.
    const before = reduce(syncState(adding()), { type: 'chooseConnector', connectorId: 'app' }, syncCtx);
    expect(before.events[0]).toMatchObject({ type: 'rejected', reason: 'unknown-target' });
  });
});

describe('Angi ny ERP-kobling: add-needs-connector, the edit dialog’s rules, new-connection-inactive', () => {
  /** A filled-in form; the test passed for `tested` (the configuration typed, unless given). */
  const filled = (config: Record<string, string>, test: 'idle' | 'passed' = 'passed', tested = config) =>
    adding({
      connectorId: 'api',
      draft: { ...draftOf(alfa, { name: 'Ny', active: false }), config },
      test: test === 'passed' ? { status: 'passed', snapshot: configSnapshot(api, tested) } : { status: 'idle' },
    });

  it('lists every OK condition of an empty form, the connector first among its own', () => {
    expect(unmet(syncState(adding()))).toEqual(['ok-needs-passed-test', 'ok-needs-name', 'add-needs-connector']);
    expect(check('add-needs-connector', syncState(adding({ connectorId: 'api' })))).toBe(true);
    // A connector that is not in the list does not count as chosen.
    expect(check('add-needs-connector', syncState(adding({ connectorId: 'app' })))).toBe(false);
  });

  it('has no saved configuration that counts as tested: the first test is needed', () => {
    expect(unmet(syncState(filled(alfa.config, 'idle')))).toEqual(['ok-needs-passed-test']);
    expect(unmet(syncState(filled(alfa.config)))).toEqual([]);
    expect(unmet(syncState(filled({ ...alfa.config, timeout: '60' }, 'passed', alfa.config)))).toEqual([
      'ok-needs-passed-test',
    ]);
  });

  it('needs the required fields, the visibility and the name, from the same rules as editing', () => {
    const blank = { ...alfa.config, client: '' };
    expect(unmet(syncState(filled(blank)))).toEqual(['ok-needs-required-fields']);
    const nobody = filled(alfa.config);
    nobody.draft.visibility = { mode: 'selected', userIds: [], groupIds: [] };
    expect(unmet(syncState(nobody))).toEqual(['ok-needs-visibility']);
    const blankName = filled(alfa.config);
    blankName.draft.name = '   ';
    expect(unmet(syncState(blankName))).toEqual(['ok-needs-name']);
  });

  it('saves the new connection inactive, selected and last in the priority, and says it must be activated', () => {
    const state = syncState(filled(alfa.config));
    expect(check('new-connection-inactive', state)).toBe(true);
    const { state: after, events } = reduce(state, { type: 'ok' }, syncCtx);
    const added = after.connections.at(-1)!;
    expect(added).toMatchObject({ name: 'Ny', connectorId: 'api', active: false, setup: emptySetup() });
    expect(after.selectedId).toBe(added.id);
    expect(after.priority.at(-1)).toBe(added.id);
    expect(after.notice).toMatchObject({ key: 'sim.notice.addedInactive', href: '/no/erp/admin/configure/#aktiver' });
    expect(events.map((e) => e.type)).toEqual(['connectionAdded', 'saved']);
    expect(reduce(state, { type: 'setActive', value: true }, syncCtx).events[0]).toMatchObject({
      type: 'rejected',
      reason: 'not-applicable',
    });
  });
});

describe('active-needs-directions', () => {
  const edit = (active: boolean, navn: 'both' | null) => {
    const saved = alfaWith(customerSetup(navn), { active: false });
    return syncState(
      { kind: 'edit', connectionId: alfa.id, draft: draftOf(saved, { active }), test: { status: 'idle' } },
      [saved],
    );
  };

  it('refuses Aktiv in Konfigurer ERP-kobling while a required field of a synchronised actor has no direction', () => {
    expect(check('active-needs-directions', edit(true, null))).toBe(false);
    expect(unmet(edit(true, null))).toEqual(['active-needs-directions']);
    expect(check('active-needs-directions', edit(false, null))).toBe(true);
    expect(check('active-needs-directions', edit(true, 'both'))).toBe(true);
    const { events } = reduce(edit(true, null), { type: 'ok' }, syncCtx);
    expect(events).toEqual([{ type: 'rejected', command: 'ok', ruleIds: ['active-needs-directions'], reason: 'rule' }]);
  });

  it('reads only actors that are synchronised, and only required fields', () => {
    const off = customerSetup(null);
    off.actors.kunde!.sync = false;
    const saved = alfaWith(off, { active: false });
    const state = syncState(
      { kind: 'edit', connectionId: alfa.id, draft: draftOf(saved, { active: true }), test: { status: 'idle' } },
      [saved],
    );
    expect(check('active-needs-directions', state)).toBe(true);
  });

  it('dims Fullført in Tilordninger on an active connection when a required field loses its direction', () => {
    const active = [alfaWith(customerSetup('both'))];
    expect(check('active-needs-directions', syncState(tool('tilordninger', customerSetup(null)), active))).toBe(false);
    expect(unmet(syncState(tool('tilordninger', customerSetup(null)), active))).toEqual(['active-needs-directions']);
    const inactive = [alfaWith(customerSetup('both'), { active: false })];
    expect(check('active-needs-directions', syncState(tool('tilordninger', customerSetup(null)), inactive))).toBe(true);
  });
});

describe('the direction rules of Tilordninger', () => {
  const state = (setup = customerSetup()) => syncState(tool('tilordninger', setup));
  const withCrm = (field: string, crm: string | null) => {
    const setup = customerSetup();
    setup.actors.kunde!.fields[field] = { crm, direction: null, search: false, erpTab: false };
    return state(setup);
  };
  const blocked = (s: SimState, field: string) =>
    failing(
      ['direction-needs-crm-field', 'direction-needs-syncable-field', 'direction-needs-valid-crm-field'],
      s,
      syncCtx,
      `kunde/${field}`,
    );

  it('dims the buttons until a SuperOffice field is chosen', () => {
    expect(blocked(state(), 'kat')).toEqual(['direction-needs-crm-field']);
    expect(blocked(withCrm('kat', 'kategori'), 'kat')).toEqual([]);
  });

  it('keeps them dimmed for a field that cannot be synchronised, saying so also before a field is chosen', () => {
    expect(blocked(state(), 'id')).toEqual(['direction-needs-crm-field', 'direction-needs-syncable-field']);
    expect(blocked(withCrm('id', 'firmanavn'), 'id')).toEqual(['direction-needs-syncable-field']);
  });

  it('keeps them dimmed for a SuperOffice field that belongs to another actor', () => {
    const supplier = customerSetup();
    supplier.actors.lev = {
      sync: true,
      fields: { nr: { crm: 'kundenummer', direction: null, search: false, erpTab: false } },
    };
    expect(failing(['direction-needs-valid-crm-field'], state(supplier), syncCtx, 'lev/nr')).toEqual([
      'direction-needs-valid-crm-field',
    ]);
    expect(blocked(state(), 'nr')).toEqual([]);
  });

  it('refuses a direction where a rule dims it, and clears one when the SuperOffice field is taken away', () => {
    const refused = reduce(state(), { type: 'setDirection', actor: 'kunde', field: 'kat', direction: 'both' }, syncCtx);
    expect(refused.events[0]).toMatchObject({ type: 'rejected', ruleIds: ['direction-needs-crm-field'] });
    const cleared = reduce(state(), { type: 'setCrmField', actor: 'kunde', field: 'navn', crm: null }, syncCtx);
    expect((cleared.state.dialog as ReturnType<typeof tool>).setup.actors.kunde!.fields.navn).toMatchObject({
      crm: null,
      direction: null,
    });
  });

  it('answers for one field at a time, and not outside Tilordninger', () => {
    expect(check('direction-needs-crm-field', state(), 'kunde/nr')).toBe(true);
    expect(check('direction-needs-crm-field', state(), 'kunde')).toBe(false);
    expect(check('direction-needs-crm-field', syncState(tool('standardverdier', customerSetup())), 'kunde/nr')).toBe(
      false,
    );
  });
});

describe('Listetilordning: list-needs-mapped-field and list-no-duplicates', () => {
  const lists = (items: Record<string, string>, kat: string | null = 'kategori') => {
    const setup = customerSetup('both', { lists: { kat: items } });
    setup.actors.kunde!.fields.kat = { crm: kat, direction: null, search: false, erpTab: false };
    return syncState(tool('listetilordning', setup, { tab: 'kat' }));
  };

  it('offers a list only while a list field using it is mapped to a SuperOffice field', () => {
    expect(check('list-needs-mapped-field', lists({}), 'kat')).toBe(true);
    expect(check('list-needs-mapped-field', lists({}, null), 'kat')).toBe(false);
    expect(reduce(lists({}, null), { type: 'selectList', list: 'kat' }, syncCtx).events[0]).toMatchObject({
      type: 'rejected',
      ruleIds: ['list-needs-mapped-field'],
    });
  });

  it('dims Lagre while one CRM value is chosen for two ERP values; «(Ingen utvalg)» never counts', () => {
    expect(check('list-no-duplicates', lists({ a: 'x', b: 'y' }))).toBe(true);
    expect(check('list-no-duplicates', lists({ a: 'x', b: 'x' }))).toBe(false);
    expect(unmet(lists({ a: 'x', b: 'x', c: 'y' }))).toEqual(['list-no-duplicates']);
    expect(check('list-no-duplicates', lists({ a: 'x' }))).toBe(true);
    const cleared = reduce(
      lists({ a: 'x', b: 'x' }),
      { type: 'setListItem', list: 'kat', item: 'b', crm: null },
      syncCtx,
    );
    expect(check('list-no-duplicates', cleared.state)).toBe(true);
  });
});

describe('Legg til standardverdi for synkronisering: the four default rules', () => {
  it('needs a field of the actor that has no default yet', () => {
    expect(check('default-needs-field', syncState(addingDefault({ field: 'navn' })))).toBe(true);
    expect(check('default-needs-field', syncState(addingDefault({ field: '' })))).toBe(false);
    expect(check('default-needs-field', syncState(addingDefault({ field: 'ukjent' })))).toBe(false);
    const taken = {
      ...emptySetup(),
      defaults: { kunde: [{ field: 'navn', fixed: false, value: '', ask: true, required: false }] },
    };
    expect(check('default-needs-field', syncState(addingDefault({ field: 'navn' }, taken)))).toBe(false);
  });

  it('needs one of the three choices; Påkrevd needs one of the other two; a fixed value needs a value', () => {
    const with_ = (d: Parameters<typeof addingDefault>[0]) => unmet(syncState(addingDefault({ field: 'navn', ...d })));
    expect(with_({})).toEqual(['default-needs-choice']);
    expect(with_({ required: true })).toEqual(['default-required-needs-source']);
    expect(with_({ required: true, ask: true })).toEqual([]);
    expect(with_({ fixed: true })).toEqual(['default-fixed-needs-value']);
    expect(with_({ fixed: true, value: '  ' })).toEqual(['default-fixed-needs-value']);
    expect(with_({ fixed: true, value: '30 dager', required: true })).toEqual([]);
    expect(with_({ fixed: true, value: 'x'.repeat(101) })).toEqual(['default-fixed-needs-value']);
  });

  it('adds the row on OK and returns to Standardverdier, where Fullført is not held back by the inner rules', () => {
    const state = syncState(addingDefault({ field: 'navn', ask: true }));
    const { state: after } = reduce(state, { type: 'ok' }, syncCtx);
    expect(after.dialog).toMatchObject({ kind: 'standardverdier', adding: null });
    expect((after.dialog as ReturnType<typeof tool>).setup.defaults.kunde).toEqual([
      { field: 'navn', fixed: false, value: '', ask: true, required: false },
    ]);
    expect(unmet(after)).toEqual([]);
  });
});

describe('reorder-needs-room: Pil opp and Pil ned in Ranger felt and Angi synkroniseringsprioritet', () => {
  const priority = (selected: string | null): PriorityDialog => ({
    kind: 'priority',
    order: [alfa.id, fil.id],
    selected,
  });
  const both = [alfaWith(emptySetup()), fil];

  it('needs a selected row that is not already first (up) or last (down)', () => {
    expect(check('reorder-needs-room', syncState(priority(null), both), 'up')).toBe(false);
    expect(check('reorder-needs-room', syncState(priority(alfa.id), both), 'up')).toBe(false);
    expect(check('reorder-needs-room', syncState(priority(alfa.id), both), 'down')).toBe(true);
    expect(check('reorder-needs-room', syncState(priority(fil.id), both), 'down')).toBe(false);
    expect(check('reorder-needs-room', syncState(priority(fil.id), both), 'up')).toBe(true);
  });

  it('reads the fields in their stored order in Ranger felt, then the fields the order lacks', () => {
    const setup = { ...emptySetup(), rank: { kunde: ['navn'] } };
    const state = (selected: string) => syncState(tool('ranger-felt', setup, { selected }));
    expect(check('reorder-needs-room', state('navn'), 'up')).toBe(false);
    expect(check('reorder-needs-room', state('id'), 'up')).toBe(true);
    expect(check('reorder-needs-room', state('kat'), 'down')).toBe(false);
    const moved = reduce(state('kat'), { type: 'moveItem', direction: 'up' }, syncCtx).state;
    expect((moved.dialog as ReturnType<typeof tool>).setup.rank.kunde).toEqual(['navn', 'id', 'kat', 'nr']);
  });

  it('saves the priority on Fullført and drops it on Avbryt', () => {
    const moved = reduce(syncState(priority(fil.id), both), { type: 'moveItem', direction: 'up' }, syncCtx).state;
    expect(reduce(moved, { type: 'ok' }, syncCtx).state.priority).toEqual([fil.id, alfa.id]);
    expect(reduce(moved, { type: 'cancel' }, syncCtx).state.priority).toEqual([alfa.id, fil.id]);
  });
});
