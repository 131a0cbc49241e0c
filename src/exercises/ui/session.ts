import { createStore, type StoreApi } from 'zustand/vanilla';
import type { SimulatorState } from '../../simulator/store/index.ts';
import {
  advance,
  isComplete,
  runMistakes,
  startExercise,
  type Exercise,
  type ExerciseRun,
  type ExerciseWorld,
  type Mistake,
  type ObservedEvent,
} from '../engine/index.ts';

/** What the page tells the learner about the run itself (catalog keys `exercises.progress.notice.<id>`). */
export type SessionNotice = 'recovered' | 'restarted' | 'completed' | 'ended';

/** One learner's run of one exercise in one mode, as the screens show it. Plain data; the engine decides. */
export interface SessionData {
  /** False until the stored run has been read (or found missing): until then nothing is observed. */
  ready: boolean;
  run: ExerciseRun;
  /** How many of the current step's hints are shown (Veiledet). */
  hintsShown: number;
  /** The latest mistake, for Veiledet's correction; cleared when dismissed or when the next step begins. */
  mistake: Mistake | undefined;
  notice: SessionNotice | undefined;
  /** When the learner ended the test before finishing it; null otherwise. */
  endedAt: number | null;
  /** The learner's name as typed, for the result file. */
  learner: string;
}

export interface SessionActions {
  /** Takes over a run (stored, or fresh) and starts observing. */
  load: (run: ExerciseRun, endedAt: number | null, notice?: SessionNotice) => void;
  /** One command of the simulator: its state after, and its events. */
  observe: (state: SimulatorState['sim'], events: readonly ObservedEvent[], now: number) => void;
  /** A fresh run from now. */
  restart: (now: number, notice?: SessionNotice) => void;
  showHint: () => void;
  dismissMistake: () => void;
  /** Ends the test now, finished or not. */
  end: (now: number) => void;
  setLearner: (name: string) => void;
}

export type SessionState = SessionData & SessionActions;
export type Session = StoreApi<SessionState>;

/** The run is over: every step done, or the test ended early. */
export const isOver = (s: SessionData) => isComplete(s.run) || s.endedAt !== null;

/** The session store of an exercise page (a vanilla store, like the simulator's; components read it with selectors). */
export function createSession(exercise: Exercise, world: ExerciseWorld, now: number): Session {
  return createStore<SessionState>()((set, get) => ({
    ready: false,
    run: startExercise(exercise, now),
    hintsShown: 0,
    mistake: undefined,
    notice: undefined,
    endedAt: null,
    learner: '',

    load: (run, endedAt, notice) => set({ ready: true, run, endedAt, notice, hintsShown: 0, mistake: undefined }),

    observe(state, events, at) {
      const before = get();
      if (!before.ready || isOver(before)) return;
      const run = advance(before.run, exercise, world, { state, events, now: at });
      const counted = runMistakes(before.run).length;
      const mistakes = runMistakes(run);
      const fresh = mistakes.length > counted ? mistakes.at(-1) : undefined;
      const nextStep = run.current !== before.run.current;
      set({
        run,
        ...(nextStep ? { hintsShown: 0 } : {}),
        ...(fresh ? { mistake: fresh } : nextStep ? { mistake: undefined } : {}),
        // The learner has moved on: "started over" or "could not be read" no longer needs saying.
        ...(events.length ? { notice: undefined } : {}),
        ...(isComplete(run) ? { notice: 'completed' as const } : {}),
      });
    },

    restart: (at, notice) =>
      set({ run: startExercise(exercise, at), endedAt: null, hintsShown: 0, mistake: undefined, notice }),

    showHint() {
      const { run, hintsShown } = get();
      const hints = exercise.steps[run.current]?.hints.length ?? 0;
      if (hintsShown < hints) set({ hintsShown: hintsShown + 1 });
    },

    dismissMistake: () => set({ mistake: undefined }),

    end(at) {
      if (!isOver(get())) set({ endedAt: Math.max(at, get().run.lastAt), notice: 'ended' });
    },

    setLearner: (learner) => set({ learner }),
  }));
}
