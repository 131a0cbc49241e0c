import { createStore, type StoreApi } from 'zustand/vanilla';
import { createSimulatorStore, type SimulatorStore, type SyncStorage } from '../../simulator/store/index.ts';
import {
  demoScript,
  startExercise,
  type DemoAction,
  type Exercise,
  type ExerciseMode,
  type ExerciseWorld,
} from '../engine/index.ts';
import { createPlayer, type Player } from './player.ts';
import { createSession, type Session, type SessionNotice } from './session.ts';
import {
  browserStorage,
  gatedStorage,
  type Progress,
  progressKey,
  progressWriter,
  readLearner,
  readProgress,
  simKey,
  writeLearner,
} from './storage.ts';

/** The catalog key of the simulator's own notice after it could not use stored state. */
const SIM_RECOVERED = 'sim.notice.storageRecovered';

/** Modes whose run is kept: the others have no steps to remember (Fri øving) or only Vis meg's place. */
const keepsRun = (mode: ExerciseMode) => mode !== 'fri-oving';

export interface ExerciseAppOptions {
  exercise: Exercise;
  world: ExerciseWorld;
  /** Default localStorage (memory where it is blocked). */
  storage?: SyncStorage;
  /** Busy time of Test ERP-tilkobling in ms. Default the store's. */
  testDelayMs?: number;
  /** Default Date.now. */
  clock?: () => number;
  /** Which Vis meg control has focus (data-coach-control), for giving it back after the dialog moves focus. */
  focusedControl?: () => string | null;
}

/**
 * Everything one exercise page runs: the simulator's store (started from the exercise's world), the session (the
 * run, hints, corrections), Vis meg's player, and the mode. `start` reads the mode's stored place, then keeps the
 * run in step with every command; `restart` puts both the simulator and the run back to the exercise's start.
 */
export interface ExerciseApp {
  exercise: Exercise;
  world: ExerciseWorld;
  script: DemoAction[];
  sim: SimulatorStore;
  session: Session;
  player: Player;
  /** The mode, once read from `?modus=` in the browser (null while rendering on the server). */
  view: StoreApi<{ mode: ExerciseMode | null }>;
  /** Reads what is stored for the mode and starts observing; returns a function that stops. */
  start: (mode: ExerciseMode) => () => void;
  /** Start øvelsen på nytt (and the simulator's own Tilbakestill): the exercise's start, a fresh run. */
  restart: (notice?: SessionNotice) => void;
  setLearner: (name: string) => void;
}

export function createExerciseApp(options: ExerciseAppOptions): ExerciseApp {
  const { exercise, world, clock = Date.now } = options;
  const storage = options.storage ?? browserStorage();
  const gate = gatedStorage(storage);
  const situationId = world.situation.id;
  const sim = createSimulatorStore({
    scenario: world.scenario,
    situations: { [situationId]: world.situation },
    storageKey: simKey(exercise.id),
    storage: gate,
    skipHydration: true,
    ...(options.testDelayMs === undefined ? {} : { testDelayMs: options.testDelayMs }),
  });
  // The server renders this start; the client's first render must be the same, so it is set before any render.
  sim.getState().startSituation(situationId);
  const script = demoScript(exercise, world);
  const session = createSession(exercise, world, clock());
  const player = createPlayer(script, sim, options.focusedControl);
  const view = createStore<{ mode: ExerciseMode | null }>()(() => ({ mode: null }));
  let save: ((progress: Progress) => Promise<void>) | undefined;

  const progress = (): Progress => {
    const { run, endedAt } = session.getState();
    return { run, position: player.getState().position, endedAt };
  };

  const restart = (notice: SessionNotice | undefined = 'restarted') => {
    player.getState().load(0);
    sim.getState().startSituation(situationId);
    session.getState().restart(clock(), notice);
  };

  const start = (mode: ExerciseMode) => {
    let live = true;
    const stops: Array<() => void> = [];
    view.setState({ mode });
    gate.open(mode);
    session.getState().setLearner(readLearner(storage));

    void (async () => {
      await sim.persist.rehydrate();
      const simFound = gate.found() === true;
      const simRecovered = sim.getState().sim.notice?.key === SIM_RECOVERED;
      const key = progressKey(exercise.id, mode);
      const stored = keepsRun(mode)
        ? await readProgress(storage, key, exercise, script.length)
        : { status: 'absent' as const };
      if (!live) return;

      // Fri øving keeps only the simulator's place; the other modes need the run and the place together.
      const resume = keepsRun(mode) ? stored.status === 'ok' && simFound && !simRecovered : !simRecovered;
      if (resume) {
        session
          .getState()
          .load(
            stored.status === 'ok' ? stored.run : startExercise(exercise, clock()),
            stored.status === 'ok' ? stored.endedAt : null,
          );
        player.getState().load(mode === 'vis-meg' && stored.status === 'ok' ? stored.position : 0);
      } else {
        // Nothing usable: the exercise's start. Say so when something was stored but could not be used.
        const lost = simRecovered || stored.status === 'unusable' || (stored.status === 'ok' && !simFound);
        sim.getState().startSituation(situationId);
        session.getState().load(startExercise(exercise, clock()), null, lost ? 'recovered' : undefined);
        player.getState().load(0);
      }

      if (keepsRun(mode)) {
        save = progressWriter(storage, key);
        void save(progress());
      }
      stops.push(
        sim.subscribe((now, before) => {
          const events = now.lastEvents !== before.lastEvents ? now.lastEvents : [];
          // The simulator's Tilbakestill goes to the scenario's start; here the exercise's start is wanted.
          if (events.some((e) => e.type === 'reset')) return restart();
          if (events.length === 0 && now.sim === before.sim) return;
          session.getState().observe(now.sim, events, clock());
        }),
        session.subscribe((now, before) => {
          if (now.run !== before.run || now.endedAt !== before.endedAt) void save?.(progress());
          if (now.learner !== before.learner) writeLearner(storage, now.learner);
        }),
        player.subscribe((now, before) => {
          if (now.position !== before.position) void save?.(progress());
        }),
      );
    })();

    return () => {
      live = false;
      stops.forEach((stop) => stop());
      player.getState().pause();
      player.dispose();
    };
  };

  return {
    exercise,
    world,
    script,
    sim,
    session,
    player,
    view,
    start,
    restart,
    setLearner: (name) => session.getState().setLearner(name),
  };
}
