import { describe, expect, it } from 'vitest';
import {
  applyCommand,
  followHowto,
  howtoStepsDone,
  startHowto,
  type DemoCommand,
  type HowtoProgress,
} from '../../../src/exercises/engine/index.ts';
import { initialState, type Situation, type SimState } from '../../../src/simulator/domain/index.ts';
import { howtoMap, standard } from './helpers.ts';

/** The seed page's simulator: the standard scenario from the client's start, as <SimulatorEmbed /> shows it. */
const world = {
  scenario: standard,
  state: initialState(standard),
  situation: { id: 'side', scenarioId: 'standard', commands: [] } as Situation,
};

/** A reader working command by command; records the order in which the page's steps became done. */
function reader() {
  let state: SimState = world.state;
  let progress: HowtoProgress = startHowto(howtoMap);
  const act = (...commands: DemoCommand[]) => {
    for (const command of commands) {
      const result = applyCommand(state, command, world);
      state = result.state;
      progress = followHowto(progress, howtoMap, world, { state, events: result.events });
    }
    return { done: howtoStepsDone(progress, howtoMap), order: progress.done.map((d) => d.step) };
  };
  return act;
}

describe('the howto page follows the reader', () => {
  it('the documented path marks 1 to 6 and 4.1 to 4.4 done, in order', () => {
    const act = reader();
    const { done, order } = act(
      { type: 'navigate', screen: 'tilbud-sync' },
      { type: 'selectTab', tab: 'sync' },
      { type: 'selectConnection', connectionId: 'nordlys-oslo' },
      { type: 'openDialog' },
      { type: 'setName', value: 'Nordlys – Oslo hovedkontor' },
      { type: 'setActive', value: false },
      { type: 'setField', key: 'tidsavbrudd', value: '60' },
      { type: 'setActive', value: true },
      { type: 'runTest' },
      { type: 'ok' },
      { type: 'openTool', tool: 'tilordninger' },
    );
    expect(order).toEqual(['1', '2', '3', '4.1', '4.2', '4.3', '4.4', '4', '5', '6']);
    expect(done).toEqual(['1', '2', '3', '4', '4.1', '4.2', '4.3', '4.4', '5', '6']);
  });

  it('a reader who only renames gets 1, 2, 3 and 5, not the configuration steps', () => {
    const act = reader();
    const { done } = act(
      { type: 'navigate', screen: 'tilbud-sync' },
      { type: 'selectTab', tab: 'sync' },
      { type: 'selectConnection', connectionId: 'nordlys-oslo' },
      { type: 'openDialog' },
      { type: 'setName', value: 'Oslo' },
      { type: 'ok' },
    );
    expect(done).toEqual(['1', '2', '3', '5']);
  });

  it('4.3 counts only after 4.1, and a step stays done when the reader moves on', () => {
    const act = reader();
    act(
      { type: 'navigate', screen: 'tilbud-sync' },
      { type: 'selectTab', tab: 'sync' },
      { type: 'selectConnection', connectionId: 'nordlys-test' },
    );
    // nordlys-test is inactive: checking Aktiv before clearing it is not step 4.3.
    expect(act({ type: 'openDialog' }, { type: 'setActive', value: true }).done).toEqual(['1', '2']);
    expect(act({ type: 'setActive', value: false }, { type: 'setActive', value: true }).done).toEqual([
      '1',
      '2',
      '4.1',
      '4.3',
    ]);
    // Leaving the Sync tab does not undo step 1.
    expect(act({ type: 'cancel' }, { type: 'navigate', screen: 'brukere' }).done).toContain('1');
  });

  it('Tilbakestill starts the page over', () => {
    const act = reader();
    act({ type: 'navigate', screen: 'tilbud-sync' }, { type: 'selectTab', tab: 'sync' });
    expect(act({ type: 'selectConnection', connectionId: 'nordlys-oslo' }).done).toEqual(['1']);
    const { done } = act({ type: 'openDialog' }, { type: 'cancel' });
    expect(done).toEqual(['1', '2']);
    // reset is not a demo command; feed its event directly.
    const progress = followHowto(startHowto(howtoMap), howtoMap, world, {
      state: world.state,
      events: [{ type: 'navigated', screen: 'tilbud-sync' }, { type: 'reset' }],
    });
    expect(howtoStepsDone(progress, howtoMap)).toEqual([]);
  });
});
