import type {
  Command,
  ErpFault,
  RuleId,
  ScreenId,
  SimEventType,
  TabId,
  TestStatus,
} from '../../simulator/domain/index.ts';
import type { UiTarget } from './ui-targets.ts';

/**
 * An exercise as data: what content/exercises/<id>.yaml holds once validated (src/schemas/exercise.ts). The
 * engine reads only this shape, so an exercise needs no code.
 */

export const LEVELS = ['nybegynner', 'middels', 'viderekommen'] as const;

/** The pass mark of an exercise without `mastery`: four out of five steps without a mistake. */
export const DEFAULT_MASTERY = 80;
export type Level = (typeof LEVELS)[number];

/**
 * A value to compare with what the simulator holds. Text compares as the simulator saves it (spaces at either
 * end ignored); `changed` compares with the same value at the exercise's start.
 */
export type Match =
  | string
  | boolean
  | { equals: string }
  | { notEquals: string }
  | { matches: string; ignoreCase?: boolean }
  | { changed: boolean };

/** Members of Angitte brukere + grupper. A list given must match exactly (order aside); a list left out is not checked. */
export interface MembersCheck {
  users?: string[];
  groups?: string[];
}

/** What a connection (in the dialog, or in the list) should look like. Everything is optional. */
export interface ValuesCheck {
  name?: Match;
  description?: Match;
  active?: boolean;
  visibility?: 'all' | 'selected';
  members?: MembersCheck;
  /** Configuration field key to the value it should have. */
  config?: Record<string, Match>;
}

/** The test line under Test ERP-tilkobling, as the dialog shows it (the domain's `testStatusOf`). */
export { TEST_STATUSES } from '../../simulator/domain/index.ts';

/** A declarative completion check. Each object has exactly one kind key (view, selected, dialog, ...). */
export type Check =
  /** The navigator entry and/or Tilbud/Sync tab shown. */
  | { view: { screen?: ScreenId; tab?: TabId } }
  /** The row selected in ERP-koblinger (null: none). */
  | { selected: string | null }
  /** Konfigurer ERP-kobling is open (optionally for one connection) or closed. */
  | { dialog: 'open' | 'closed'; connection?: string }
  /** The open dialog's working copy; false while no dialog is open. */
  | { draft: ValuesCheck & { connection?: string } }
  /** The test status in the open dialog; false while no dialog is open. */
  | { test: TestStatus }
  /** An event of this type happened since the step began, with these properties. */
  | { event: SimEventType; where?: Record<string, Match> }
  /** OK saved this connection since the step began, and the list now shows it like this. */
  | { saved: ValuesCheck & { connection: string } }
  /** The list shows the connection like this now, whenever it was saved. */
  | { listed: ValuesCheck & { connection: string } }
  /** A gating rule of the simulator holds (or, with `holds: false`, does not). */
  | { rule: RuleId; holds?: boolean }
  | { all: Check[] }
  | { any: Check[] }
  | { not: Check };

/** A command the exercise performs (start, Vis meg). Tests finish at once; Tilbakestill is not allowed. */
export type DemoCommand = Exclude<Command, { type: 'finishTest' } | { type: 'reset' }>;

/** A control to outline, chosen by the first `when` that holds (a choice without `when` always holds). */
export interface TargetChoice {
  target: UiTarget;
  when?: Check;
}

export interface ExerciseStep {
  /** Stable id, unique in the exercise: results and the class table refer to it. */
  id: string;
  /** Short Norwegian label for tables and handouts. */
  title: string;
  /** Norwegian instruction; **bold** for UI labels, as the pages write them. */
  instruction: string;
  check: Check;
  /** One or more Norwegian hints, shown one at a time on request in Veiledet. */
  hints: string[];
  /** The control Veiledet outlines: one target, or choices by state. */
  target: UiTarget | TargetChoice[];
  /** What Vis meg does for this step; replaying every step's demo from the start must complete every step. */
  demo: DemoCommand[];
}

export interface ExerciseStart {
  /** Scenario id (content/scenarios). */
  scenario: string;
  /** Situation id (content/scenarios/situations.yaml), applied first. */
  situation?: string;
  /** Commands applied after the situation. Default none. */
  commands: DemoCommand[];
  /** Faults added to the scenario's simulated ERP for this exercise. Default none. */
  faults: ErpFault[];
}

/** How the exercise's connection must end. Saving it inactive when `active` is true is a mistake. */
export interface ExerciseExpect {
  connection: string;
  active: boolean;
}

export interface Exercise {
  /** Equals the file name without .yaml; used in /ovelser/<id>/. */
  id: string;
  title: string;
  goal: string;
  level: Level;
  minutes: number;
  /**
   * The pass mark in a learning platform, in per cent of the steps done without a mistake (0 to 100). A Test run
   * passes when every step is done and at least this share of them had no mistake. Default 80.
   */
  mastery: number;
  start: ExerciseStart;
  expect?: ExerciseExpect;
  steps: ExerciseStep[];
}
