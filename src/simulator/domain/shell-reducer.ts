import type { Command } from './commands.ts';
import { draftFrom } from './draft.ts';
import { connectionById, connectorOf } from './lookup.ts';
import { isSyncView, SYNC_VIEW } from './navigation.ts';
import { reject, unchanged, type Result } from './result.ts';
import { needsSelectedConnection } from './selection-rule.ts';
import { initialState, type SimContext, type SimState } from './state.ts';

/**
 * The list, its buttons and the dialog live on the Sync tab, so a command that acts on them takes the view
 * there (a situation can start with selectConnection and need not spell out step 1).
 */
function onSyncTab(state: SimState): SimState {
  return isSyncView(state.view) ? state : { ...state, view: SYNC_VIEW };
}

/**
 * The commands of everything around the dialog: the navigator, the tabs, the list and its buttons, the toolbar
 * and the notice. Undefined for a command it does not own (those of the open dialog, see dialog-reducer.ts).
 * `reduce` (reducer.ts) is this and the dialog's part together; the store runs this part alone until the dialog's
 * part has been downloaded, so the first load of the island does not carry the dialog's rules and checks.
 */
export function reduceShell(state: SimState, command: Command, ctx: SimContext): Result | undefined {
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
      if (!needsSelectedConnection.check(state, ctx) || !saved || !connector)
        return reject(state, command, 'rule', [needsSelectedConnection.id]);
      const dialog = { connectionId: saved.id, draft: draftFrom(saved), test: { status: 'idle' as const } };
      return { state: { ...onSyncTab(state), dialog }, events: [{ type: 'dialogOpened', connectionId: saved.id }] };
    }
    case 'openTool': {
      if (state.dialog) return reject(state, command, 'dialog-open');
      if (!needsSelectedConnection.check(state, ctx))
        return reject(state, command, 'rule', [needsSelectedConnection.id]);
      const connectionId = state.selectedId!;
      const notice = { key: `sim.notice.toolNotSimulated.${command.tool}`, tone: 'info' as const };
      return {
        state: { ...onSyncTab(state), notice },
        events: [{ type: 'toolOpened', tool: command.tool, connectionId }],
      };
    }
    case 'openFeature': {
      if (state.dialog) return reject(state, command, 'dialog-open');
      const notice = { key: `sim.notice.toolNotSimulated.${command.feature}`, tone: 'info' as const };
      return { state: { ...onSyncTab(state), notice }, events: [{ type: 'featureOpened', feature: command.feature }] };
    }
    case 'reset':
      return { state: initialState(ctx.scenario), events: [{ type: 'reset' }] };
    case 'dismissNotice':
      return state.notice ? { state: { ...state, notice: null }, events: [] } : unchanged(state);
    default:
      return undefined;
  }
}
