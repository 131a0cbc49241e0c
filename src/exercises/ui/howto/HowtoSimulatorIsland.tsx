import { useEffect } from 'react';
import { Simulator } from '../../../simulator/ui/Simulator.tsx';
import { useSimulatorIsland, type SimulatorIslandProps } from '../../../simulator/ui/SimulatorIsland.tsx';
import { followPage, type HowtoFollow } from './follow-page.ts';

export interface HowtoSimulatorIslandProps extends SimulatorIslandProps {
  /** The page's numbered steps and their checks (content/exercises/howto-steps.yaml), on the page they map. */
  howto?: HowtoFollow;
}

/**
 * A page's simulator: the simulator island, and on the page the howto map is about, the steps under its «Trinn»
 * heading marked done as the reader performs them in it.
 */
export default function HowtoSimulatorIsland({ howto, barcodeIcon, ...props }: HowtoSimulatorIslandProps) {
  const { store, ready } = useSimulatorIsland(props);
  useEffect(() => (howto ? followPage(store, howto) : undefined), [store, howto]);
  return <Simulator store={store} variant={props.variant} barcodeIcon={barcodeIcon} ready={ready} />;
}
