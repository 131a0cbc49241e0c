import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COMMAND_TYPES,
  FEATURES,
  initialState,
  reduce,
  reduceShell,
  SCREENS,
  TABS,
  TOOLS,
  type Command,
  type CommandType,
  type SimState,
} from '../../../src/simulator/domain/index.ts';
import { ctx, standard } from './scenario-helpers.ts';

/**
 * The store runs the list's part of the reducer alone until the dialog's part has been downloaded, so the two
 * must never disagree: on every command the list's part owns it must answer exactly as `reduce`, and it must own
 * no other command (those wait for the download).
 */
const SHELL: readonly CommandType[] = [
  'navigate',
  'selectTab',
  'selectConnection',
  'openDialog',
  'openTool',
  'openFeature',
  'reset',
  'dismissNotice',
];

const connectionIds = [...standard.connections.map((c) => c.id), 'finnes-ikke'];
const fields = standard.connectors.flatMap((c) => c.fields.map((f) => f.key));

const shellCommand: fc.Arbitrary<Command> = fc.oneof(
  fc.constantFrom(...SCREENS).map((screen): Command => ({ type: 'navigate', screen })),
  fc.constantFrom(...TABS).map((tab): Command => ({ type: 'selectTab', tab })),
  fc.constantFrom(...connectionIds, null).map((connectionId): Command => ({ type: 'selectConnection', connectionId })),
  fc.constant<Command>({ type: 'openDialog' }),
  fc.constantFrom(...TOOLS).map((tool): Command => ({ type: 'openTool', tool })),
  fc.constantFrom(...FEATURES).map((feature): Command => ({ type: 'openFeature', feature })),
  fc.constantFrom<Command>({ type: 'reset' }, { type: 'dismissNotice' }),
);

const dialogCommand: fc.Arbitrary<Command> = fc.oneof(
  fc.constantFrom('Nytt navn', '', 'x'.repeat(81)).map((value): Command => ({ type: 'setName', value })),
  fc.constantFrom('', 'Beskrivelse').map((value): Command => ({ type: 'setDescription', value })),
  fc.constantFrom('all' as const, 'selected' as const).map((mode): Command => ({ type: 'setVisibilityMode', mode })),
  fc
    .tuple(
      fc.constantFrom('user' as const, 'group' as const),
      fc.constantFrom(...standard.users.map((u) => u.id), ...standard.groups.map((g) => g.id)),
    )
    .map(([kind, id]): Command => ({ type: 'toggleVisibilityMember', kind, id })),
  fc.boolean().map((value): Command => ({ type: 'setActive', value })),
  fc
    .tuple(fc.constantFrom(...fields), fc.constantFrom('', '45', 'https://erp.nordlys.example/api', '1001'))
    .map(([key, value]): Command => ({ type: 'setField', key, value })),
  fc.constantFrom<Command>({ type: 'runTest' }, { type: 'ok' }, { type: 'cancel' }),
  fc.integer({ min: 0, max: 5 }).map((token): Command => ({ type: 'finishTest', token })),
);

/** Selecting a real connection and opening the dialog, so sessions spend time inside it. */
const opening = fc
  .constantFrom(...standard.connections.map((c) => c.id))
  .map((connectionId): Command[] => [{ type: 'selectConnection', connectionId }, { type: 'openDialog' }]);

/** A state reached by a random session (shell and dialog commands), with the test finished as the store would. */
const session = fc.array(
  fc.oneof(
    { weight: 2, arbitrary: shellCommand.map((c) => [c]) },
    { weight: 3, arbitrary: dialogCommand.map((c) => [c]) },
    { weight: 1, arbitrary: opening },
  ),
  { maxLength: 20 },
);
const state: fc.Arbitrary<SimState> = session.map((chunks) =>
  chunks.flat().reduce((s, command) => {
    const next = reduce(s, command, ctx);
    const started = next.events.find((e) => e.type === 'testStarted');
    return started ? reduce(next.state, { type: 'finishTest', token: started.token }, ctx).state : next.state;
  }, initialState(standard)),
);

describe('the list’s part of the reducer', () => {
  it('owns exactly the commands around the dialog', () => {
    expect(COMMAND_TYPES.filter((type) => SHELL.includes(type))).toEqual(SHELL);
  });

  it('agrees with reduce on every command it owns, in any state (fast-check)', () => {
    fc.assert(
      fc.property(state, shellCommand, (s, command) => {
        const shell = reduceShell(s, command, ctx);
        const full = reduce(s, command, ctx);
        expect(shell).toEqual(full);
        // The same object when nothing changed: the store tells "nothing happened" by identity.
        expect(shell!.state === s).toBe(full.state === s);
      }),
      { numRuns: 1000 },
    );
  });

  it('leaves every other command to the dialog’s part (fast-check)', () => {
    fc.assert(
      fc.property(state, dialogCommand, (s, command) => {
        expect(reduceShell(s, command, ctx)).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });
});
