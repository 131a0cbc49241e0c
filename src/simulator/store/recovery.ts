/** Why stored state was not used. Shown nowhere; kept on the notice for tests and diagnostics. */
export type RecoveryReason = 'corrupt-json' | 'foreign-shape' | 'unknown-version' | 'other-scenario' | 'inconsistent';

/**
 * Stands in for stored state that could not be read. The storage and `migrate` return it instead of throwing,
 * so every failure reaches `merge`, the one place that falls back to the scenario and says so.
 */
export interface Unreadable {
  unreadable: RecoveryReason;
}

export function unreadable(reason: RecoveryReason): Unreadable {
  return { unreadable: reason };
}

export function isUnreadable(value: unknown): value is Unreadable {
  return typeof value === 'object' && value !== null && 'unreadable' in value;
}

/** The notice the user sees after a fallback (catalog key `sim.notice.storageRecovered`). */
export function recoveredNotice(reason: RecoveryReason) {
  return { key: 'sim.notice.storageRecovered', tone: 'warning' as const, detail: reason };
}
