import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Exercise, ExerciseRun } from '../../exercises/engine/index.ts';
import type { SyncStorage } from '../../simulator/store/index.ts';
import { exerciseMastery, lmsOutcome, outcomeToRecord } from '../outcome.ts';
import type { GradedMode } from '../standards.ts';
import { decodeSnapshot, emptySnapshot, encodeSnapshot, newest, type Snapshot } from '../suspend.ts';
import { LmsRefused, REVIEW, type LmsDriver, type Report } from './driver.ts';

/**
 * The conversation with the platform, whatever the standard: open the session with the latest place (the
 * platform's or the browser's backup, whichever is later), save after each change (at once when a step ends,
 * else after a pause in the learner's typing), and when a save fails, say so, keep everything in the browser and
 * send it again until the platform takes it. The screens read `status`.
 */
export type LmsStatus =
  | { kind: 'connecting' }
  /** No platform: the exercise runs, nothing is recorded. */
  | { kind: 'absent' }
  /** The platform opened it to look at (cmi5's Browse or Review): it runs, nothing is recorded. */
  | { kind: 'review' }
  | { kind: 'saved'; over: boolean }
  /** The platform refused or could not be reached; the result is kept here and sent again. */
  | { kind: 'retrying'; attempts: number; code: string }
  /** The session is ended (Avslutt, or the window closing). */
  | { kind: 'finished' };

/** What the exercise page holds now: its storage records and the run. */
export interface Source {
  items: Record<string, string>;
  run: ExerciseRun;
  endedAt: number | null;
}

export interface ConnectionOptions {
  driver: LmsDriver;
  exercise: Exercise;
  mode: GradedMode;
  /** The package, for the browser backup's key. */
  packageId: string;
  /** The browser's storage for the backup copy (localStorage; memory where it is blocked). */
  backup: SyncStorage;
  clock?: () => number;
  /** Waits between retries, ms; the last repeats. */
  retryDelays?: readonly number[];
  /** Quiet time after a change before it is saved, ms (a finished step is saved at once). */
  debounceMs?: number;
}

export interface Connection {
  status: StoreApi<{ status: LmsStatus }>;
  /** Opens the session: the records to start the exercise page with, or null when there is no platform. */
  open(): Promise<{ items: Record<string, string> } | null>;
  /** Reads the page through `source` from now on. */
  attach(source: () => Source): void;
  /** The page changed: save soon (or now, when a step ended). */
  changed(urgent: boolean): void;
  /** Sends what is waiting now, without waiting for the next retry. */
  retryNow(): Promise<void>;
  /** Ends the session. `finished`: the exercise is over (else the learner leaves mid-way, to come back). */
  finish(finished: boolean): Promise<void>;
  /** The pass mark in force (scaled): the platform's if it sent one, else the exercise's. */
  masteryScore: () => number;
}

const DEFAULT_RETRY = [2_000, 5_000, 10_000, 30_000, 60_000];

