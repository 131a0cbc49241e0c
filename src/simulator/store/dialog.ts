/**
 * The store as the dialog's components see it: every selector, the dialog's own included. A public entry of its
 * own (beside index.ts) so that only the dialog's chunk reaches the dialog's rules, validation and connection
 * test; the rest of the UI imports index.ts.
 */
export * as selectors from './dialog-selectors.ts';
export type { TestStatus } from './dialog-selectors.ts';
