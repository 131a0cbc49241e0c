import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canonicalConfig,
  connectorOf,
  initialState,
  reduce,
  runConnectionTest,
  stateProblems,
  TOOLS,
  validateDescription,
  validateName,
  type Command,
  type Connection,
  type SimState,
} from '../../../src/simulator/domain/index.ts';
import { ctx, standard } from './scenario-helpers.ts';

/**
 * Random sessions against the pure reducer on the standard scenario. The values are drawn from pools that mix
 * valid input, bad input and input the simulated ERP refuses, so the runs reach saves, failures and rejections.
 */
const connectionIds = [...standard.connections.map((c) => c.id), 'finnes-ikke'];
/** Per field: values that pass, values the ERP refuses, and values that are not valid at all. */
const fieldValues: Record<string, string[]> = {
  url: [
    'https://erp.nordlys.example/api',
    'https://test.nordlys.example/api/',
    'https://nede.example',
    'erp.nordlys.example',
    '',
  ],
  klientnummer: ['1001', '2002', '3003', '9001', '1010', '12a', ''],
  brukernavn: ['integrasjon', 'kari.nilsen', 'bergen.sync', 'test', 'ola😀', ''],
  apiNokkel: ['NL-OSLO-7f3a9c', 'NL-KN-19bb02', 'NL-TEST-000111', 'FEIL', '<b>x</b>', ''],
  tidsavbrudd: ['45', '5', '300', '301', '12a', '9'.repeat(500), ' 30 ', ''],
  filsti: [
    '\\\\filserver\\erp\\import',
    '\\\\filserver\\erp\\eksport',
    'C:\\Fjordfil\\ut',
    'C:\\finnes\\ikke',
    'a|b',
    '',
  ],
  skilletegn: [';', ',', 'tab', 'x'],
  desimaler: ['0', '6', '7', ''],
  tegnsett: ['UTF-8', 'ISO-8859-1', 'latin1'],
  ukjent: ['x'],
};
const names = fc.constantFrom('Nordlys – Oslo AS', 'Nytt navn', '', '  ', 'x'.repeat(81), 'Navn 🚀', '<i>navn</i>');
const memberIds = fc.constantFrom(...standard.users.map((u) => u.id), ...standard.groups.map((g) => g.id), 'ukjent');

const fieldEdit = fc
  .constantFrom(...Object.keys(fieldValues))
  .chain((key) => fc.constantFrom(...fieldValues[key]!).map((value): Command => ({ type: 'setField', key, value })));

/** `finishLatest` stands for the store's timer: it finishes the test most recently started. */
type Step = Command | { type: 'finishLatest' };

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .constantFrom(...connectionIds, null)
      .map((connectionId): Step => ({ type: 'selectConnection', connectionId })),
  },
  { weight: 4, arbitrary: fc.constant<Step>({ type: 'openDialog' }) },
  { weight: 1, arbitrary: fc.constantFrom(...TOOLS).map((tool): Step => ({ type: 'openTool', tool })) },
  { weight: 2, arbitrary: names.map((value): Step => ({ type: 'setName', value })) },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom('', 'Beskrivelse', 'a\u0007b', 'x'.repeat(1001))
      .map((value): Step => ({ type: 'setDescription', value })),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom('all' as const, 'selected' as const)
      .map((mode): Step => ({ type: 'setVisibilityMode', mode })),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('user' as const, 'group' as const), memberIds)
      .map(([kind, id]): Step => ({ type: 'toggleVisibilityMember', kind, id })),
  },
  { weight: 4, arbitrary: fc.boolean().map((value): Step => ({ type: 'setActive', value })) },
  { weight: 6, arbitrary: fieldEdit },
  { weight: 3, arbitrary: fc.constant<Step>({ type: 'runTest' }) },
  { weight: 3, arbitrary: fc.constant<Step>({ type: 'finishLatest' }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 6 }).map((token): Step => ({ type: 'finishTest', token })) },
  { weight: 4, arbitrary: fc.constant<Step>({ type: 'ok' }) },
  { weight: 2, arbitrary: fc.constant<Step>({ type: 'cancel' }) },
  { weight: 1, arbitrary: fc.constantFrom<Step>({ type: 'reset' }, { type: 'dismissNotice' }) },
);

