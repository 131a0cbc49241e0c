import { describe, expect, it } from 'vitest';
import { evaluate, testStatusOf, type Check } from '../../../src/exercises/engine/index.ts';
import { configSnapshot, type SimEvent, type SimState, type TestRun } from '../../../src/simulator/domain/index.ts';
import { alfa, draftOf, fil, stateWith, world } from '../simulator/literal-world.ts';

/** The literal world's start: Alfa selected, no dialog. */
const start = stateWith(alfa, null);
const api = world.connectors[0]!;
const holds = (check: Check, state: SimState = start, events: SimEvent[] = []) =>
  evaluate(check, { state, events, scenario: world, start });

/** Alfa's dialog with a changed draft. */
const editing = (patch: Parameters<typeof draftOf>[1], test?: TestRun) =>
  stateWith(alfa, { draft: draftOf(alfa, patch), ...(test ? { test } : {}) });

describe('checks on the view, the selection and the dialog', () => {
  it('view compares the screen and the tab given, and ignores the one left out', () => {
    const onSync = { ...start, view: { screen: 'tilbud-sync', tab: 'sync' } } as const;
    expect(holds({ view: { screen: 'tilbud-sync', tab: 'sync' } }, onSync)).toBe(true);
    expect(holds({ view: { tab: 'sync' } }, onSync)).toBe(true);
    expect(holds({ view: { screen: 'brukere' } }, onSync)).toBe(false);
    expect(holds({ view: { screen: 'tilbud-sync', tab: 'tilbud' } }, onSync)).toBe(false);
  });

  it('selected names the row, or null for none', () => {
    expect(holds({ selected: 'a' })).toBe(true);
    expect(holds({ selected: 'f' })).toBe(false);
    expect(holds({ selected: null }, { ...start, selectedId: null })).toBe(true);
  });

  it('dialog is open or closed, optionally for one connection', () => {
    expect(holds({ dialog: 'closed' })).toBe(true);
    expect(holds({ dialog: 'open' })).toBe(false);
    expect(holds({ dialog: 'open', connection: 'a' }, stateWith(alfa))).toBe(true);
    expect(holds({ dialog: 'open', connection: 'f' }, stateWith(alfa))).toBe(false);
  });
});

describe('draft checks and the forms of Match', () => {
  it('never hold without a dialog, or in the dialog of another connection', () => {
    expect(holds({ draft: {} })).toBe(false);
    expect(holds({ draft: { connection: 'f' } }, stateWith(alfa))).toBe(false);
    expect(holds({ draft: { connection: 'a' } }, stateWith(alfa))).toBe(true);
  });

  it('a literal equals the value as saved (spaces at either end ignored); numbers are text', () => {
    const state = editing({ name: '  Alfa Oslo ', config: { ...alfa.config, timeout: '90' } });
    expect(holds({ draft: { name: 'Alfa Oslo' } }, state)).toBe(true);
    expect(holds({ draft: { name: 'alfa oslo' } }, state)).toBe(false);
    expect(holds({ draft: { config: { timeout: '90' } } }, state)).toBe(true);
    expect(holds({ draft: { config: { timeout: { equals: '30' } } } }, state)).toBe(false);
    expect(holds({ draft: { config: { missing: '' } } }, state)).toBe(true);
  });

  it('notEquals, matches (with ignoreCase) and changed (against the start)', () => {
    const state = editing({ name: 'Alfa hovedkontor', config: { ...alfa.config, client: '2' } });
    expect(holds({ draft: { name: { notEquals: '' } } }, state)).toBe(true);
    expect(holds({ draft: { name: { notEquals: 'Alfa hovedkontor' } } }, state)).toBe(false);
    expect(holds({ draft: { name: { matches: 'HOVEDKONTOR$', ignoreCase: true } } }, state)).toBe(true);
    expect(holds({ draft: { name: { matches: 'HOVEDKONTOR$' } } }, state)).toBe(false);
    expect(
      holds(
        { draft: { name: { changed: true }, config: { client: { changed: true }, url: { changed: false } } } },
        state,
      ),
    ).toBe(true);
    expect(holds({ draft: { description: { changed: true } } }, state)).toBe(false);
  });

  it('active, visibility and members (each list given must match exactly, in any order)', () => {
    const state = editing({ active: false, visibility: { mode: 'selected', userIds: ['u2', 'u1'], groupIds: [] } });
    expect(holds({ draft: { active: false, visibility: 'selected', members: { users: ['u1', 'u2'] } } }, state)).toBe(
      true,
    );
    expect(holds({ draft: { members: { users: ['u1'] } } }, state)).toBe(false);
    expect(holds({ draft: { members: { groups: [] } } }, state)).toBe(true);
    expect(holds({ draft: { members: { groups: ['g1'] } } }, state)).toBe(false);
    expect(holds({ draft: { visibility: 'all' } }, state)).toBe(false);
  });
});

