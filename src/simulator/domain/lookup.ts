import type { AddDialog, EditDialog, SimContext, SimState, ToolDialog } from './state.ts';
import { TOOLS, type ToolId } from './commands.ts';
import { normalizeUrl } from './erp-backend.ts';
import type { Connection, ConnectorDef } from './types.ts';

/** The connector a connection uses. Scenario validation guarantees it exists for scenario connections. */
export function connectorOf(ctx: SimContext, connectorId: string): ConnectorDef | undefined {
  return ctx.scenario.connectors.find((c) => c.id === connectorId);
}

/** The sync app (a connector of the scenario, listed or not) that answers at a typed URL. */
export function appAt(ctx: SimContext, url: string): ConnectorDef | undefined {
  return ctx.scenario.connectors.find((c) => normalizeUrl(c.url) === normalizeUrl(url));
}

/** A saved connection by id. */
export function connectionById(state: SimState, id: string | null): Connection | undefined {
  return id === null ? undefined : state.connections.find((c) => c.id === id);
}

/** Konfigurer ERP-kobling, open, with its saved connection and connector; undefined for any other dialog. */
export function openDialog(
  state: SimState,
  ctx: SimContext,
): { dialog: EditDialog; saved: Connection; connector: ConnectorDef } | undefined {
  const dialog = state.dialog;
  if (dialog?.kind !== 'edit') return undefined;
  const saved = connectionById(state, dialog.connectionId);
  const connector = saved && connectorOf(ctx, saved.connectorId);
  return saved && connector ? { dialog, saved, connector } : undefined;
}

/**
 * The open connection dialog, Konfigurer ERP-kobling or Angi ny ERP-kobling, with its connector (undefined in
 * Angi ny ERP-kobling until one is chosen) and, when editing, the saved connection. The rules both dialogs share
 * read the dialog through this, so they are the same functions for adding and editing.
 */
export function connectionForm(
  state: SimState,
  ctx: SimContext,
): { dialog: EditDialog | AddDialog; connector: ConnectorDef | undefined; saved: Connection | undefined } | undefined {
  const dialog = state.dialog;
  if (dialog?.kind === 'edit') {
    const open = openDialog(state, ctx);
    return open && { dialog: open.dialog, connector: open.connector, saved: open.saved };
  }
  if (dialog?.kind !== 'add') return undefined;
  const listed = dialog.connectorId !== null && state.connectors.some((c) => c.id === dialog.connectorId);
  return { dialog, connector: listed ? connectorOf(ctx, dialog.connectorId!) : undefined, saved: undefined };
}

export function isToolId(kind: string): kind is ToolId {
  return (TOOLS as readonly string[]).includes(kind);
}

/** A lower-left dialog, open, with its saved connection and connector. */
export function openTool(
  state: SimState,
  ctx: SimContext,
): { dialog: ToolDialog; saved: Connection; connector: ConnectorDef } | undefined {
  const dialog = state.dialog;
  if (!dialog || !isToolId(dialog.kind)) return undefined;
  const tool = dialog as ToolDialog;
  const saved = connectionById(state, tool.connectionId);
  const connector = saved && connectorOf(ctx, saved.connectorId);
  return saved && connector ? { dialog: tool, saved, connector } : undefined;
}
