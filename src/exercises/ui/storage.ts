import { memoryStorage, type SyncStorage } from '../../simulator/store/index.ts';
import type { Exercise, ExerciseRun } from '../engine/index.ts';

/** localStorage when the browser lets the page use it, else a store that lasts as long as the page. */
export function browserStorage(): SyncStorage {
  try {
    if (globalThis.localStorage) return globalThis.localStorage;
  } catch {
    // Blocked by privacy settings: reading the property throws.
  }
  return memoryStorage();
}

/** The simulator's storage key on an exercise page: `erp-ovelse:<id>:<modus>` (the gate adds the mode). */
export const simKey = (exerciseId: string) => `erp-ovelse:${exerciseId}`;
/** Where the run of an exercise in one mode is kept, beside the simulator's place. */
export const progressKey = (exerciseId: string, mode: string) => `erp-ovelse:${exerciseId}:${mode}:forlop`;
/** The learner's name, typed once for every exercise on this device. */
export const LEARNER_KEY = 'erp-ovelse:navn';

/**
 * The storage the exercise page's simulator store writes through. Closed while the page renders on the server
 * and until the mode is known (`?modus=` is read in the browser), so the first render is the exercise's start on
 * both sides and that start never overwrites what the learner has stored. Once opened, every key gets the mode:
 * `erp-ovelse:<id>` becomes `erp-ovelse:<id>:test`, one simulator place per exercise and mode.
 */
export interface GatedStorage extends SyncStorage {
  open: (mode: string) => void;
  /** Whether the latest read found something stored (undefined before any read). */
  found: () => boolean | undefined;
}

export function gatedStorage(backing: SyncStorage): GatedStorage {
  let mode: string | null = null;
  let found: boolean | undefined;
  const key = (name: string) => `${name}:${mode}`;
  return {
    open: (m) => void (mode = m),
    found: () => found,
    getItem(name) {
      if (mode === null) return null;
      const value = backing.getItem(key(name));
      found = value !== null;
      return value;
    },
    setItem(name, value) {
      if (mode !== null) backing.setItem(key(name), value);
    },
    removeItem(name) {
      if (mode !== null) backing.removeItem(key(name));
    },
  };
}

/** A run as the page keeps it: the engine's run, Vis meg's place in its script, and when a test was ended early. */
export interface Progress {
  run: ExerciseRun;
  /** Vis meg: how many demo commands have been performed. 0 in the other modes. */
  position: number;
  /** When the learner ended a test before finishing it (ms since epoch), else null. */
  endedAt: number | null;
}

export type StoredProgress = { status: 'absent' } | { status: 'unusable' } | ({ status: 'ok' } & Progress);

/**
 * Reads the stored run. `readStoredRun` (run-storage.ts: zod/mini, a chunk of its own) checks version, shape and
 * that the exercise has not changed since; this adds the page's own two fields. Anything it cannot use is
 * `unusable`, and the page starts the exercise afresh and says so.
 */
export async function readProgress(
  storage: SyncStorage,
  key: string,
  exercise: Exercise,
  scriptLength: number,
): Promise<StoredProgress> {
  let text: string | null;
  try {
    text = storage.getItem(key);
  } catch {
    return { status: 'absent' };
  }
  if (text === null) return { status: 'absent' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { status: 'unusable' };
  }
  const { readStoredRun } = await import('./run-storage.ts');
  const run = readStoredRun(value, exercise);
  if (!run) return { status: 'unusable' };
  const { position = 0, endedAt = null } = value as { position?: unknown; endedAt?: unknown };
  const positionOk =
    typeof position === 'number' && Number.isInteger(position) && position >= 0 && position <= scriptLength;
  const endedOk = endedAt === null || (typeof endedAt === 'number' && endedAt >= run.startedAt);
  return positionOk && endedOk ? { status: 'ok', run, position: position, endedAt: endedAt } : { status: 'unusable' };
}

/** Writes the run (through run-storage.ts's versioned envelope). Writes are queued, so they land in order. */
export function progressWriter(storage: SyncStorage, key: string): (progress: Progress) => Promise<void> {
  let queue: Promise<void> = Promise.resolve();
  return (progress) =>
    (queue = queue
      .then(() => import('./run-storage.ts'))
      .then(
        ({ storedRun }) => {
          try {
            storage.setItem(
              key,
              JSON.stringify({ ...storedRun(progress.run), position: progress.position, endedAt: progress.endedAt }),
            );
          } catch {
            // Storage full or blocked: the exercise goes on, unsaved.
          }
        },
        () => undefined,
      ));
}

export function readLearner(storage: SyncStorage): string {
  try {
    const value = storage.getItem(LEARNER_KEY);
    return typeof value === 'string' ? value.slice(0, 200) : '';
  } catch {
    return '';
  }
}

export function writeLearner(storage: SyncStorage, name: string): void {
  try {
    if (name.trim()) storage.setItem(LEARNER_KEY, name);
    else storage.removeItem(LEARNER_KEY);
  } catch {
    // As above.
  }
}
