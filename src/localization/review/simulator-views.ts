import { fromHtml } from 'hast-util-from-html';
import type { Root, RootContent } from 'hast';
import { createElement } from 'react';
import { prerender } from 'react-dom/static';
import type { Situations } from '../../schemas/situation.ts';
import {
  createSimulatorStore,
  memoryStorage,
  selectors as sel,
  type Scenario,
  type SimulatorStore,
} from '../../simulator/store/index.ts';
import { Simulator } from '../../simulator/ui/Simulator.tsx';

/**
 * Which simulator texts a reader sees where, for "Vis i simulatoren" on the review page. The simulator itself is
 * rendered at build time in each state a link can open, and the keys its elements carry (`data-i18n-key` for
 * shown text, `data-i18n-label` for an aria-label) are read from the HTML, so the answer follows the components
 * instead of a list kept by hand.
 *
 * The states a link can open are those `/simulator/?marker=` reproduces (SimulatorIsland and highlight.ts):
 * - the start (a marker without a situation starts over, as Tilbakestill does);
 * - each situation of the scenario, where the open dialog is modal: only what is inside it counts;
 * - each situation with the dialog closed again: highlight.ts closes it when the text lies behind it.
 */

export interface SimulatorView {
  /** The `situasjon` parameter of the link; undefined for the start. */
  situation?: string;
  /** The situation's title from situations.yaml (undefined for the start). */
  title?: string;
  /** The text lies behind the dialog, which the link closes first. */
  behindDialog: boolean;
}

/** What a link to the simulator shows for `key` in `view`: `/simulator/?situasjon=felt-last&marker=sim.ui.dialog.ok`. */
export function markerHref(key: string, view: SimulatorView): string {
  const params = new URLSearchParams();
  if (view.situation) params.set('situasjon', view.situation);
  params.set('marker', key);
  return `/simulator/?${params}`;
}

/** Renders the store's current state to HTML. */
async function renderNow(store: SimulatorStore): Promise<string> {
  // Server rendering reads a store's initial state (zustand's server snapshot); show the current one instead.
  const now: SimulatorStore = { ...store, getInitialState: store.getState };
  const { prelude } = await prerender(createElement(Simulator, { store: now, variant: 'full' }));
  return new Response(prelude).text();
}

/** The keys a reader can see in rendered HTML: not below `hidden`, and inside the open modal dialog if there is one. */
export function visibleKeys(html: string, dialogOpen: boolean): Set<string> {
  const tree = fromHtml(html, { fragment: true });
  const keys = new Set<string>();
  const visit = (node: Root | RootContent, inDialog: boolean) => {
    if (node.type !== 'root' && node.type !== 'element') return;
    const element = node.type === 'element' ? node : undefined;
    if (element?.properties.hidden !== undefined && element.properties.hidden !== false) return;
    const inside = inDialog || element?.tagName === 'dialog';
    if (element && (!dialogOpen || inside)) {
      for (const name of ['dataI18nKey', 'dataI18nLabel']) {
        const value = element.properties[name];
        if (typeof value === 'string') for (const key of value.split(/\s+/).filter(Boolean)) keys.add(key);
      }
    }
    for (const child of node.children) visit(child, inside);
  };
  visit(tree, false);
  return keys;
}

/**
 * For every simulator key a reader can see, the first state that shows it: the start, then the situations in
 * file order, then the situations with the dialog closed. Keys no state shows are absent.
 */
export async function simulatorViews(scenario: Scenario, situations: Situations): Promise<Map<string, SimulatorView>> {
  const make = () =>
    createSimulatorStore({
      scenario,
      situations,
      storageKey: 'erp-sim:review',
      storage: memoryStorage(),
      testDelayMs: 0,
    });
  const own = Object.values(situations).filter((s) => s.scenarioId === scenario.id);
  const states: Array<{ view: SimulatorView; store: SimulatorStore }> = [
    { view: { behindDialog: false }, store: make() },
  ];
  for (const behindDialog of [false, true]) {
    for (const situation of own) {
      const store = make();
      store.getState().startSituation(situation.id);
      if (behindDialog) {
        if (!sel.isDialogOpen(store.getState())) continue;
        store.getState().cancel();
      }
      states.push({ view: { situation: situation.id, title: situation.title, behindDialog }, store });
    }
  }
  const views = new Map<string, SimulatorView>();
  for (const { view, store } of states) {
    const html = await renderNow(store);
    for (const key of visibleKeys(html, sel.isDialogOpen(store.getState()))) if (!views.has(key)) views.set(key, view);
  }
  return views;
}
