import type { ConnectorDef } from './types.ts';

/**
 * The configuration as the connector sees it: exactly the connector's fields, in its order, each trimmed
 * (a missing field is empty). What is tested, compared and saved is always this form, so a stray space
 * typed after a value neither makes a test stale nor reaches the saved list.
 */
export function canonicalConfig(
  connector: ConnectorDef,
  config: Readonly<Record<string, string>>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const field of connector.fields) out[field.key] = (config[field.key] ?? '').trim();
  return out;
}

/**
 * A string that is equal for two configurations exactly when the connector would treat them the same. Keys
 * are sorted so the order fields were typed in does not matter.
 */
export function configSnapshot(connector: ConnectorDef, config: Readonly<Record<string, string>>): string {
  const canonical = canonicalConfig(connector, config);
  return JSON.stringify(
    Object.keys(canonical)
      .sort()
      .map((key) => [key, canonical[key]]),
  );
}