/** Sessions mix single random steps with the page's own sequences, so saves after real edits are common. */
const session: fc.Arbitrary<Step[]> = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: step.map((s) => [s]) },
      {
        weight: 1,
        arbitrary: fc
          .constantFrom(...connectionIds)
          .map((connectionId): Step[] => [{ type: 'selectConnection', connectionId }, { type: 'openDialog' }]),
      },
      {
        // Step 4 of the page on a random connection, with a random edit (which may or may not pass the test).
        weight: 2,
        arbitrary: fc
          .tuple(fc.constantFrom(...connectionIds), fieldEdit, fc.array(step, { maxLength: 2 }))
          .map(([connectionId, edit, extra]): Step[] => [
            { type: 'selectConnection', connectionId },
            { type: 'openDialog' },
            { type: 'setActive', value: false },
            edit,
            ...extra,
            { type: 'setActive', value: true },
            { type: 'runTest' },
            { type: 'finishLatest' },
            { type: 'ok' },
          ]),
      },
    ),
    { minLength: 1, maxLength: 25, size: 'max' },
  )
  .map((chunks) => chunks.flat());

const toCommand = (s: Step, state: SimState): Command =>
  s.type === 'finishLatest' ? { type: 'finishTest', token: state.nextToken - 1 } : s;
const canonical = (c: Connection) => JSON.stringify(canonicalConfig(connectorOf(ctx, c.connectorId)!, c.config));

/**
 * What the troubleshooting page «OK er nedtonet» says OK needs, read off the dialog itself rather than through
 * the rules: no test running, and the configuration either the saved one (it counts as tested) or the one the
 * latest passed test ran on; every required field filled; Alle, or at least one user or group; a valid name
 * and description (the fields' own checks). A save when any of these fails is a bug in the rules.
 */
function pageAllowsOk(state: SimState, latestTest: { config: string; passed: boolean } | undefined): boolean {
  const dialog = state.dialog;
  const saved = dialog && state.connections.find((c) => c.id === dialog.connectionId);
  const connector = saved && connectorOf(ctx, saved.connectorId);
  if (!dialog || !saved || !connector || dialog.test.status === 'running') return false;
  const { draft } = dialog;
  const config = JSON.stringify(canonicalConfig(connector, draft.config));
  const tested = config === canonical(saved) || (latestTest?.passed === true && latestTest.config === config);
  const required = connector.fields.every((f) => !f.required || (draft.config[f.key] ?? '').trim() !== '');
  const { mode, userIds, groupIds } = draft.visibility;
  const visible = mode === 'all' || userIds.length + groupIds.length > 0;
  const texts = validateName(draft.name) === undefined && validateDescription(draft.description) === undefined;
  return tested && required && visible && texts;
}

/**
 * Replays a session and checks every step. The oracle is kept apart from the rules: it remembers, from the
 * events alone, what the latest finished test ran on and what the list looked like when the dialog opened.
 */
