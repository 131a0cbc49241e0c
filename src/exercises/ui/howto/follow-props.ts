import type { HowtoMap } from '../../engine/howto.ts';

/**
 * What a howto page's simulator needs to mark the page's steps: the map of steps to checks
 * (content/exercises/howto-steps.yaml) and the word screen readers hear for a done step, from the catalog at
 * build time, so the chunk that marks the steps carries no catalog.
 */
export interface HowtoFollow {
  map: HowtoMap;
  doneLabel: string;
}
