import { persist } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import { applySituation, initialState, reduce, type Command, type SimState } from '../domain/index.ts';
import { appendEvents } from './event-log.ts';
import { defaultStorage, persistOptions } from './persistence.ts';
import type { SimulatorActions, SimulatorState, SimulatorStore, SimulatorStoreOptions } from './types.ts';

/**
 * Creates one simulator. Each embedded island calls this for a store of its own (a module-level instance would
 * make two islands on a page share a dialog). The store only sequences: every decision is the domain's
 * reducer, and every enabled or dimmed control is a selector over a rule.
 *
 * Test timing: `runTest` starts the test, and the store sends `finishTest` after `testDelayMs`. With
 * `testDelayMs: 0` the finish is dispatched synchronously inside the same call, so tests can assert right after
 * `runTest()`; use fake timers to observe the running state.
 */
export function createSimulatorStore(options: SimulatorStoreOptions): SimulatorStore {
  const { scenario, situations = {}, storageKey, testDelayMs = 600, now = Date.now } = options;
  const ctx = { scenario };
  let pending: { token: number; handle: ReturnType<typeof setTimeout> } | undefined;
  let recovered = false;

  /** A situation's state, or undefined when there is no such situation or it cannot be applied. */
  const situationState = (id: string): SimState | undefined => {
    const situation = situations[id];
    if (!situation) return undefined;
    try {
      return applySituation(scenario, situation);
    } catch {
      return undefined;
    }
  };

  const store = createStore<SimulatorState>()(
    persist(
      (set, get) => {
        const dispatch = (command: Command) => {
          const { sim, events } = get();
          const result = reduce(sim, command, ctx);
          if (result.state !== sim || result.events.length)
            set({ sim: result.state, ...appendEvents(events, result.events, now()) });
          syncTimer();
          return result.events;
        };
        const actions: SimulatorActions = {
          dispatch,
          navigate: (screen) => void dispatch({ type: 'navigate', screen }),
          selectTab: (tab) => void dispatch({ type: 'selectTab', tab }),
          selectConnection: (connectionId) => void dispatch({ type: 'selectConnection', connectionId }),
          openDialog: () => void dispatch({ type: 'openDialog' }),
          openTool: (tool) => void dispatch({ type: 'openTool', tool }),
          openFeature: (feature) => void dispatch({ type: 'openFeature', feature }),
          setName: (value) => void dispatch({ type: 'setName', value }),
          setDescription: (value) => void dispatch({ type: 'setDescription', value }),
          setVisibilityMode: (mode) => void dispatch({ type: 'setVisibilityMode', mode }),
          toggleVisibilityMember: (kind, id) => void dispatch({ type: 'toggleVisibilityMember', kind, id }),
          setActive: (value) => void dispatch({ type: 'setActive', value }),
          setField: (key, value) => void dispatch({ type: 'setField', key, value }),
          runTest: () => void dispatch({ type: 'runTest' }),
          ok: () => void dispatch({ type: 'ok' }),
          cancel: () => void dispatch({ type: 'cancel' }),
          reset: () => void dispatch({ type: 'reset' }),
          dismissNotice: () => void dispatch({ type: 'dismissNotice' }),
          setLang: (lang) => set({ lang }),
          startSituation: (id) => {
            const sim = situationState(id);
            // A deep link to a situation that is gone (or broken) shows the start, and says so.
            const notice = { key: 'sim.notice.unknownSituation', params: { id }, tone: 'warning' as const };
            set({ sim: sim ?? { ...initialState(scenario), notice }, events: [], lastEvents: [] });
            syncTimer();
            return sim !== undefined;
          },
        };
        return {
          scenario,
          sim: initialState(scenario),
          lang: options.lang ?? 'nb',
          events: [],
          lastEvents: [],
          ...actions,
        };
      },
      {
        ...persistOptions(scenario, storageKey, options.storage ?? defaultStorage(), () => (recovered = true)),
        skipHydration: options.skipHydration ?? false,
      },
    ),
  );

  /** Keeps exactly one timer for the running test, whatever started, restarted, cancelled or restored it. */
  function syncTimer(): void {
    const test = store.getState().sim.dialog?.test;
    const token = test?.status === 'running' ? test.token : undefined;
    if (pending && pending.token === token) return;
    if (pending) clearTimeout(pending.handle);
    pending = undefined;
    if (token === undefined) return;
    if (testDelayMs <= 0) return void store.getState().dispatch({ type: 'finishTest', token });
    pending = {
      token,
      handle: setTimeout(
        () => ((pending = undefined), store.getState().dispatch({ type: 'finishTest', token })),
        testDelayMs,
      ),
    };
  }

  let first = true;
  function afterHydration(): void {
    // Write the fallback now, so a corrupt value is not met (and reported) again on every reload.
    if (recovered) store.setState({});
    recovered = false;
    if (first && options.initialSituation) store.getState().startSituation(options.initialSituation);
    first = false;
    syncTimer();
  }
  store.persist.onFinishHydration(afterHydration);
  if (store.persist.hasHydrated()) afterHydration();
  return store;
}
