import { connectionForm } from './lookup.ts';
import { holds } from './rules.ts';
import type { SimContext, SimState } from './state.ts';

/** The line under Test ERP-tilkobling, in the order the dialog can show it. */
export const TEST_STATUSES = ['not-run', 'running', 'passed', 'failed', 'stale'] as const;
export type TestStatus = (typeof TEST_STATUSES)[number];

/**
 * What the connection dialog says about the connection test (undefined with no connection dialog open): a
 * result whose configuration has since changed is stale (rule `test-stale-after-change`); before any test,
 * `not-run` (in Konfigurer ERP-kobling the saved configuration counts as tested until a field changes).
 */
export function testStatusOf(state: SimState, ctx: SimContext): TestStatus | undefined {
  const form = connectionForm(state, ctx);
  if (!form) return undefined;
  const { test } = form.dialog;
  if (test.status === 'running') return 'running';
  if (test.status === 'idle' && form.dialog.kind === 'add') return 'not-run';
  if (!holds('test-stale-after-change', state, ctx)) return 'stale';
  return test.status === 'idle' ? 'not-run' : test.status;
}