export function createConnection(options: ConnectionOptions): Connection {
  const { driver, exercise, mode, backup, clock = Date.now } = options;
  const retryDelays = options.retryDelays ?? DEFAULT_RETRY;
  const status = createStore<{ status: LmsStatus }>()(() => ({ status: { kind: 'connecting' } }));
  let source: (() => Source) | undefined;
  let snapshot: Snapshot = emptySnapshot();
  let backupKey: string | undefined;
  let mastery = exerciseMastery(exercise);
  let openedAt = clock();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let attempts = 0;
  let saving: Promise<void> | undefined;
  let again = false;
  let ended = false;
  let started = false;

  const setStatus = (next: LmsStatus) => status.setState({ status: next });
  const recording = () => !['absent', 'review'].includes(status.getState().status.kind);
  const keep = (next: Snapshot) => {
    snapshot = next;
    if (!backupKey) return;
    try {
      backup.setItem(backupKey, encodeSnapshot(next));
    } catch {
      // A full or blocked browser storage: the platform's copy is the only one.
    }
  };

  const report = (): Report | undefined => {
    if (!source) return undefined;
    const { items, run, endedAt } = source();
    const now = clock();
    const outcome = outcomeToRecord(
      lmsOutcome(run, exercise, { mode, masteryScore: mastery, endedAt }),
      snapshot.recorded,
    );
    keep({
      ...snapshot,
      savedAt: Math.max(now, snapshot.savedAt + 1),
      items,
      ...(outcome.over ? { recorded: outcome } : {}),
    });
    return {
      exercise,
      mode,
      outcome,
      snapshot,
      sessionMs: Math.max(0, now - openedAt),
    };
  };

  const schedule = (ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => void save(), ms);
  };

  /** Starts the platform's session and takes the later of its copy and the browser's. */
  async function startSession(): Promise<void> {
    const launch = await driver.start();
    started = true;
    backupKey = `erp-lms:${options.packageId}:${launch.backupKey}`;
    if (launch.masteryScore !== undefined) mastery = launch.masteryScore;
    let local: Snapshot | undefined;
    try {
      local = decodeSnapshot(backup.getItem(backupKey));
    } catch {
      local = undefined;
    }
    const platform = decodeSnapshot(launch.suspend);
    const latest = newest(platform, local, snapshot.savedAt ? snapshot : undefined) ?? emptySnapshot();
    // A copy later than the platform's was not delivered last time: send it again.
    if (latest !== platform && latest.savedAt > 0) again = true;
    snapshot = latest;
  }

  async function attempt(): Promise<void> {
    try {
      if (!started) await startSession();
      const r = report();
      if (!r) return;
      keep(await driver.save(r, keep));
      attempts = 0;
      setStatus({ kind: 'saved', over: r.outcome.over });
    } catch (error) {
      retryLater(error);
    }
  }

  /** A refusal: say so, and try again after the next delay. */
  function retryLater(error: unknown): void {
    attempts += 1;
    const code = error instanceof LmsRefused ? error.code : '';
    setStatus({ kind: 'retrying', attempts, code });
    schedule(retryDelays[Math.min(attempts - 1, retryDelays.length - 1)] ?? 60_000);
  }

  /** One save at a time; a change during a save is saved right after it. */
  function save(): Promise<void> {
    if (ended || !recording()) return Promise.resolve();
    clearTimeout(timer);
    if (saving) {
      again = true;
      return saving;
    }
    saving = attempt().finally(() => {
      saving = undefined;
      if (again) {
        again = false;
        void save();
      }
    });
    return saving;
  }

  return {
    status,
    masteryScore: () => mastery,
    async open() {
      if (!driver.available()) {
        setStatus({ kind: 'absent' });
        return null;
      }
      openedAt = clock();
      // Until the platform has said who the learner is, the backup is kept per package.
      backupKey = `erp-lms:${options.packageId}:ny`;
      try {
        await startSession();
        setStatus({ kind: 'saved', over: false });
      } catch (error) {
        const code = error instanceof LmsRefused ? error.code : '';
        if (code === REVIEW) {
          setStatus({ kind: 'review' });
          return null;
        }
        // The platform is there but will not start a session: run on, and keep trying to reach it.
        setStatus({ kind: 'retrying', attempts: 1, code });
        attempts = 1;
        again = true;
        try {
          snapshot = decodeSnapshot(backup.getItem(backupKey)) ?? snapshot;
        } catch {
          // As in keep.
        }
      }
      return { items: snapshot.items };
    },
    attach(read) {
      source = read;
      if (again) {
        again = false;
        void save();
      }
    },
    changed(urgent) {
      if (ended || !source) return;
      if (urgent) void save();
      else schedule(options.debounceMs ?? 1_500);
    },
    retryNow: () => save(),
    async finish(finished) {
      if (ended || !recording()) return;
      await saving;
      const r = report();
      ended = true;
      clearTimeout(timer);
      if (!r) return;
      try {
        await driver.finish(r, finished, keep);
        setStatus({ kind: 'finished' });
      } catch (error) {
        // Not ended after all: what the platform did not take is saved again, as after any refusal.
        ended = false;
        retryLater(error);
      }
    },
  };
}
