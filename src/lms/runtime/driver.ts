import type { Exercise } from '../../exercises/engine/index.ts';
import type { LmsOutcome } from '../outcome.ts';
import type { Snapshot } from '../suspend.ts';
import type { GradedMode, Standard } from '../standards.ts';

/** What the platform hands the exercise when a session starts. */
export interface Launch {
  /** The suspend data stored by an earlier session, if any. */
  suspend: string | null;
  /** The pass mark the platform sets (scaled 0 to 1), which overrides the exercise's; undefined when it sets none. */
  masteryScore: number | undefined;
  /** Identifies the learner and the enrolment, for the browser's backup copy (never shown, never sent). */
  backupKey: string;
}

/** Everything the platform should hold after a save. Each save writes all of it, so a retry repeats nothing. */
export interface Report {
  exercise: Exercise;
  mode: GradedMode;
  outcome: LmsOutcome;
  snapshot: Snapshot;
  /** The session so far, ms (SCORM's session time). */
  sessionMs: number;
}

/** Called with the snapshot whenever a driver changes it (cmi5's outbox), so the browser's copy is written first. */
export type Keep = (snapshot: Snapshot) => void;

/** The code a driver refuses with when the platform opened the exercise only to look at it (cmi5's Browse, Review). */
export const REVIEW = 'not-normal';

/** The platform would not take a call (an API call returned false, or an HTTP request failed). */
export class LmsRefused extends Error {
  /** The platform's error code (SCORM), HTTP status (cmi5), or a word of ours (`unreachable`, `too-large`). */
  readonly code: string;
  constructor(message: string, code: string) {
    super(message);
    this.name = 'LmsRefused';
    this.code = code;
  }
}

/** One standard's side of the conversation. The connection (connection.ts) decides when to call it. */
export interface LmsDriver {
  readonly standard: Standard;
  /** Whether the page was launched by a platform of this standard (an API object, or cmi5's launch parameters). */
  available(): boolean;
  /** Opens the session. Throws LmsRefused when the platform is there but will not start one. */
  start(): Promise<Launch>;
  /** Writes the report and commits it. Throws LmsRefused when the platform refuses or cannot be reached. */
  save(report: Report, keep: Keep): Promise<Snapshot>;
  /** Ends the session with the report written; `finished` is false when the learner leaves mid-way. */
  finish(report: Report, finished: boolean, keep: Keep): Promise<void>;
}
