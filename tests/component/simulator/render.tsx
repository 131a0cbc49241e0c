import { act, render, screen, within } from '@testing-library/react';
import { createSimulatorStore, memoryStorage, type SimulatorStoreOptions } from '../../../src/simulator/store/index.ts';
import { Simulator } from '../../../src/simulator/ui/Simulator.tsx';
import { situations, standard } from '../../unit/simulator/scenario-helpers.ts';

/** A store on the real standard scenario, in memory, with an instant test unless options say otherwise. */
export function makeStore(options: Partial<SimulatorStoreOptions> = {}) {
  return createSimulatorStore({
    scenario: standard,
    situations,
    storageKey: 'erp-sim:component',
    storage: memoryStorage(),
    testDelayMs: 0,
    ...options,
  });
}

/** The simulator rendered over a store the test holds, so it can drive and inspect both sides. */
export function renderSimulator(
  options: Partial<SimulatorStoreOptions> = {},
  variant: 'embedded' | 'full' = 'embedded',
) {
  const store = makeStore(options);
  const view = render(<Simulator store={store} variant={variant} />);
  return { store, view, get: () => store.getState() };
}

/** Konfigurer ERP-kobling, once it has opened. */
export async function findDialog() {
  return screen.findByRole('dialog', { name: 'Konfigurer ERP-kobling' });
}

/** Steps 1 and 2 of the page, done through the store: the dialog open on `connectionId`. */
export async function openDialogOn(store: ReturnType<typeof makeStore>, connectionId = 'nordlys-oslo') {
  act(() => {
    store.getState().selectConnection(connectionId);
    store.getState().openDialog();
  });
  return within(await findDialog());
}

/** Types of the latest command's events. */
export const lastTypes = (store: ReturnType<typeof makeStore>) => store.getState().lastEvents.map((e) => e.type);
