import { useEffect, useState, type ReactNode } from 'react';
import { createSimulatorStore, type Scenario, type Situation } from '../store/index.ts';
import { Simulator } from './Simulator.tsx';
import './simulator.css';

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
  /** Slot `barcode-icon`: the Phosphor barcode as server-rendered SVG, so no icon code ships in the bundle. */
  barcodeIcon?: ReactNode;
}

/** The name of the deep-link parameter of the troubleshooting pages' "Prøv i simulatoren" links. */
export const SITUATION_PARAM = 'situasjon';

/**
 * The Astro island: small serialisable props in, one store per island instance. The store skips hydration so
 * the first client render is exactly the server's HTML; stored state (and on the full page the deep link) is
 * applied in an effect right after.
 */
export default function SimulatorIsland({ scenario, situations, storageKey, variant, testDelayMs, barcodeIcon }: SimulatorIslandProps) {
  const [store] = useState(() => createSimulatorStore({ scenario, situations, storageKey, testDelayMs, skipHydration: true }));

  useEffect(() => {
    const situation = variant === 'full' ? new URLSearchParams(location.search).get(SITUATION_PARAM) : null;
    let live = true;
    void store.persist.rehydrate().then(() => {
      if (!live || !situation) return;
      store.getState().startSituation(situation);
      // Applied once; without the parameter a reload keeps the reader's place instead of starting over.
      const url = new URL(location.href);
      url.searchParams.delete(SITUATION_PARAM);
      history.replaceState(history.state, '', url);
    });
    return () => {
      live = false;
    };
  }, [store, variant]);

  return <Simulator store={store} variant={variant} barcodeIcon={barcodeIcon} />;
}
