import type { Connection, Scenario } from './types.ts';
import type { TestFailure } from './connection-test.ts';
import { START_VIEW, type View } from './navigation.ts';

/**
 * The dialog's working copy. Visibility members are kept while the mode is Alle, so switching back to
 * Angitte brukere + grupper does not lose the picks; they are dropped only when the draft is saved.
 */
export interface Draft {
  name: string;
  active: boolean;
  visibility: { mode: 'all' | 'selected'; userIds: string[]; groupIds: string[] };
  config: Record<string, string>;
  description: string;
}

/**
 * The state of Test ERP-tilkobling. A running test holds the configuration it was started with, so the result
 * belongs to that configuration even if the user edits on while it runs.
 */
export type TestRun =
  | { status: 'idle' }
  | { status: 'running'; token: number; config: Record<string, string> }
  | { status: 'passed'; snapshot: string }
  | { status: 'failed'; snapshot: string; failure: TestFailure };

/** The open Konfigurer ERP-kobling dialog. */
export interface DialogState {
  connectionId: string;
  draft: Draft;
  /** Idle until the first test in this dialog; until then the saved configuration counts as tested. */
  test: TestRun;
}

/** A message for the user above the simulator: a catalog key, its parameters, and where to read more. */
export interface Notice {
  key: string;
  params?: Record<string, string>;
  href?: string;
  tone: 'info' | 'warning';
  /** Machine-readable cause, for tests and diagnostics; never shown. */
  detail?: string;
}

/** Everything the user can change; the scenario itself never changes. */
export interface SimState {
  scenarioId: string;
  /** The navigator entry and Tilbud/Sync tab shown. */
  view: View;
  connections: Connection[];
  selectedId: string | null;
  dialog: DialogState | null;
  notice: Notice | null;
  /** Next test token; a counter in state keeps the reducer pure and replays identical. */
  nextToken: number;
}

/** What the reducer and rules read besides the state. */
export interface SimContext {
  scenario: Scenario;
}

/** The state a scenario starts in: the navigator on its first entry, its connections, nothing selected, no dialog. */
export function initialState(scenario: Scenario): SimState {
  return {
    scenarioId: scenario.id,
    view: START_VIEW,
    connections: scenario.connections,
    selectedId: null,
    dialog: null,
    notice: null,
    nextToken: 1,
  };
}
