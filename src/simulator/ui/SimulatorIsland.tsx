import { useEffect, useState, type ReactNode } from 'react';
import {
  createSimulatorStore,
  selectors as sel,
  type Scenario,
  type Situation,
  type SimulatorStore,
} from '../store/index.ts';
import { Simulator } from './Simulator.tsx';

export interface SimulatorIslandProps {
  /** The world to simulate (build-time data from content/scenarios, validated there). */
  scenario: Scenario;
  /** Named starting states, for `?situasjon=` on the full page. */
  situations: Readonly<Record<string, Situation>>;
  /** localStorage key: each island that keeps its own place has its own. */
  storageKey: string;
  /** `embedded` sits under an h3 in a page; `full` is the /simulator/ page under its h1 and reads `?situasjon=`. */
  variant: 'embedded' | 'full';
  /** Busy time of Test ERP-tilkobling in ms. Default the store's (600). */
  testDelayMs?: number;
  /** A situation (in `situations`) to start in before anything is stored: the page's own screen. */
  start?: string;
  /** Slot `barcode-icon`: the Phosphor barcode as server-rendered SVG, so no icon code ships in the bundle. */
  barcodeIcon?: ReactNode;
}

/** The name of the deep-link parameter of the troubleshooting pages' "Prøv i simulatoren" links. */
export const SITUATION_PARAM = 'situasjon';
/** The review page's "Vis i simulatoren": the catalog key whose element to mark (see highlight.ts). */
export const MARKER_PARAM = 'marker';

/** Marks the element of `key`, with code downloaded only now: readers without the parameter never load it. */
function mark(store: SimulatorStore, key: string): void {
  const root = document.querySelector<HTMLElement>('.sim-full');
  if (!root) return;
  const options = {
    root,
    isDialogOpen: () => sel.isDialogOpen(store.getState()),
    closeDialog: () => store.getState().cancel(),
  };
  import('./highlight.ts').then(
    (m) => m.highlight(key, options),
    () => undefined,
  );
}

/**
 * An island's own store, and whether it is ready. The store skips hydration so the first client render is exactly
 * the server's HTML; stored state (and on the full page the deep link) is applied in an effect right after, and
 * only then is the island `ready`. For islands that compose the simulator with more (the howto page's).
 */
export function useSimulatorIsland({
  scenario,
  situations,
  storageKey,
  variant,
  testDelayMs,
  start,
}: Omit<SimulatorIslandProps, 'barcodeIcon'>): { store: SimulatorStore; ready: boolean } {
  const [store] = useState(() =>
    createSimulatorStore({
      scenario,
      situations,
      storageKey,
      testDelayMs,
      skipHydration: true,
      ...(start ? { baseSituation: start } : {}),
    }),
  );
  // The server's HTML and the first client render are not ready; the reader's stored place (and a deep link) are.
  const [ready, setReady] = useState(false);

  useEffect(() => {
    const params = new URLSearchParams(variant === 'full' ? location.search : '');
    const situation = params.get(SITUATION_PARAM);
    const marker = params.get(MARKER_PARAM);
    let live = true;
    void store.persist.rehydrate().then(() => {
      if (!live) return;
      // The deep link's situation is in place before the controls come alive, so a click is never overwritten by it.
      if (situation) store.getState().startSituation(situation);
      // A marker without a situation means the start, where the review page found the text (build time).
      else if (marker) store.getState().reset();
      setReady(true);
      if (!situation && !marker) return;
      if (marker) mark(store, marker);
      // Applied once; without the parameters a reload keeps the reader's place instead of starting over.
      const url = new URL(location.href);
      url.searchParams.delete(SITUATION_PARAM);
      url.searchParams.delete(MARKER_PARAM);
      history.replaceState(history.state, '', url);
    });
    return () => {
      live = false;
    };
  }, [store, variant]);

  return { store, ready };
}

/** The Astro island: small serialisable props in, one store per island instance. */
export default function SimulatorIsland({ barcodeIcon, ...props }: SimulatorIslandProps) {
  const { store, ready } = useSimulatorIsland(props);
  return <Simulator store={store} variant={props.variant} barcodeIcon={barcodeIcon} ready={ready} />;
}
