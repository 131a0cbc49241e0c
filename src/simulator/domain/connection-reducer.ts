import type { Command } from './commands.ts';
import { canonicalConfig, configSnapshot } from './config-snapshot.ts';
import { runConnectionTest } from './connection-test.ts';
import { connectionFromDraft, newConnection, newConnectionId } from './draft.ts';
import type { SimEvent } from './events.ts';
import { connectionForm } from './lookup.ts';
import { reject, unchanged, type Result } from './result.ts';
import { holds, rule } from './rules.ts';
import type { AddDialog, Draft, EditDialog, SimContext, SimState } from './state.ts';

type Form = NonNullable<ReturnType<typeof connectionForm>>;

function withDialog(state: SimState, dialog: EditDialog | AddDialog, events: SimEvent[]): Result {
  return { state: { ...state, dialog }, events };
}

function edit(state: SimState, form: Form, patch: Partial<Draft>, event: SimEvent): Result {
  return withDialog(state, { ...form.dialog, draft: { ...form.dialog.draft, ...patch } }, [event]);
}

function toggle(ids: readonly string[], id: string): string[] {
  return ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id];
}

/**
 * The commands that edit the open Konfigurer ERP-kobling or Angi ny ERP-kobling. The two dialogs share every
 * field, the test and the rules; adding has a Sync Connector to choose instead of Aktiv. OK and Avbryt are the
 * dialog reducer's, which calls `saveConnectionForm`.
 */
export function reduceConnectionForm(state: SimState, command: Command, ctx: SimContext): Result {
  const form = connectionForm(state, ctx);
  if (!form) return command.type === 'finishTest' ? unchanged(state) : reject(state, command, 'not-applicable');
  const { dialog, connector } = form;
  const draft = dialog.draft;

  switch (command.type) {
    case 'setName':
      if (command.value === draft.name) return unchanged(state);
      return edit(state, form, { name: command.value }, { type: 'fieldChanged', field: 'name', config: false });
    case 'setDescription':
      if (command.value === draft.description) return unchanged(state);
      return edit(
        state,
        form,
        { description: command.value },
        { type: 'fieldChanged', field: 'description', config: false },
      );
    case 'setVisibilityMode':
      if (command.mode === draft.visibility.mode) return unchanged(state);
      return edit(
        state,
        form,
        { visibility: { ...draft.visibility, mode: command.mode } },
        { type: 'fieldChanged', field: 'visibility', config: false },
      );
    case 'toggleVisibilityMember': {
      if (draft.visibility.mode !== 'selected') return reject(state, command, 'not-applicable');
      const known = command.kind === 'user' ? ctx.scenario.users : ctx.scenario.groups;
      if (!known.some((m) => m.id === command.id)) return reject(state, command, 'unknown-target');
      const list = command.kind === 'user' ? 'userIds' : 'groupIds';
      const visibility = { ...draft.visibility, [list]: toggle(draft.visibility[list], command.id) };
      return edit(state, form, { visibility }, { type: 'fieldChanged', field: 'visibility', config: false });
    }
    case 'setActive':
      // A new connection is saved inactive: Angi ny ERP-kobling has no Aktiv.
      if (dialog.kind === 'add') return reject(state, command, 'not-applicable');
      if (command.value === draft.active) return unchanged(state);
      return edit(state, form, { active: command.value }, { type: 'activeChanged', active: command.value });
    case 'chooseConnector': {
      if (dialog.kind !== 'add') return reject(state, command, 'not-applicable');
      const chosen = ctx.scenario.connectors.find((c) => c.id === command.connectorId);
      if (!chosen || !state.connectors.some((c) => c.id === chosen.id)) return reject(state, command, 'unknown-target');
      if (chosen.id === dialog.connectorId) return unchanged(state);
      // The fields change with the connector; values of fields the new one also has are kept. The last test
      // was for the other connector, so it no longer says anything.
      const keys = new Set(chosen.fields.map((f) => f.key));
      const config = Object.fromEntries(Object.entries(draft.config).filter(([key]) => keys.has(key)));
      const next: AddDialog = {
        ...dialog,
        connectorId: chosen.id,
        draft: { ...draft, config },
        test: { status: 'idle' },
      };
      return withDialog(state, next, [{ type: 'connectorChosen', connectorId: chosen.id }]);
    }
    case 'setField': {
      if (!connector?.fields.some((f) => f.key === command.key)) return reject(state, command, 'unknown-target');
      if (holds('config-locked-while-active', state, ctx))
        return reject(state, command, 'rule', ['config-locked-while-active']);
      if (command.value === (draft.config[command.key] ?? '')) return unchanged(state);
      // Staleness needs no bookkeeping here: rules compare the configuration's snapshot with the tested one.
      const config = { ...draft.config, [command.key]: command.value };
      return edit(state, form, { config }, { type: 'fieldChanged', field: command.key, config: true });
    }
    case 'runTest': {
      if (!connector) return reject(state, command, 'rule', ['add-needs-connector']);
      const token = state.nextToken;
      const test = { status: 'running' as const, token, config: canonicalConfig(connector, draft.config) };
      return {
        state: { ...state, nextToken: token + 1, dialog: { ...dialog, test } },
        events: [{ type: 'testStarted', token }],
      };
    }
    case 'finishTest': {
      // A finish for a test that was restarted, cancelled or reset is a leftover timer: ignore it quietly.
      if (dialog.test.status !== 'running' || dialog.test.token !== command.token || !connector)
        return unchanged(state);
      const snapshot = configSnapshot(connector, dialog.test.config);
      const outcome = runConnectionTest(connector, dialog.test.config, ctx.scenario.erp);
      return outcome.ok
        ? withDialog(state, { ...dialog, test: { status: 'passed', snapshot } }, [{ type: 'testPassed' }])
        : withDialog(state, { ...dialog, test: { status: 'failed', snapshot, failure: outcome.failure } }, [
            { type: 'testFailed', code: outcome.failure.code, fieldKey: outcome.failure.fieldKey },
          ]);
    }
    default:
      return reject(state, command, 'not-applicable');
  }
}

