import { COMMAND_TYPES, type Command } from './commands.ts';
import { reduceDialog } from './dialog-reducer.ts';
import { draftFrom, emptyDraft } from './draft.ts';
import { connectionById, connectorOf } from './lookup.ts';
import { isSyncView, SYNC_VIEW } from './navigation.ts';
import { reject, unchanged, type Result } from './result.ts';
import { holds } from './rules.ts';
import { initialState, type Dialog, type SimContext, type SimState } from './state.ts';
import type { FeatureId } from './navigation.ts';

export type { Result } from './result.ts';

/**
 * The list, its buttons and the dialog live on the Sync tab, so a command that acts on them takes the view
 * there (a situation can start with selectConnection and need not spell out step 1).
 */
function onSyncTab(state: SimState): SimState {
  return isSyncView(state.view) ? state : { ...state, view: SYNC_VIEW };
}

/** The dialog each button under the lists opens. */
function featureDialog(feature: FeatureId, state: SimState): Dialog {
  if (feature === 'ny-sync-connector') return { kind: 'connector', name: '', url: '' };
  if (feature === 'ny-erp-kobling')
    return { kind: 'add', connectorId: null, draft: emptyDraft(), test: { status: 'idle' } };
  return { kind: 'priority', order: state.priority, selected: null };
}

/**
 * The whole simulator: a pure function from a state and a command to the next state and its events. It never
 * throws and never mutates its input; whatever the command, the result is a valid state. The commands around the
 * dialog (navigator, tabs, the list and its buttons, toolbar, notice) are decided here, those inside the open
 * dialog in dialog-reducer.ts.
 */
export function reduce(state: SimState, command: Command, ctx: SimContext): Result {
  // Commands arrive from stored situations and exercises too, so a type the simulator lacks can reach it.
  if (!(COMMAND_TYPES as readonly string[]).includes(command.type)) return reject(state, command, 'unknown-command');
  switch (command.type) {
    case 'navigate': {
      if (state.dialog) return reject(state, command, 'dialog-open');
      if (command.screen === state.view.screen) return unchanged(state);
      return {
        state: { ...state, view: { ...state.view, screen: command.screen } },
        events: [{ type: 'navigated', screen: command.screen }],
      };
    }
    case 'selectTab': {
      if (state.dialog) return reject(state, command, 'dialog-open');
      if (state.view.screen !== 'tilbud-sync') return reject(state, command, 'not-applicable');
      if (command.tab === state.view.tab) return unchanged(state);
      return {
        state: { ...state, view: { ...state.view, tab: command.tab } },
        events: [{ type: 'tabSelected', tab: command.tab }],
      };
    }
    case 'selectConnection': {
      if (state.dialog) return reject(state, command, 'dialog-open');
      const { connectionId } = command;
      if (connectionId !== null && !connectionById(state, connectionId))
        return reject(state, command, 'unknown-target');
      if (connectionId === state.selectedId) return unchanged(state);
      return {
        state: { ...onSyncTab(state), selectedId: connectionId },
        events: [{ type: 'connectionSelected', connectionId }],
      };
    }
    case 'openDialog': {
      if (state.dialog) return reject(state, command, 'dialog-open');
      const saved = connectionById(state, state.selectedId);
      const connector = saved && connectorOf(ctx, saved.connectorId);
      if (!holds('needs-selected-connection', state, ctx) || !saved || !connector)
        return reject(state, command, 'rule', ['needs-selected-connection']);
      const dialog: Dialog = {
        kind: 'edit',
        connectionId: saved.id,
        draft: draftFrom(saved),
        test: { status: 'idle' },
      };
      return { state: { ...onSyncTab(state), dialog }, events: [{ type: 'dialogOpened', connectionId: saved.id }] };
    }
    case 'openTool': {
      if (state.dialog) return reject(state, command, 'dialog-open');
      const saved = connectionById(state, state.selectedId);
      const connector = saved && connectorOf(ctx, saved.connectorId);
      if (!holds('needs-selected-connection', state, ctx) || !saved || !connector)
        return reject(state, command, 'rule', ['needs-selected-connection']);
      // Tabs open on the first actor; Listetilordning waits for the reader to choose a list.
      const tab = command.tool === 'listetilordning' ? null : (connector.actors[0]?.id ?? null);
      const dialog: Dialog = {
        kind: command.tool,
        connectionId: saved.id,
        tab,
        setup: saved.setup,
        selected: null,
        adding: null,
      };
      return {
        state: { ...onSyncTab(state), dialog },
        events: [{ type: 'toolOpened', tool: command.tool, connectionId: saved.id }],
      };
    }
    case 'openFeature': {
      if (state.dialog) return reject(state, command, 'dialog-open');
      return {
        state: { ...onSyncTab(state), dialog: featureDialog(command.feature, state) },
        events: [{ type: 'featureOpened', feature: command.feature }],
      };
    }
    case 'reset':
      return { state: initialState(ctx.scenario), events: [{ type: 'reset' }] };
    case 'dismissNotice':
      return state.notice ? { state: { ...state, notice: null }, events: [] } : unchanged(state);
    default:
      return reduceDialog(state, command, ctx);
  }
}
