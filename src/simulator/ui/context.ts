import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { Translate } from '../../i18n/translate.ts';
import type { SimulatorActions, SimulatorState, SimulatorStore } from '../store/index.ts';

/** What every component of one island shares: its own store (islands never share one) and layout facts. */
export interface Island {
  store: SimulatorStore;
  /** Level of the dialogs' titles: one below the heading the island sits under. */
  headingLevel: 2 | 3 | 4;
  /** A prefix for element ids, unique per island. */
  idPrefix: string;
  /** Tilbud/Sync's barcode icon, rendered on the server and passed in as a slot (no icon code in the bundle). */
  barcodeIcon: ReactNode;
  /**
   * Rendered at the top of the innermost open dialog: a modal dialog makes the rest of the page inert, so a layer
   * around the simulator (the exercises' coaching) puts what the learner must reach while it is open here.
   */
  dialogSlot?: ReactNode;
}

export const IslandContext = createContext<Island | null>(null);
/** Changes only with the language, so a keystroke never re-renders through it. */
export const TranslateContext = createContext<Translate>((key) => key);

export function useIsland(): Island {
  const island = useContext(IslandContext);
  if (!island) throw new Error('Simulator components must be rendered inside SimulatorIsland.');
  return island;
}

/** One value of the store through one selector; the component re-renders only when that value changes. */
export function useSim<T>(selector: (state: SimulatorState) => T): T {
  return useStore(useIsland().store, selector);
}

/** A selector made per key (a field's value, lock or error), kept stable across renders. */
export function useSimFor<T>(make: (key: string) => (state: SimulatorState) => T, key: string): T {
  const selector = useMemo(() => make(key), [make, key]);
  return useSim(selector);
}

/** The store's actions. They never change, so reading them does not subscribe. */
export function useActions(): SimulatorActions {
  return useIsland().store.getState();
}

export function useT(): Translate {
  return useContext(TranslateContext);
}

/** An element id unique to this island: `sim-3-name`. */
export function useIds(): (name: string) => string {
  const { idPrefix } = useIsland();
  return (name) => `${idPrefix}-${name}`;
}
