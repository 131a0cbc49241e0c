/**
 * The tab a key moves to in a WAI-ARIA tab list with automatic activation: arrow keys wrap around, Home and End
 * go to the ends. Undefined for any other key.
 */
export function tabFromKey(key: string, current: number, count: number): number | undefined {
  const last = count - 1;
  if (key === 'ArrowRight') return current >= last ? 0 : current + 1;
  if (key === 'ArrowLeft') return current <= 0 ? last : current - 1;
  if (key === 'Home') return 0;
  if (key === 'End') return last;
  return undefined;
}
