import { canonicalConfig } from './config-snapshot.ts';
import { displayValue } from './characters.ts';
import { effectiveBackend, normalizePath, normalizeUrl } from './erp-backend.ts';
import { validateField } from './validation.ts';
import type { ConnectorDef, ErpBackend, FieldDef, FieldRole } from './types.ts';

/** Every way Test ERP-tilkobling can fail. Stable: exercises and deep links refer to them. */
export type TestErrorCode =
  | 'missing-field'
  | 'invalid-value'
  | 'server-unreachable'
  | 'unknown-client'
  | 'credentials-rejected'
  | 'path-not-found';

/** The troubleshooting page that explains test failures; each code has its own section. */
export const TEST_FAILS_PAGE = '/no/erp/admin/troubleshooting/test-fails/';

/** Anchor of each code's section on the test-fails page. */
export const TEST_ERROR_ANCHORS: Readonly<Record<TestErrorCode, string>> = {
  'missing-field': 'manglende-felt',
  'invalid-value': 'ugyldig-verdi',
  'server-unreachable': 'server-utilgjengelig',
  'unknown-client': 'ukjent-klientnummer',
  'credentials-rejected': 'palogging-avvist',
  'path-not-found': 'filsti-finnes-ikke',
};

/** A failed test: what went wrong, at which field, the message saying what to fix, and where to read more. */
export interface TestFailure {
  code: TestErrorCode;
  fieldKey: string;
  messageKey: string;
  /** Placeholders; labels come in both languages (`label`, `labelEn`) so each catalog picks its own. */
  params: Record<string, string>;
  href: string;
}

export type TestOutcome = { ok: true } | { ok: false; failure: TestFailure };

function fail(
  code: TestErrorCode,
  field: FieldDef,
  params: Record<string, string> = {},
  messageKey = `sim.test.error.${code}`,
): TestOutcome {
  return {
    ok: false,
    failure: {
      code,
      fieldKey: field.key,
      messageKey,
      params: { label: field.label, labelEn: field.labelEn, ...params },
      href: `${TEST_FAILS_PAGE}#${TEST_ERROR_ANCHORS[code]}`,
    },
  };
}

/** A secret is never echoed back on screen, not even a wrong one. */
function shown(field: FieldDef, value: string): string {
  return field.type === 'secret' ? '••••••' : displayValue(value);
}

/**
 * Runs the simulated test: the fields first (in the dialog's order, so the first message is the topmost
 * field), then what the ERP answers. Deterministic: the same configuration and back end always give the same
 * outcome.
 */
export function runConnectionTest(
  connector: ConnectorDef,
  config: Readonly<Record<string, string>>,
  erp: ErpBackend,
): TestOutcome {
  const values = canonicalConfig(connector, config);
  for (const field of connector.fields) {
    const problem = validateField(field, values[field.key]!);
    if (problem?.messageKey === 'sim.validation.required') return fail('missing-field', field);
    if (problem) return fail('invalid-value', field, { value: shown(field, values[field.key]!) });
  }
  const byRole = (role: FieldRole) => connector.fields.find((f) => f.role === role);
  const backend = effectiveBackend(erp);

  if (connector.kind === 'file') {
    const folder = byRole('folder');
    if (folder && !backend.folders.some((f) => normalizePath(f) === normalizePath(values[folder.key]!)))
      return fail('path-not-found', folder, { value: displayValue(values[folder.key]!) });
    return { ok: true };
  }

  const [url, client, user, apiKey] = (['url', 'client', 'user', 'apiKey'] as const).map(byRole);
  if (!url) return { ok: true };
  const server = backend.servers.find((s) => normalizeUrl(s.url) === normalizeUrl(values[url.key]!));
  if (!server) return fail('server-unreachable', url, { value: displayValue(values[url.key]!) });
  if (client && !server.clients.includes(values[client.key]!))
    return fail('unknown-client', client, { value: displayValue(values[client.key]!) });
  if (user && apiKey) {
    const name = values[user.key]!;
    const account = server.accounts.find(
      (a) => a.user.toLowerCase() === name.toLowerCase() && a.apiKey === values[apiKey.key],
    );
    const names = { user: displayValue(name), userLabel: user.label, userLabelEn: user.labelEn };
    if (!account) return fail('credentials-rejected', apiKey, names);
    if (account.expired) return fail('credentials-rejected', apiKey, names, 'sim.test.error.credentials-expired');
  }
  return { ok: true };
}