describe('test checks read the test line as the dialog shows it', () => {
  const changed = { ...alfa.config, timeout: '45' };
  it.each([
    ['not-run', editing({})],
    ['stale', editing({ config: changed })],
    ['passed', editing({ config: changed }, { status: 'passed', snapshot: configSnapshot(api, changed) })],
    ['stale', editing({ config: changed }, { status: 'passed', snapshot: configSnapshot(api, alfa.config) })],
    [
      'failed',
      editing(
        {},
        {
          status: 'failed',
          snapshot: configSnapshot(api, alfa.config),
          failure: { code: 'unknown-client', fieldKey: 'client', messageKey: 'x', params: {}, href: '/' },
        },
      ),
    ],
    ['running', editing({}, { status: 'running', token: 1, config: alfa.config })],
  ] as const)('%s', (status, state) => {
    expect(testStatusOf(state, { scenario: world })).toBe(status);
    expect(holds({ test: status }, state)).toBe(true);
    expect(holds({ test: status === 'passed' ? 'failed' : 'passed' }, state)).toBe(false);
  });

  it('no dialog: no test status holds', () => {
    expect(holds({ test: 'not-run' })).toBe(false);
  });
});

describe('event checks see the events since the step began', () => {
  const events: SimEvent[] = [
    { type: 'activeChanged', active: false },
    { type: 'rejected', command: 'ok', ruleIds: ['ok-needs-passed-test', 'ok-needs-name'], reason: 'rule' },
  ];
  it('match the type and every property in where (booleans, and lists by their items)', () => {
    expect(holds({ event: 'activeChanged' }, start, events)).toBe(true);
    expect(holds({ event: 'activeChanged', where: { active: false } }, start, events)).toBe(true);
    expect(holds({ event: 'activeChanged', where: { active: true } }, start, events)).toBe(false);
    expect(holds({ event: 'rejected', where: { command: 'ok', ruleIds: 'ok-needs-name' } }, start, events)).toBe(true);
    expect(holds({ event: 'rejected', where: { ruleIds: { notEquals: 'ok-needs-name' } } }, start, events)).toBe(false);
    expect(holds({ event: 'saved' }, start, events)).toBe(false);
    expect(holds({ event: 'activeChanged' }, start, [])).toBe(false);
  });
});

describe('saved and listed checks read the ERP-koblinger list', () => {
  const renamed = { ...start, connections: [{ ...alfa, name: 'Alfa 2', active: false }, fil] };
  const saved: SimEvent[] = [{ type: 'saved', connectionId: 'a', active: false }];
  it('saved needs a save of that connection since the step began; listed does not', () => {
    expect(holds({ saved: { connection: 'a', name: 'Alfa 2', active: false } }, renamed, saved)).toBe(true);
    expect(holds({ saved: { connection: 'a', name: 'Alfa 2' } }, renamed, [])).toBe(false);
    expect(holds({ saved: { connection: 'f' } }, renamed, saved)).toBe(false);
    expect(holds({ listed: { connection: 'a', name: { changed: true }, active: false } }, renamed)).toBe(true);
    expect(
      holds({ listed: { connection: 'f', visibility: 'selected', members: { users: ['u1'], groups: [] } } }, renamed),
    ).toBe(true);
    expect(holds({ listed: { connection: 'nope' } }, renamed)).toBe(false);
  });
});

describe('rule checks and combinators', () => {
  it('rule asks a gating rule of the simulator; holds: false inverts it', () => {
    expect(holds({ rule: 'config-locked-while-active' }, stateWith(alfa))).toBe(true);
    expect(holds({ rule: 'config-locked-while-active', holds: false }, editing({ active: false }))).toBe(true);
    expect(holds({ rule: 'needs-selected-connection' }, { ...start, selectedId: null })).toBe(false);
  });

  it('all, any and not combine checks; an empty all holds and an empty any does not', () => {
    const t: Check = { selected: 'a' };
    const f: Check = { selected: 'f' };
    expect(holds({ all: [t, t] })).toBe(true);
    expect(holds({ all: [t, f] })).toBe(false);
    expect(holds({ any: [f, t] })).toBe(true);
    expect(holds({ any: [f, f] })).toBe(false);
    expect(holds({ not: f })).toBe(true);
    expect(holds({ all: [] })).toBe(true);
    expect(holds({ any: [] })).toBe(false);
    expect(holds({ all: [{ any: [f, { not: f }] }, { not: { all: [f] } }] })).toBe(true);
  });
});
