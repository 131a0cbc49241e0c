/**
 * Where the user is in Innstillinger og vedlikehold: the navigator entry and, on Tilbud/Sync, the tab. Step 1 of
 * the page ("velg Tilbud/Sync i navigatoren og gå til fanen Sync") is a move through this state, so it lives in
 * the simulation (stored, replayed, checked by exercises) and not in a component.
 */

/** Entries of the navigator, in display order. Only Tilbud/Sync is simulated; the others say so. */
export const SCREENS = ['brukere', 'lister', 'preferanser', 'tilbud-sync', 'sikkerhet'] as const;
export type ScreenId = (typeof SCREENS)[number];

/** Tabs of the Tilbud/Sync screen, in display order. */
export const TABS = ['tilbud', 'sync'] as const;
export type TabId = (typeof TABS)[number];

/** The navigator entry shown and the Tilbud/Sync tab (kept while another entry is shown, as the real client does). */
export interface View {
  screen: ScreenId;
  tab: TabId;
}

/** Where the admin client opens: not on Tilbud/Sync, so the reader performs step 1 themselves. */
export const START_VIEW: View = { screen: 'brukere', tab: 'tilbud' };

/** The Sync tab of Tilbud/Sync: where the connection list, its buttons and the edit dialog live. */
export const SYNC_VIEW: View = { screen: 'tilbud-sync', tab: 'sync' };

export function isSyncView(view: View): boolean {
  return view.screen === SYNC_VIEW.screen && view.tab === SYNC_VIEW.tab;
}

/**
 * Buttons of the Sync tab that open a dialog and need no selected connection: Legg til under Sync Connectors,
 * Legg til under ERP-koblinger (Angi ny ERP-kobling), Angi synkroniseringsprioritet.
 */
export const FEATURES = ['ny-sync-connector', 'ny-erp-kobling', 'synkroniseringsprioritet'] as const;
export type FeatureId = (typeof FEATURES)[number];