function checkSession(steps: Step[]): void {
  let state = initialState(standard);
  const started = new Map<number, string>();
  let latestTest: { config: string; passed: boolean } | undefined;
  let listAtOpen: Connection[] | undefined;

  for (const s of steps) {
    const command = toCommand(s, state);
    const before = state;
    const okAllowedBefore = pageAllowsOk(before, latestTest);
    const { state: after, events } = reduce(before, command, ctx);

    if (events.some((e) => e.type === 'rejected')) expect(after).toBe(before);
    if (before.dialog?.draft.active && after.dialog?.connectionId === before.dialog.connectionId)
      expect(after.dialog.draft.config).toEqual(before.dialog.draft.config);

    for (const e of events) {
      if (e.type === 'dialogOpened') [listAtOpen, latestTest] = [after.connections, undefined];
      if (e.type === 'testStarted')
        started.set(
          e.token,
          JSON.stringify(after.dialog!.test.status === 'running' ? after.dialog!.test.config : null),
        );
      if (e.type === 'testPassed' || e.type === 'testFailed')
        latestTest = { config: started.get((command as { token: number }).token)!, passed: e.type === 'testPassed' };
      if (e.type === 'cancelled') {
        expect(after.connections).toEqual(listAtOpen);
        expect(after.dialog).toBeNull();
      }
      if (e.type === 'saved') {
        expect(okAllowedBefore).toBe(true);
        expect(before.dialog!.test.status).not.toBe('running');
        const old = before.connections.find((c) => c.id === e.connectionId)!;
        const saved = after.connections.find((c) => c.id === e.connectionId)!;
        const unchanged = canonical(saved) === canonical(old);
        expect(unchanged || (latestTest?.passed === true && latestTest.config === canonical(saved))).toBe(true);
        if (!unchanged)
          expect(runConnectionTest(connectorOf(ctx, saved.connectorId)!, saved.config, standard.erp).ok).toBe(true);
      }
    }
    if (!events.some((e) => e.type === 'saved')) {
      // The list changes only by OK (or by Tilbakestill, back to the scenario).
      expect(after.connections === before.connections || events.some((e) => e.type === 'reset')).toBe(true);
    }
    expect(stateProblems(after, standard)).toEqual([]);
    for (const c of after.connections) expect(validateName(c.name)).toBeUndefined();
    state = after;
  }
}

describe('random sessions (fast-check)', () => {
  // 2000 sessions take about 15 s alone; the limit leaves room for a machine busy with other test files.
  it('keep every invariant of the rules over 2000 sessions', { timeout: 60_000 }, () => {
    fc.assert(fc.property(session, checkSession), { numRuns: 2000 });
  });

  it('reach saves after configuration changes, failed tests and rejections, so the invariants are exercised', () => {
    const seen = new Set<string>();
    let sessionsWithChangedSave = 0;
    fc.assert(
      fc.property(session, (steps) => {
        let state = initialState(standard);
        let changedSave = false;
        for (const s of steps) {
          const before = state;
          const { state: after, events } = reduce(state, toCommand(s, state), ctx);
          for (const e of events) {
            seen.add(e.type === 'rejected' ? `rejected:${e.ruleIds.join('+') || e.reason}` : e.type);
            if (e.type === 'saved') {
              const old = before.connections.find((c) => c.id === e.connectionId)!;
              if (canonical(old) !== canonical(after.connections.find((c) => c.id === e.connectionId)!))
                seen.add('saved-changed-config');
              if (canonical(old) !== canonical(after.connections.find((c) => c.id === e.connectionId)!))
                changedSave = true;
            }
          }
          state = after;
        }
        if (changedSave) sessionsWithChangedSave++;
      }),
      { numRuns: 1000, seed: 42 },
    );
    expect(sessionsWithChangedSave).toBeGreaterThan(100);
    for (const wanted of [
      'saved-changed-config',
      'savedInactive',
      'testFailed',
      'cancelled',
      'rejected:config-locked-while-active',
      'rejected:needs-selected-connection',
    ])
      expect(seen).toContain(wanted);
  });

  it('are deterministic: replaying the same commands gives the same states and events', () => {
    fc.assert(
      fc.property(session, (steps) => {
        const replay = () => {
          let state = initialState(standard);
          const log: unknown[] = [];
          for (const s of steps) {
            const r = reduce(state, toCommand(s, state), ctx);
            log.push(r.events);
            state = r.state;
          }
          return { state, log };
        };
        expect(replay()).toEqual(replay());
      }),
      { numRuns: 300 },
    );
  });
});
