import { initialState } from '../../../simulator/domain/index.ts';
import type { SimulatorStore } from '../../../simulator/store/index.ts';
import { followHowto, howtoStepsDone, startHowto, type HowtoMap } from '../../engine/howto.ts';
import { markSteps, stepItems } from './step-items.ts';
import './howto-follow.css';

/**
 * What a howto page's simulator needs to mark the page's steps: the map of steps to checks
 * (content/exercises/howto-steps.yaml) and the word screen readers hear for a done step, from the catalog at
 * build time, so the island carries no exercise catalog.
 */
export interface HowtoFollow {
  map: HowtoMap;
  doneLabel: string;
}

/**
 * The howto page follows its reader: every command in the page's simulator is observed with the engine's howto
 * map, and the page's own steps are marked as they are done. Returns a function that stops following and clears
 * the marks.
 */
export function followPage(
  store: SimulatorStore,
  { map, doneLabel }: HowtoFollow,
  root: Document = document,
): () => void {
  const items = stepItems(root);
  if (items.size === 0) return () => undefined;
  const { scenario, sim } = store.getState();
  // The page's simulator starts from the scenario; the map's checks compare with that start.
  const world = { scenario, state: initialState(scenario) };
  let progress = followHowto(startHowto(map), map, world, { state: sim, events: [] });
  const show = () => markSteps(items, new Set(howtoStepsDone(progress, map)), doneLabel);
  show();
  const unsubscribe = store.subscribe((now, before) => {
    const events = now.lastEvents !== before.lastEvents ? now.lastEvents : [];
    // Stored state arriving after hydration changes `sim` without events: state checks may hold now.
    if (events.length === 0 && now.sim === before.sim) return;
    progress = followHowto(progress, map, world, { state: now.sim, events });
    show();
  });
  return () => {
    unsubscribe();
    markSteps(items, new Set(), '');
  };
}
