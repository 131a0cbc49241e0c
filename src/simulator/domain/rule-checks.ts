import { configSnapshot } from './config-snapshot.ts';
import { runConnectionTest } from './connection-test.ts';
import { connectionFromDraft, sameConnection } from './draft.ts';
import { connectionById, openDialog } from './lookup.ts';
import type { SimContext, SimState } from './state.ts';
import { configProblems, validateDescription, validateName } from './validation.ts';

/**
 * The rules' predicates, one pure function each. Only rules.ts should import this module: everything else
 * reaches a predicate through its rule, so each fact is decided in exactly one place.
 */
export type Check = (state: SimState, ctx: SimContext) => boolean;

/** A connection is selected in ERP-koblinger (and still exists). */
export const hasSelection: Check = (state) => connectionById(state, state.selectedId) !== undefined;

/** Aktiv is checked in the open dialog, so its configuration fields are read-only. */
export const configLocked: Check = (state) => state.dialog?.draft.active === true;

/**
 * The latest test result is for the configuration as it is now. Before any test in this dialog, the saved
 * configuration counts as tested; a running test counts for the configuration it was started with.
 */
export const testCurrent: Check = (state, ctx) => {
  const open = openDialog(state, ctx);
  if (!open) return false;
  const { test, draft } = open.dialog;
  const current = configSnapshot(open.connector, draft.config);
  // The saved configuration counts as tested, so a rename alone needs no new test.
  if (test.status === 'idle') return configSnapshot(open.connector, open.saved.config) === current;
  if (test.status === 'running') return configSnapshot(open.connector, test.config) === current;
  return test.snapshot === current;
};

/** The test is not running, and the current configuration is the saved one or the one that last passed. */
export const passedTestCurrent: Check = (state, ctx) => {
  const status = state.dialog?.test.status;
  return (status === 'idle' || status === 'passed') && testCurrent(state, ctx);
};

/** Every configuration field is filled where required and valid. */
export const configValid: Check = (state, ctx) => {
  const open = openDialog(state, ctx);
  return !!open && configProblems(open.connector, open.dialog.draft.config).size === 0;
};

/** Alle, or Angitte brukere + grupper with at least one user or group. */
export const visibilitySet: Check = (state) => {
  const v = state.dialog?.draft.visibility;
  return !!v && (v.mode === 'all' || v.userIds.length + v.groupIds.length > 0);
};

export const nameValid: Check = (state) => !!state.dialog && validateName(state.dialog.draft.name) === undefined;

export const descriptionValid: Check = (state) =>
  !!state.dialog && validateDescription(state.dialog.draft.description) === undefined;

/** Test ERP-tilkobling would succeed for the configuration as it is now. */
export const testWouldPass: Check = (state, ctx) => {
  const open = openDialog(state, ctx);
  return !!open && runConnectionTest(open.connector, open.dialog.draft.config, ctx.scenario.erp).ok;
};

/** Saving now would turn an active connection inactive. */
export const savesInactive: Check = (state, ctx) => {
  const open = openDialog(state, ctx);
  return !!open && open.saved.active && !open.dialog.draft.active;
};

/** Saving now would change the connection: there is something for Avbryt to discard. */
export const hasChanges: Check = (state, ctx) => {
  const open = openDialog(state, ctx);
  return (
    !!open &&
    !sameConnection(open.connector, open.saved, connectionFromDraft(open.saved, open.connector, open.dialog.draft))
  );
};
