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
          setUrl: (value) => void dispatch({ type: 'setUrl', value }),
          chooseConnector: (connectorId) => void dispatch({ type: 'chooseConnector', connectorId }),
          setDescription: (value) => void dispatch({ type: 'setDescription', value }),
          setVisibilityMode: (mode) => void dispatch({ type: 'setVisibilityMode', mode }),
          toggleVisibilityMember: (kind, id) => void dispatch({ type: 'toggleVisibilityMember', kind, id }),
          setActive: (value) => void dispatch({ type: 'setActive', value }),
          setField: (key, value) => void dispatch({ type: 'setField', key, value }),
          selectActor: (actor) => void dispatch({ type: 'selectActor', actor }),
          setActorSync: (actor, value) => void dispatch({ type: 'setActorSync', actor, value }),
          setCrmField: (actor, field, crm) => void dispatch({ type: 'setCrmField', actor, field, crm }),
          setDirection: (actor, field, direction) => void dispatch({ type: 'setDirection', actor, field, direction }),
          setFieldFlag: (actor, field, flag, value) =>
            void dispatch({ type: 'setFieldFlag', actor, field, flag, value }),
          selectList: (list) => void dispatch({ type: 'selectList', list }),
          setListItem: (list, item, crm) => void dispatch({ type: 'setListItem', list, item, crm }),
          addDefault: () => void dispatch({ type: 'addDefault' }),
          setDefaultField: (field) => void dispatch({ type: 'setDefaultField', field }),
          setDefaultOption: (option, value) => void dispatch({ type: 'setDefaultOption', option, value }),
          setDefaultValue: (value) => void dispatch({ type: 'setDefaultValue', value }),
          removeDefault: (field) => void dispatch({ type: 'removeDefault', field }),
          selectItem: (id) => void dispatch({ type: 'selectItem', id }),
          moveItem: (direction) => void dispatch({ type: 'moveItem', direction }),
          runTest: () => void dispatch({ type: 'runTest' }),
          ok: () => void dispatch({ type: 'ok' }),
          cancel: () => void dispatch({ type: 'cancel' }),
          reset: () => {
            dispatch({ type: 'reset' });
            const base = options.baseSituation ? situationState(options.baseSituation) : undefined;
            if (base) set({ sim: base });
          },
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
          sim: (options.baseSituation ? situationState(options.baseSituation) : undefined) ?? initialState(scenario),
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
    const dialog = store.getState().sim.dialog;
    const test = dialog?.kind === 'edit' || dialog?.kind === 'add' ? dialog.test : undefined;
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
