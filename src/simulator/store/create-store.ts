import { persist } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import type { Command, Result, SimState } from '../domain/index.ts';
// The list's modules directly, not the domain's index: see selectors.ts.
import { reduceShell } from '../domain/shell-reducer.ts';
import { initialState } from '../domain/state.ts';
import { loadedDialogDomain } from './dialog-loading.ts';
import { dialogQueue } from './dialog-queue.ts';
import { appendEvents } from './event-log.ts';
import { defaultStorage, persistOptions } from './persistence.ts';
import type {
  SimulatorActions,
  SimulatorData,
  SimulatorState,
  SimulatorStore,
  SimulatorStoreOptions,
} from './types.ts';

/**
 * Creates one simulator. Each embedded island calls this for a store of its own (a module-level instance would
 * make two islands on a page share a dialog). The store only sequences: every decision is the domain's
 * reducer, and every enabled or dimmed control is a selector over a rule.
 *
 * Test timing: `runTest` starts the test, and the store sends `finishTest` after `testDelayMs`. With
 * `testDelayMs: 0` the finish is dispatched synchronously inside the same call, so tests can assert right after
 * `runTest()`; use fake timers to observe the running state.
 *
 * The dialog's domain is downloaded on first need (dialog-loading.ts). Until it is there, the store runs the
 * commands around the dialog with the list's part of the reducer, and a command only the complete reducer can
 * decide waits for the download, with every command after it (dialog-queue.ts). The UI cannot send such a
 * command early (the dialog renders only once its domain is loaded); a script can. Once loaded, every command
 * runs through the complete `reduce`. Tests preload it with `preloadDialogDomain` to have every command at once.
 */
export function createSimulatorStore(options: SimulatorStoreOptions): SimulatorStore {
  const { scenario, situations = {}, storageKey, testDelayMs = 600, now = Date.now } = options;
  const ctx = { scenario };
  let pending: { token: number; handle: ReturnType<typeof setTimeout> } | undefined;
  let recovered = false;
  const queue = dialogQueue();

  const initial: SimulatorData = {
    scenario,
    sim: initialState(scenario),
    lang: options.lang ?? 'nb',
    events: [],
    lastEvents: [],
  };

  const store = createStore<SimulatorState>()(
    persist(
      (set, get) => {
        const replaceSim = (sim: SimState) => set({ sim, events: [], lastEvents: [] });
        const commit = (result: Result) => {
          const { sim, events } = get();
          if (result.state !== sim || result.events.length)
            set({ sim: result.state, ...appendEvents(events, result.events, now()) });
          syncTimer();
          return result.events;
        };
        const dispatch = (command: Command) => {
          // Nothing overtakes what waits for the dialog's domain.
          if (!queue.waiting()) {
            const domain = loadedDialogDomain();
            const result = domain ? domain.reduce(get().sim, command, ctx) : reduceShell(get().sim, command, ctx);
            if (result) return commit(result);
          }
          queue.whenDomain({ run: (loaded) => void commit(loaded.reduce(get().sim, command, ctx)) });
          return [];
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
          startSituation: (id) =>
            new Promise<boolean>((resolve) => {
              // A deep link to a situation that is gone (or broken, or cannot be downloaded) shows the start, and says so.
              const fallBack = () => {
                replaceSim({
                  ...initialState(scenario),
                  notice: { key: 'sim.notice.unknownSituation', params: { id }, tone: 'warning' },
                });
                syncTimer();
                resolve(false);
              };
              // Situations replay the dialog's commands, so they need its domain: at once when it is loaded.
              queue.whenDomain({
                run: (domain) => {
                  const situation = situations[id];
                  try {
                    if (!situation) throw new Error(`unknown situation ${id}`);
                    replaceSim(domain.applySituation(scenario, situation));
                  } catch {
                    return fallBack();
                  }
                  syncTimer();
                  resolve(true);
                },
                fail: fallBack,
              });
            }),
        };
        return { ...initial, ...actions };
      },
      {
        ...persistOptions(scenario, storageKey, options.storage ?? defaultStorage(), () => (recovered = true)),
        skipHydration: options.skipHydration ?? false,
      },
    ),
  ) as SimulatorStore;

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
    if (first && options.initialSituation) void store.getState().startSituation(options.initialSituation);
    first = false;
    syncTimer();
  }
  store.persist.onFinishHydration(afterHydration);
  if (store.persist.hasHydrated()) afterHydration();
  return store;
}
