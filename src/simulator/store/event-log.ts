import type { SimEvent } from '../domain/index.ts';
import type { LoggedEvent } from './types.ts';

/** How many events the store keeps. Enough for an exercise's checks; bounded so a long session stays small. */
export const EVENT_LOG_LIMIT = 200;

/** Stamps new events and appends them, dropping the oldest beyond the limit. */
export function appendEvents(
  log: readonly LoggedEvent[],
  events: readonly SimEvent[],
  at: number,
): { events: LoggedEvent[]; lastEvents: LoggedEvent[] } {
  const first = (log.at(-1)?.seq ?? 0) + 1;
  const lastEvents = events.map((event, i) => ({ ...event, at, seq: first + i }));
  return { events: [...log, ...lastEvents].slice(-EVENT_LOG_LIMIT), lastEvents };
}
