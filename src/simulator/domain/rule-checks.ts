import { configSnapshot } from './config-snapshot.ts';
import { runConnectionTest } from './connection-test.ts';
import { connectionFromDraft, emptyDraft, sameConnection } from './draft.ts';
import { connectionById, connectionForm, openDialog, openTool } from './lookup.ts';
import { missingDirections } from './setup.ts';
import type { SimContext, SimState } from './state.ts';
import { configProblems, validateDescription, validateName } from './validation.ts';

/**
 * The predicates of the rules around the connection dialogs (Konfigurer ERP-kobling and Angi ny ERP-kobling) and
 * the list, one pure function each. Only rules.ts should import this module: everything else reaches a predicate
 * through its rule, so each fact is decided in exactly one place. `subject` names what a per-item rule is asked
 * about (a field, a list, a direction); the others ignore it.
 */
export type Check = (state: SimState, ctx: SimContext, subject?: string) => boolean;

/** A connection is selected in ERP-koblinger (and still exists). */
export const hasSelection: Check = (state) => connectionById(state, state.selectedId) !== undefined;

/** Aktiv is checked in Konfigurer ERP-kobling, so its configuration fields are read-only. */
export const configLocked: Check = (state) => state.dialog?.kind === 'edit' && state.dialog.draft.active;

/**
 * The latest test result is for the configuration as it is now. Before any test in Konfigurer ERP-kobling, the
 * saved configuration counts as tested; a new connection has nothing tested until its first test. A running test
 * counts for the configuration it was started with.
 */
export const testCurrent: Check = (state, ctx) => {
  const form = connectionForm(state, ctx);
  if (!form?.connector) return false;
  const { test, draft } = form.dialog;
  const current = configSnapshot(form.connector, draft.config);
  // The saved configuration counts as tested, so a rename alone needs no new test.
  if (test.status === 'idle') return !!form.saved && configSnapshot(form.connector, form.saved.config) === current;
  if (test.status === 'running') return configSnapshot(form.connector, test.config) === current;
  return test.snapshot === current;
};

/** The test is not running, and the current configuration is the saved one or the one that last passed. */
export const passedTestCurrent: Check = (state, ctx) => {
  const status = connectionForm(state, ctx)?.dialog.test.status;
  return (status === 'idle' || status === 'passed') && testCurrent(state, ctx);
};

/** Every configuration field is filled where required and valid (before a connector is chosen there are none). */
export const configValid: Check = (state, ctx) => {
  const form = connectionForm(state, ctx);
  return !!form && (!form.connector || configProblems(form.connector, form.dialog.draft.config).size === 0);
};

/** Alle, or Angitte brukere + grupper with at least one user or group. */
export const visibilitySet: Check = (state, ctx) => {
  const v = connectionForm(state, ctx)?.dialog.draft.visibility;
  return !!v && (v.mode === 'all' || v.userIds.length + v.groupIds.length > 0);
};

export const nameValid: Check = (state, ctx) => {
  const form = connectionForm(state, ctx);
  return !!form && validateName(form.dialog.draft.name) === undefined;
};

export const descriptionValid: Check = (state, ctx) => {
  const form = connectionForm(state, ctx);
  return !!form && validateDescription(form.dialog.draft.description) === undefined;
};

/** Angi ny ERP-kobling has a Sync Connector from the list chosen. */
export const connectorChosen: Check = (state, ctx) => {
  const form = connectionForm(state, ctx);
  return form?.dialog.kind === 'add' && form.connector !== undefined;
};

/**
 * The connection the open dialog would save is not active while a required field of an actor it synchronises
 * lacks a direction: Aktiv in Konfigurer ERP-kobling on the saved mappings, or the mappings in Tilordninger on a
 * connection that is active. Any other dialog saves neither, so the rule holds there.
 */
export const activeHasDirections: Check = (state, ctx) => {
  const edit = openDialog(state, ctx);
  if (edit) return !edit.dialog.draft.active || missingDirections(edit.connector, edit.saved.setup).length === 0;
  const tool = openTool(state, ctx);
  if (tool?.dialog.kind === 'tilordninger')
    return !tool.saved.active || missingDirections(tool.connector, tool.dialog.setup).length === 0;
  return true;
};

/** Test ERP-tilkobling would succeed for the configuration as it is now. */
export const testWouldPass: Check = (state, ctx) => {
  const form = connectionForm(state, ctx);
  return !!form?.connector && runConnectionTest(form.connector, form.dialog.draft.config, ctx.scenario.erp).ok;
};

/** Saving now would turn an active connection inactive. */
export const savesInactive: Check = (state, ctx) => {
  const open = openDialog(state, ctx);
  return !!open && open.saved.active && !open.dialog.draft.active;
};

/** Saving now would add a connection, which is always saved inactive. */
export const addsInactive: Check = (state) => state.dialog?.kind === 'add';

/** Saving the connection dialog now would change something: there is something for Avbryt to discard. */
export const connectionFormChanged: Check = (state, ctx) => {
  const form = connectionForm(state, ctx);
  if (!form) return false;
  if (form.dialog.kind === 'add')
    return form.dialog.connectorId !== null || JSON.stringify(form.dialog.draft) !== JSON.stringify(emptyDraft());
  const { saved, connector } = form;
  return (
    !!saved &&
    !!connector &&
    !sameConnection(connector, saved, connectionFromDraft(saved, connector, form.dialog.draft))
  );
};
