import { describe, expect, it } from 'vitest';
import { applySituation, reduce, type SimState } from '../../../src/simulator/domain/index.ts';
import { selectors as sel, type SimulatorData } from '../../../src/simulator/store/index.ts';
import { ctx, run, situations, standard } from './scenario-helpers.ts';

/**
 * React's useSyncExternalStore re-renders for ever when a selector gives a new object for the same state, so every
 * selector must answer twice with the very same value. Checked for every selector, in every situation (each
 * dialog of the Sync tab has one) and after a move in Ranger felt, where the announcement selector reads the events.
 */
const data = (sim: SimState, lastEvents: SimulatorData['lastEvents'] = []): SimulatorData => ({
  scenario: standard,
  sim,
  lang: 'nb',
  events: lastEvents,
  lastEvents,
});

/** Arguments for the selectors made per field, list value or direction. */
const FACTORY_ARGS: Readonly<Record<string, string[]>> = {
  fieldValue: ['url'],
  isFieldLocked: ['url'],
  fieldError: ['tidsavbrudd'],
  mappingOf: ['kunde', 'navn'],
  directionBlockedBy: ['kunde', 'kundeId'],
  listValue: ['kundekategori', 'a'],
  listValueDuplicate: ['kundekategori', 'a'],
  canMove: ['up'],
};

function states(): Array<[string, SimulatorData]> {
  const all: Array<[string, SimulatorData]> = Object.values(situations).map((s) => [
    s.id,
    data(applySituation(standard, s)),
  ]);
  const ranking = run([
    { type: 'selectConnection', connectionId: 'nordlys-oslo' },
    { type: 'openTool', tool: 'ranger-felt' },
    { type: 'selectItem', id: 'navn' },
  ]).state;
  const moved = reduce(ranking, { type: 'moveItem', direction: 'up' }, ctx);
  all.push([
    'moved',
    data(
      moved.state,
      moved.events.map((e, seq) => ({ ...e, at: 0, seq })),
    ),
  ]);
  return all;
}

describe('every selector', () => {
  it('gives the same value twice for the same state, in every situation', () => {
    const entries = Object.entries(sel) as Array<[string, (...args: unknown[]) => unknown]>;
    expect(entries.length).toBeGreaterThan(40);
    for (const [where, s] of states()) {
      for (const [name, selector] of entries) {
        const args = FACTORY_ARGS[name];
        const read = args ? (selector(...args) as (s: SimulatorData) => unknown) : selector;
        expect(typeof read(s), `${name} is a selector of the state`).not.toBe('function');
        expect(Object.is(read(s), read(s)), `${name} in ${where}`).toBe(true);
      }
    }
  });
});
