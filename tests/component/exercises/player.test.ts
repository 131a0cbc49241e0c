import type { EditDialog } from '../../../src/simulator/domain/index.ts';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { demoScript, exerciseWorld } from '../../../src/exercises/engine/index.ts';
import { createPlayer, SPEED_DELAY } from '../../../src/exercises/ui/player.ts';
import { createSimulatorStore, memoryStorage } from '../../../src/simulator/store/index.ts';
import { byId, situations, standard } from '../../unit/exercises/helpers.ts';

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

/** Vis meg's player over a simulator store started at the exercise's start, with the store's real test delay. */
function setUp(id: string) {
  const exercise = byId(id);
  const world = exerciseWorld(exercise, standard, situations);
  const sim = createSimulatorStore({
    scenario: world.scenario,
    situations: { [world.situation.id]: world.situation },
    storageKey: 'p',
    storage: memoryStorage(),
    testDelayMs: 600,
  });
  sim.getState().startSituation(world.situation.id);
  const script = demoScript(exercise, world);
  return { sim, script, player: createPlayer(script, sim) };
}

describe('Vis meg’s player', () => {
  it('starts paused, and played runs every demo command to the end, waiting for the connection test', () => {
    const { sim, script, player } = setUp('endre-konfigurasjon');
    vi.advanceTimersByTime(10_000);
    expect(player.getState().position).toBe(0);
    player.getState().setSpeed('rask');
    player.getState().play();
    vi.advanceTimersByTime(SPEED_DELAY.rask * 6);
    // The sixth command starts the test; the player waits for the store's 600 ms before going on.
    expect((sim.getState().sim.dialog as EditDialog | null)?.test.status).toBe('running');
    expect(player.getState().position).toBe(6);
    vi.advanceTimersByTime(SPEED_DELAY.rask * 2);
    expect(player.getState().position).toBe(6);
    vi.advanceTimersByTime(600 + SPEED_DELAY.rask);
    expect(player.getState()).toMatchObject({ position: script.length, playing: false });
    expect(sim.getState().sim.connections.find((c) => c.id === 'nordlys-oslo')).toMatchObject({
      active: true,
      config: { tidsavbrudd: '90' },
    });
  });

  it('Neste trinn performs the rest of the current step and stops', () => {
    const { sim, player } = setUp('endre-konfigurasjon');
    player.getState().nextStep();
    expect(sim.getState().sim.selectedId).toBe('nordlys-oslo');
    expect(player.getState()).toMatchObject({ position: 1, playing: true, stepping: true });
    vi.advanceTimersByTime(SPEED_DELAY.normal);
    expect(sim.getState().sim.dialog).not.toBeNull();
    expect(player.getState()).toMatchObject({ position: 2, playing: false });
    vi.advanceTimersByTime(10_000);
    expect(player.getState().position).toBe(2);
  });

  it('stops and says so when the simulator refuses a command (the learner changed something)', () => {
    const { sim, player } = setUp('gi-nytt-navn');
    player.getState().nextStep();
    vi.advanceTimersByTime(SPEED_DELAY.normal);
    player.getState().nextStep();
    player.getState().nextStep();
    expect(sim.getState().sim.dialog).not.toBeNull();
    sim.getState().cancel();
    player.getState().nextStep(); // setName with the dialog closed
    expect(player.getState()).toMatchObject({ refused: true, playing: false, position: 4 });
  });

  it('remembers which control had focus when a command opened the dialog', () => {
    const { script, sim } = setUp('gi-nytt-navn');
    const player = createPlayer(script, sim, () => 'next');
    for (const action of script.slice(0, 3)) sim.getState().dispatch(action.command);
    player.getState().load(3);
    player.getState().nextStep();
    expect(sim.getState().sim.dialog).not.toBeNull();
    expect(player.getState().takeFocus()).toBe('next');
    expect(player.getState().takeFocus()).toBeNull();
  });
});
