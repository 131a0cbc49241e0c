import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { ExerciseMode } from '../engine/index.ts';
import type { ExerciseApp } from './app.ts';
import type { PlayerActions, PlayerData } from './player.ts';
import type { SessionState } from './session.ts';

/** The page's exercise: one per island, shared by its components (and by the coaching inside the dialog). */
export const ExerciseContext = createContext<ExerciseApp | null>(null);

export function useApp(): ExerciseApp {
  const app = useContext(ExerciseContext);
  if (!app) throw new Error('Exercise components must be rendered inside ExerciseIsland.');
  return app;
}

/** One value of the session through one selector. */
export function useSession<T>(selector: (state: SessionState) => T): T {
  return useStore(useApp().session, selector);
}

/** One value of Vis meg's player. */
export function usePlayer<T>(selector: (state: PlayerData & PlayerActions) => T): T {
  return useStore(useApp().player, selector);
}

/** The mode; null until read from the address in the browser. */
export function useMode(): ExerciseMode | null {
  return useStore(useApp().view, (s) => s.mode);
}
