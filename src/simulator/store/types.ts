import type { StoreApi } from 'zustand/vanilla';
import type { Lang } from '../../i18n/translate.ts';
import type {
  Command,
  Direction,
  FeatureId,
  Scenario,
  ScreenId,
  SimEvent,
  SimState,
  Situation,
  TabId,
  ToolId,
} from '../domain/index.ts';

/**
 * The language the simulator shows: a catalog language, or `pseudo`, the pseudo-locale made from the Norwegian
 * catalog in the browser (for translators checking layout and hard-coded text).
 */
export type SimLang = Lang | 'pseudo';

/** A domain event as logged by the store: stamped with when it happened and its place in the log. */
export type LoggedEvent = SimEvent & { at: number; seq: number };

/** The store's data. Everything the UI shows derives from this through selectors. */
export interface SimulatorData {
  /** The world this instance simulates; fixed for the store's life and never persisted. */
  scenario: Scenario;
  /** The simulation proper: connections, selection, dialog, notice. */
  sim: SimState;
  /** Language the simulator's texts are shown in. Default `nb`. */
  lang: SimLang;
  /** The latest events, oldest first, at most EVENT_LOG_LIMIT. Not persisted. */
  events: LoggedEvent[];
  /** The events of the latest command only: subscribe to this to react to what just happened. */
  lastEvents: LoggedEvent[];
}

/** What the UI can do. Each action is one command through the pure reducer, except setLang and startSituation. */
export interface SimulatorActions {
  /** Applies any command; returns its events (empty when nothing happened). */
  dispatch: (command: Command) => SimEvent[];
  /** An entry of the navigator. */
  navigate: (screen: ScreenId) => void;
  /** A tab of Tilbud/Sync. */
  selectTab: (tab: TabId) => void;
  selectConnection: (connectionId: string | null) => void;
  openDialog: () => void;
  openTool: (tool: ToolId) => void;
  /** Legg til under either list, or Angi synkroniseringsprioritet: opens its dialog. */
  openFeature: (feature: FeatureId) => void;
  /** Navn in the open dialog (the connection's, or the new Sync Connector's). */
  setName: (value: string) => void;
  /** URL of the new Sync Connector. */
  setUrl: (value: string) => void;
  /** Sync Connector in Angi ny ERP-kobling. */
  chooseConnector: (connectorId: string) => void;
  setDescription: (value: string) => void;
  setVisibilityMode: (mode: 'all' | 'selected') => void;
  toggleVisibilityMember: (kind: 'user' | 'group', id: string) => void;
  setActive: (value: boolean) => void;
  setField: (key: string, value: string) => void;
  /** An actor's tab in Tilordninger, Standardverdier or Ranger felt. */
  selectActor: (actor: string) => void;
  setActorSync: (actor: string, value: boolean) => void;
  setCrmField: (actor: string, field: string, crm: string | null) => void;
  setDirection: (actor: string, field: string, direction: Direction | null) => void;
  setFieldFlag: (actor: string, field: string, flag: 'search' | 'erpTab', value: boolean) => void;
  /** The list chosen in Listetilordning. */
  selectList: (list: string) => void;
  setListItem: (list: string, item: string, crm: string | null) => void;
  /** Legg til in Standardverdier, and the choices of Legg til standardverdi for synkronisering. */
  addDefault: () => void;
  setDefaultField: (field: string) => void;
  setDefaultOption: (option: 'fixed' | 'ask' | 'required', value: boolean) => void;
  setDefaultValue: (value: string) => void;
  removeDefault: (field: string) => void;
  /** A row in Ranger felt or Angi synkroniseringsprioritet, and Pil opp / Pil ned. */
  selectItem: (id: string) => void;
  moveItem: (direction: 'up' | 'down') => void;
  /** Starts the test; the store finishes it after `testDelayMs`. */
  runTest: () => void;
  ok: () => void;
  /** Avbryt and Esc. */
  cancel: () => void;
  /** Tilbakestill: back to the start (the base situation, else the scenario's start). */
  reset: () => void;
  dismissNotice: () => void;
  setLang: (lang: SimLang) => void;
  /**
   * Replaces the simulation with a named situation (a deep link). Returns false, with a notice and the
   * scenario's start, if the situation is unknown or cannot be applied.
   */
  startSituation: (id: string) => boolean;
}

export type SimulatorState = SimulatorData & SimulatorActions;

/** The string storage the store persists to: localStorage in the browser, a Map-backed object in tests. */
export type SyncStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface SimulatorStoreOptions {
  scenario: Scenario;
  /** Situations by id, for `startSituation` and `initialSituation`. Default none. */
  situations?: Readonly<Record<string, Situation>>;
  /** localStorage key; give each island that must keep its own state its own key. */
  storageKey: string;
  /** Default `globalThis.localStorage` when there is one; without storage nothing is persisted. */
  storage?: SyncStorage;
  /** The busy time of Test ERP-tilkobling in ms. Default 600. With 0 the test finishes synchronously. */
  testDelayMs?: number;
  /** Clock for event stamps. Default `Date.now`. */
  now?: () => number;
  /** A situation to start in instead of the stored state (the `?situasjon=` deep link). */
  initialSituation?: string;
  /**
   * The situation this simulator starts in before anything is stored, and returns to on Tilbakestill (a page's
   * own starting screen, `<SimulatorEmbed start="…">`). Stored state still replaces it. Default the scenario's start.
   */
  baseSituation?: string;
  /** Language when nothing is stored. Default `nb`. */
  lang?: SimLang;
  /**
   * Do not read storage while creating the store; call `store.persist.rehydrate()` later. For islands that are
   * rendered on the server, so the first client render matches the server's HTML. Default false.
   */
  skipHydration?: boolean;
}

/** The store an island holds: a vanilla Zustand store with the persist API. */
export type SimulatorStore = StoreApi<SimulatorState> & {
  persist: {
    rehydrate: () => Promise<void>;
    hasHydrated: () => boolean;
    clearStorage: () => void;
    onFinishHydration: (listener: (state: SimulatorState) => void) => () => void;
  };
};
