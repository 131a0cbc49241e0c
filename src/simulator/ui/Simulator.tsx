import { useId, useMemo, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { selectors as sel, type SimulatorStore } from '../store/index.ts';
import { AdminWindow } from './AdminWindow.tsx';
import { IslandContext, TranslateContext, type Island } from './context.ts';
import { useCatalog } from './i18n.ts';
import { Notice } from './Notice.tsx';
import { Toolbar } from './Toolbar.tsx';
import './simulator.css';

export interface SimulatorProps {
  store: SimulatorStore;
  /** `embedded` sits under an h3 in a page; `full` is the /simulator/ page under its h1. */
  variant: 'embedded' | 'full';
  /** Tilbud/Sync's icon. */
  barcodeIcon?: ReactNode;
  /** Shown at the top of the innermost open dialog (see Island.dialogSlot). Default nothing. */
  dialogSlot?: ReactNode;
  /**
   * False while the island is hydrating and reading its stored place: the controls are shown but inert, so a
   * click made before then is not silently lost or overwritten by the stored state. Default true.
   */
  ready?: boolean;
}

/** The simulator over a given store: the toolbar, the store's notice and the simulated window. */
export function Simulator({ store, variant, barcodeIcon, dialogSlot, ready = true }: SimulatorProps) {
  const idPrefix = `sim${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const island = useMemo<Island>(
    () => ({ store, headingLevel: variant === 'full' ? 2 : 4, idPrefix, barcodeIcon, dialogSlot }),
    [store, variant, idPrefix, barcodeIcon, dialogSlot],
  );
  const { shown, t } = useCatalog(useStore(store, sel.lang));
  return (
    <IslandContext value={island}>
      <TranslateContext value={t}>
        <div
          className={`sim sim-${variant}`}
          lang={shown === 'en' ? 'en' : undefined}
          inert={!ready}
          aria-busy={!ready || undefined}
        >
          <Toolbar />
          <Notice />
          <AdminWindow />
        </div>
      </TranslateContext>
    </IslandContext>
  );
}