/** OK in a connection dialog whose OK conditions all hold: saves the edit, or adds the new connection. */
export function saveConnectionForm(state: SimState, ctx: SimContext): Result {
  const form = connectionForm(state, ctx)!;
  const { dialog, saved } = form;
  const connector = form.connector!;
  if (dialog.kind === 'add') {
    const id = newConnectionId(
      dialog.draft.name,
      state.connections.map((c) => c.id),
    );
    const added = newConnection(id, connector, dialog.draft);
    const notice = {
      key: 'sim.notice.addedInactive',
      params: { name: added.name },
      href: rule('new-connection-inactive').href,
      tone: 'info' as const,
    };
    return {
      state: {
        ...state,
        connections: [...state.connections, added],
        priority: [...state.priority, id],
        selectedId: id,
        dialog: null,
        notice,
      },
      events: [
        { type: 'connectionAdded', connectionId: id },
        { type: 'saved', connectionId: id, active: false },
      ],
    };
  }
  const next = connectionFromDraft(saved!, connector, dialog.draft);
  const remind = holds('save-inactive-reminder', state, ctx);
  const events: SimEvent[] = [{ type: 'saved', connectionId: next.id, active: next.active }];
  if (remind) events.push({ type: 'savedInactive', connectionId: next.id });
  const notice = remind
    ? {
        key: 'sim.notice.savedInactive',
        params: { name: next.name },
        href: rule('save-inactive-reminder').href,
        tone: 'warning' as const,
      }
    : state.notice;
  const connections = state.connections.map((c) => (c.id === next.id ? next : c));
  return { state: { ...state, connections, dialog: null, notice }, events };
}
