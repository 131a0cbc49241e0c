import type { Command } from './commands.ts';
import { canonicalConfig, configSnapshot } from './config-snapshot.ts';
import { runConnectionTest } from './connection-test.ts';
import { connectionFromDraft } from './draft.ts';
import type { SimEvent } from './events.ts';
import { openDialog } from './lookup.ts';
import { reject, unchanged, type Result } from './result.ts';
import { holds, rule, unmetOkConditions } from './rules.ts';
import type { DialogState, Draft, SimContext, SimState } from './state.ts';

type Open = NonNullable<ReturnType<typeof openDialog>>;

function withDialog(state: SimState, dialog: DialogState, events: SimEvent[]): Result {
  return { state: { ...state, dialog }, events };
}

function edit(state: SimState, open: Open, patch: Partial<Draft>, event: SimEvent): Result {
  return withDialog(state, { ...open.dialog, draft: { ...open.dialog.draft, ...patch } }, [event]);
}

function toggle(ids: readonly string[], id: string): string[] {
  return ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id];
}

/** The commands that act inside the open Konfigurer ERP-kobling dialog. */
export function reduceDialog(state: SimState, command: Command, ctx: SimContext): Result {
  const open = openDialog(state, ctx);
  if (!open) return command.type === 'finishTest' ? unchanged(state) : reject(state, command, 'dialog-closed');
  const { dialog, saved, connector } = open;
  const draft = dialog.draft;

  switch (command.type) {
    case 'setName':
      if (command.value === draft.name) return unchanged(state);
      return edit(state, open, { name: command.value }, { type: 'fieldChanged', field: 'name', config: false });
    case 'setDescription':
      if (command.value === draft.description) return unchanged(state);
      return edit(
        state,
        open,
        { description: command.value },
        { type: 'fieldChanged', field: 'description', config: false },
      );
    case 'setVisibilityMode':
      if (command.mode === draft.visibility.mode) return unchanged(state);
      return edit(
        state,
        open,
        { visibility: { ...draft.visibility, mode: command.mode } },
        { type: 'fieldChanged', field: 'visibility', config: false },
      );
    case 'toggleVisibilityMember': {
      if (draft.visibility.mode !== 'selected') return reject(state, command, 'not-applicable');
      const known = command.kind === 'user' ? ctx.scenario.users : ctx.scenario.groups;
      if (!known.some((m) => m.id === command.id)) return reject(state, command, 'unknown-target');
      const list = command.kind === 'user' ? 'userIds' : 'groupIds';
      const visibility = { ...draft.visibility, [list]: toggle(draft.visibility[list], command.id) };
      return edit(state, open, { visibility }, { type: 'fieldChanged', field: 'visibility', config: false });
    }
    case 'setActive':
      if (command.value === draft.active) return unchanged(state);
      return edit(state, open, { active: command.value }, { type: 'activeChanged', active: command.value });
    case 'setField': {
      if (!connector.fields.some((f) => f.key === command.key)) return reject(state, command, 'unknown-target');
      if (holds('config-locked-while-active', state, ctx))
        return reject(state, command, 'rule', ['config-locked-while-active']);
      if (command.value === (draft.config[command.key] ?? '')) return unchanged(state);
      // Staleness needs no bookkeeping here: rules compare the configuration's snapshot with the tested one.
      const config = { ...draft.config, [command.key]: command.value };
      return edit(state, open, { config }, { type: 'fieldChanged', field: command.key, config: true });
    }
    case 'runTest': {
      const token = state.nextToken;
      const test = { status: 'running' as const, token, config: canonicalConfig(connector, draft.config) };
      return {
        state: { ...state, nextToken: token + 1, dialog: { ...dialog, test } },
        events: [{ type: 'testStarted', token }],
      };
    }
    case 'finishTest': {
      // A finish for a test that was restarted, cancelled or reset is a leftover timer: ignore it quietly.
      if (dialog.test.status !== 'running' || dialog.test.token !== command.token) return unchanged(state);
      const snapshot = configSnapshot(connector, dialog.test.config);
      const outcome = runConnectionTest(connector, dialog.test.config, ctx.scenario.erp);
      return outcome.ok
        ? withDialog(state, { ...dialog, test: { status: 'passed', snapshot } }, [{ type: 'testPassed' }])
        : withDialog(state, { ...dialog, test: { status: 'failed', snapshot, failure: outcome.failure } }, [
            { type: 'testFailed', code: outcome.failure.code, fieldKey: outcome.failure.fieldKey },
          ]);
    }
    case 'ok': {
      const unmet = unmetOkConditions(state, ctx);
      if (unmet.length)
        return reject(
          state,
          command,
          'rule',
          unmet.map((r) => r.id),
        );
      const next = connectionFromDraft(saved, connector, draft);
      const remind = holds('save-inactive-reminder', state, ctx);
      const events: SimEvent[] = [{ type: 'saved', connectionId: saved.id, active: next.active }];
      if (remind) events.push({ type: 'savedInactive', connectionId: saved.id });
      const notice = remind
        ? {
            key: 'sim.notice.savedInactive',
            params: { name: next.name },
            href: rule('save-inactive-reminder').href,
            tone: 'warning' as const,
          }
        : state.notice;
      const connections = state.connections.map((c) => (c.id === saved.id ? next : c));
      return { state: { ...state, connections, dialog: null, notice }, events };
    }
    case 'cancel':
      return {
        state: { ...state, dialog: null },
        events: [{ type: 'cancelled', hadChanges: holds('cancel-discards', state, ctx) }],
      };
    default:
      return reject(state, command, 'unknown-command');
  }
}
