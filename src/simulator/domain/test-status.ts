import { holds } from './rules.ts';
import type { SimContext, SimState } from './state.ts';

/** The line under Test ERP-tilkobling, in the order the dialog can show it. */
export const TEST_STATUSES = ['not-run', 'running', 'passed', 'failed', 'stale'] as const;
export type TestStatus = (typeof TEST_STATUSES)[number];

/**
 * What the dialog says about the connection test (undefined with no dialog open): a result whose configuration
 * has since changed is stale (rule `test-stale-after-change`); before any test, `not-run`.
 */
export function testStatusOf(state: SimState, ctx: SimContext): TestStatus | undefined {
  const test = state.dialog?.test;
  if (!test) return undefined;
  if (test.status === 'running') return 'running';
  if (!holds('test-stale-after-change', state, ctx)) return 'stale';
  return test.status === 'idle' ? 'not-run' : test.status;
}
