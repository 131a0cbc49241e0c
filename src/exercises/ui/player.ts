import { createStore, type StoreApi } from 'zustand/vanilla';
import type { SimulatorStore } from '../../simulator/store/index.ts';
import type { DemoAction } from '../engine/index.ts';

/** Vis meg's speeds, as the select offers them; catalog keys `exercises.demo.speed.<id>`. */
export const SPEEDS = ['sakte', 'normal', 'rask'] as const;
export type Speed = (typeof SPEEDS)[number];
/** The pause before each command, in ms: long enough to read the caption and see the outlined control. */
export const SPEED_DELAY: Readonly<Record<Speed, number>> = { sakte: 2800, normal: 1500, rask: 350 };

export interface PlayerData {
  /** How many commands of the script have been performed; the next one is `script[position]`. */
  position: number;
  playing: boolean;
  /** Playing only to the end of the current step (Neste trinn). */
  stepping: boolean;
  speed: Speed;
  /** The simulator refused a command (the learner changed something meanwhile): the player stopped. */
  refused: boolean;
}

export interface PlayerActions {
  play: () => void;
  pause: () => void;
  /** Performs the rest of the current step now, then pauses. */
  nextStep: () => void;
  setSpeed: (speed: Speed) => void;
  /** Back to the start of the script (the caller restarts the simulator), or to a stored place. */
  load: (position: number) => void;
  /**
   * Which control of Vis meg had focus when a command opened or closed the dialog. The dialog moves focus (into
   * Navn, back to Konfigurer ERP-kobling); the controls, remounted in or out of the dialog, take it back.
   */
  takeFocus: () => string | null;
}

export type Player = StoreApi<PlayerData & PlayerActions> & { dispose: () => void };

/** Commands after which the dialog opens or closes, and with it focus moves. */
const MOVES_FOCUS = new Set(['openDialog', 'ok', 'cancel']);

/**
 * Vis meg: performs the exercise's demo commands on the simulator's store, one at a time, with a pause before
 * each; a running connection test is waited for. The store decides as for any click, so the demonstration runs
 * on the same rules as the learner's own work. Starts paused: nothing moves until the learner asks.
 */
export function createPlayer(
  script: readonly DemoAction[],
  sim: SimulatorStore,
  focusedControl: () => string | null = () => null,
): Player {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let waiting: (() => void) | undefined;
  let focus: string | null = null;

  const testRunning = () => {
    const dialog = sim.getState().sim.dialog;
    return (dialog?.kind === 'edit' || dialog?.kind === 'add') && dialog.test.status === 'running';
  };
  const dialogOpen = () => sim.getState().sim.dialog !== null;

  const store = createStore<PlayerData & PlayerActions>()((set, get) => {
    const stop = () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      waiting?.();
      waiting = undefined;
    };

    const schedule = () => {
      stop();
      const { playing, position, speed } = get();
      if (!playing) return;
      if (position >= script.length) return set({ playing: false, stepping: false });
      if (testRunning()) {
        waiting = sim.subscribe(() => void (testRunning() || schedule()));
        return;
      }
      timer = setTimeout(perform, SPEED_DELAY[speed]);
    };

    const perform = () => {
      timer = undefined;
      const { position, stepping } = get();
      const action = script[position];
      if (!action) return set({ playing: false, stepping: false });
      const wasOpen = dialogOpen();
      const control = MOVES_FOCUS.has(action.command.type) ? focusedControl() : null;
      const events = sim.getState().dispatch(action.command);
      if (control && dialogOpen() !== wasOpen) focus = control;
      if (events.some((e) => e.type === 'rejected')) return set({ playing: false, stepping: false, refused: true });
      const next = position + 1;
      const stepEnds = script[next]?.stepIndex !== action.stepIndex;
      const stops = next >= script.length || (stepping && stepEnds);
      set({ position: next, refused: false, ...(stops ? { playing: false, stepping: false } : {}) });
      schedule();
    };

    return {
      position: 0,
      playing: false,
      stepping: false,
      speed: 'normal',
      refused: false,
      play() {
        if (get().position >= script.length) return;
        set({ playing: true, stepping: false, refused: false });
        schedule();
      },
      pause() {
        stop();
        set({ playing: false, stepping: false });
      },
      nextStep() {
        if (get().position >= script.length) return;
        stop();
        set({ playing: true, stepping: true, refused: false });
        if (testRunning()) schedule();
        else perform();
      },
      setSpeed(speed) {
        set({ speed });
        if (get().playing && timer !== undefined) schedule();
      },
      load(position) {
        stop();
        set({
          position: Math.max(0, Math.min(position, script.length)),
          playing: false,
          stepping: false,
          refused: false,
        });
      },
      takeFocus() {
        const taken = focus;
        focus = null;
        return taken;
      },
    };
  });
  return Object.assign(store, {
    dispose: () => {
      if (timer !== undefined) clearTimeout(timer);
      waiting?.();
    },
  });
}
