import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import type { LmsOutcome } from './outcome.ts';

/**
 * What a package keeps between sessions: the exercise page's own storage (the simulator's place and the run, the
 * same records the site keeps in localStorage), when it was written, and, for cmi5, the statements not yet
 * accepted by the platform. Written as compressed JSON in base64 (`e1:` and the text), because SCORM 1.2 keeps
 * at most 4,096 characters: the plain JSON of a run is close to that, compressed it is about a third.
 */
export interface Snapshot {
  /** When it was written (ms since epoch): of two copies, the platform's and the browser's, the later wins. */
  savedAt: number;
  /** Storage key to value, as the exercise page wrote them. */
  items: Record<string, string>;
  /** cmi5: statements built but not yet accepted by the platform, oldest first, and the keys already accepted. */
  outbox: OutboxEntry[];
  sent: string[];
  /** The result the platform holds from a run that is over, kept so a new try cannot lower it (outcome.ts). */
  recorded?: LmsOutcome;
}

export interface OutboxEntry {
  /** What it reports (`step:<id>`, `completed`, `passed`, `failed`): each is sent once per registration. */
  key: string;
  statement: Record<string, unknown>;
}

const PREFIX = 'e1:';
/** SCORM 1.2's cmi.suspend_data holds at most this many characters. */
export const SCORM12_SUSPEND_LIMIT = 4096;
/** SCORM 2004 4th edition's cmi.suspend_data: at least 64,000 characters. */
export const SCORM2004_SUSPEND_LIMIT = 64_000;

export const emptySnapshot = (): Snapshot => ({ savedAt: 0, items: {}, outbox: [], sent: [] });

const toBase64 = (bytes: Uint8Array) => btoa(strFromU8(bytes, true));
const fromBase64 = (text: string) => strToU8(atob(text), true);

export function encodeSnapshot(snapshot: Snapshot): string {
  return PREFIX + toBase64(deflateSync(strToU8(JSON.stringify(snapshot)), { level: 9 }));
}

const isText = (value: unknown): value is string => typeof value === 'string';
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A snapshot back, or undefined for anything that is not one (empty, from another package, corrupt): the
 * exercise then starts afresh, which the page says, rather than failing. The records inside are checked again by
 * the exercise page when it reads them, as it checks its own localStorage.
 */
export function decodeSnapshot(text: string | null | undefined): Snapshot | undefined {
  if (!text?.startsWith(PREFIX)) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(strFromU8(inflateSync(fromBase64(text.slice(PREFIX.length)))));
  } catch {
    return undefined;
  }
  if (!isObject(value) || typeof value.savedAt !== 'number' || !isObject(value.items)) return undefined;
  const items = Object.fromEntries(
    Object.entries(value.items).filter((entry): entry is [string, string] => isText(entry[1])),
  );
  const outbox = Array.isArray(value.outbox)
    ? value.outbox.filter((e): e is OutboxEntry => isObject(e) && isText(e.key) && isObject(e.statement))
    : [];
  const sent = Array.isArray(value.sent) ? value.sent.filter(isText) : [];
  const recorded = isRecorded(value.recorded) ? value.recorded : undefined;
  return { savedAt: value.savedAt, items, outbox, sent, ...(recorded ? { recorded } : {}) };
}

/** Enough of an outcome to report again: a run that was over, with its steps. */
function isRecorded(value: unknown): value is LmsOutcome {
  return (
    isObject(value) &&
    value.over === true &&
    typeof value.startedAt === 'number' &&
    isText(value.completion) &&
    isText(value.success) &&
    typeof value.progress === 'number' &&
    Array.isArray(value.steps)
  );
}

/** The later of two copies (the platform's and the browser's backup); undefined when neither is usable. */
export function newest(...copies: Array<Snapshot | undefined>): Snapshot | undefined {
  return copies.reduce<Snapshot | undefined>(
    (best, c) => (c && (!best || c.savedAt > best.savedAt) ? c : best),
    undefined,
  );
}

/** The run records of the exercise page end with `:forlop` (see src/exercises/ui/storage.ts: progressKey). */
const RUN_RECORD = ':forlop';

/** A copy whose run has only the latest `keep` events of the current step (what `{ event }` checks read). */
function trimWindows(snapshot: Snapshot, keep: number): Snapshot {
  const items = Object.fromEntries(
    Object.entries(snapshot.items).map(([key, value]) => {
      if (!key.endsWith(RUN_RECORD)) return [key, value];
      try {
        const record = JSON.parse(value) as { run?: { window?: unknown[] } };
        if (Array.isArray(record.run?.window)) record.run.window = record.run.window.slice(-keep);
        return [key, JSON.stringify(record)];
      } catch {
        return [key, value];
      }
    }),
  );
  return { ...snapshot, items };
}

/**
 * The snapshot encoded within `limit` characters. A run keeps up to 200 events of its current step; if the text
 * is too long, the oldest of them are dropped until it fits (the step's checks look at the latest). Undefined if
 * even without them it does not fit: the caller keeps the browser's copy and says so.
 */
export function fitSnapshot(snapshot: Snapshot, limit: number): string | undefined {
  let text = encodeSnapshot(snapshot);
  for (let keep = 64; text.length > limit && keep >= 0; keep = keep === 0 ? -1 : Math.floor(keep / 2))
    text = encodeSnapshot(trimWindows(snapshot, keep));
  return text.length <= limit ? text : undefined;
}
