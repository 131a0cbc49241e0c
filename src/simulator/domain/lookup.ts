import type { DialogState, SimContext, SimState } from './state.ts';
import type { Connection, ConnectorDef } from './types.ts';

/** The connector a connection uses. Scenario validation guarantees it exists for scenario connections. */
export function connectorOf(ctx: SimContext, connectorId: string): ConnectorDef | undefined {
  return ctx.scenario.connectors.find((c) => c.id === connectorId);
}

/** A saved connection by id. */
export function connectionById(state: SimState, id: string | null): Connection | undefined {
  return id === null ? undefined : state.connections.find((c) => c.id === id);
}

/** The open dialog with its saved connection and connector, or undefined when no dialog is open. */
export function openDialog(
  state: SimState,
  ctx: SimContext,
): { dialog: DialogState; saved: Connection; connector: ConnectorDef } | undefined {
  const dialog = state.dialog;
  if (!dialog) return undefined;
  const saved = connectionById(state, dialog.connectionId);
  const connector = saved && connectorOf(ctx, saved.connectorId);
  return saved && connector ? { dialog, saved, connector } : undefined;
}
