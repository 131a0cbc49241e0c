import type { ErpBackend, ErpServer } from './types.ts';

/** The back end after the scenario's faults are applied: what the connection test actually meets. */
export interface EffectiveBackend {
  servers: ErpServer[];
  folders: string[];
}

/**
 * Base URLs compare the way a server would route them: scheme and host case-insensitive, trailing slashes,
 * query and fragment ignored. Text that is not a URL compares as typed.
 */
export function normalizeUrl(value: string): string {
  try {
    const url = new URL(value.trim());
    return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}`;
  } catch {
    return value.trim();
  }
}

/** Folder paths compare as Windows does: either slash, any case, no trailing separator. */
export function normalizePath(value: string): string {
  return value.trim().replace(/\//g, '\\').replace(/\\+$/, '').toLowerCase();
}

/** Applies the faults to the healthy world. Pure: the scenario is never changed. */
export function effectiveBackend(erp: ErpBackend): EffectiveBackend {
  const down = new Set(erp.faults.flatMap((f) => (f.kind === 'unreachable' ? [normalizeUrl(f.url)] : [])));
  const expired = new Set(erp.faults.flatMap((f) => (f.kind === 'expired-key' ? [f.user.toLowerCase()] : [])));
  const removedClients = new Set(erp.faults.flatMap((f) => (f.kind === 'unknown-client' ? [f.client] : [])));
  const missing = new Set(erp.faults.flatMap((f) => (f.kind === 'missing-folder' ? [normalizePath(f.path)] : [])));
  return {
    servers: erp.servers
      .filter((s) => !down.has(normalizeUrl(s.url)))
      .map((s) => ({
        url: s.url,
        clients: s.clients.filter((c) => !removedClients.has(c)),
        accounts: s.accounts.map((a) => ({ ...a, expired: a.expired || expired.has(a.user.toLowerCase()) })),
      })),
    folders: erp.folders.filter((f) => !missing.has(normalizePath(f))),
  };
}
