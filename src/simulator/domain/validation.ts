import { charLength, displayValue, forbiddenChars, invisibleChars, listChars } from './characters.ts';
import type { ConnectorDef, FieldDef, FieldType, ListedConnector } from './types.ts';

/** Why a value is not accepted: a catalog key and its placeholder values, shown at the field. */
export interface Problem {
  messageKey: string;
  params?: Record<string, string>;
}

/** Longest name the ERP-koblinger list shows without breaking its layout. */
export const NAME_MAX_LENGTH = 80;
/** The description is free text; the cap keeps stored state small. */
export const DESCRIPTION_MAX_LENGTH = 1000;

/** Default maximum length per field type (a field's `maxLength` overrides it). Paths follow Windows' MAX_PATH. */
export const MAX_LENGTH: Readonly<Record<FieldType, number>> = {
  text: 100,
  url: 255,
  secret: 128,
  number: 12,
  path: 260,
  select: 50,
};

/** Characters Windows refuses in a path, on top of `<` and `>`. */
const PATH_EXTRA = '|"?*';

function characterProblem(value: string, extra = ''): Problem | undefined {
  const invisible = invisibleChars(value);
  if (invisible.length) return { messageKey: 'sim.validation.invisibleChars', params: { chars: listChars(invisible) } };
  const forbidden = forbiddenChars(value, extra);
  if (forbidden.length) return { messageKey: 'sim.validation.forbiddenChars', params: { chars: listChars(forbidden) } };
  return undefined;
}

function tooLong(value: string, max: number): Problem | undefined {
  const length = charLength(value);
  return length > max
    ? { messageKey: 'sim.validation.tooLong', params: { length: String(length), max: String(max) } }
    : undefined;
}

/** The connection name (trimmed on save): not blank, no invisible characters, no emoji or `<` `>`, at most 80 characters. */
export function validateName(value: string): Problem | undefined {
  const name = value.trim();
  if (name === '') return { messageKey: 'sim.validation.nameBlank' };
  return characterProblem(name) ?? tooLong(name, NAME_MAX_LENGTH);
}

/** A new Sync Connector's name: a valid name, and not one a connector in the list already has. */
export function validateConnectorName(value: string, listed: readonly ListedConnector[]): Problem | undefined {
  const problem = validateName(value);
  if (problem) return problem;
  const name = value.trim().toLowerCase();
  return listed.some((c) => c.name.trim().toLowerCase() === name)
    ? { messageKey: 'sim.validation.nameTaken', params: { name: value.trim() } }
    : undefined;
}

/** The description is free text: line breaks, emoji and `<` are fine; other invisible characters are not. */
export function validateDescription(value: string): Problem | undefined {
  const invisible = invisibleChars(value, { allowLineBreaks: true });
  if (invisible.length) return { messageKey: 'sim.validation.invisibleChars', params: { chars: listChars(invisible) } };
  return tooLong(value, DESCRIPTION_MAX_LENGTH);
}

/** http(s), a host, no spaces. `new URL` alone would accept `https:erp.no` and quietly add the slashes. */
function isHttpUrl(value: string): boolean {
  if (!/^https?:\/\/[^\s/]/i.test(value) || /\s/.test(value)) return false;
  try {
    return new URL(value).hostname !== '';
  } catch {
    return false;
  }
}

function typeProblem(field: FieldDef, value: string): Problem | undefined {
  switch (field.type) {
    case 'url':
      return isHttpUrl(value)
        ? undefined
        : { messageKey: 'sim.validation.url', params: { value: displayValue(value) } };
    case 'number': {
      if (!/^-?\d+$/.test(value))
        return { messageKey: 'sim.validation.notInteger', params: { value: displayValue(value) } };
      const n = Number(value);
      const { min = -Infinity, max = Infinity } = field;
      return n < min || n > max
        ? { messageKey: 'sim.validation.outOfRange', params: { min: String(min), max: String(max) } }
        : undefined;
    }
    case 'select':
      return field.options?.some((o) => o.value === value) ? undefined : { messageKey: 'sim.validation.notAnOption' };
    default:
      if (field.format === 'digits' && !/^\d+$/.test(value)) return { messageKey: 'sim.validation.digitsOnly' };
      return undefined;
  }
}

/**
 * One configuration value as typed. Surrounding spaces are ignored (they are trimmed on save); an empty
 * optional field is valid. Returns the first problem, checked from the most basic to the most specific.
 */
export function validateField(field: FieldDef, raw: string): Problem | undefined {
  const value = raw.trim();
  if (value === '') return field.required ? { messageKey: 'sim.validation.required' } : undefined;
  return (
    characterProblem(value, field.type === 'path' ? PATH_EXTRA : '') ??
    tooLong(value, field.maxLength ?? MAX_LENGTH[field.type]) ??
    typeProblem(field, value)
  );
}

/** The URL of a new Sync Connector: required, an http(s) address, no invisible characters. */
export function validateConnectorUrl(raw: string): Problem | undefined {
  const value = raw.trim();
  if (value === '') return { messageKey: 'sim.validation.required' };
  return (
    characterProblem(value) ??
    tooLong(value, MAX_LENGTH.url) ??
    (isHttpUrl(value) ? undefined : { messageKey: 'sim.validation.url', params: { value: displayValue(value) } })
  );
}

/** Longest default value: it is written into an ERP field, which is a text field at most this long. */
export const DEFAULT_VALUE_MAX_LENGTH = 100;

/** The value of Angi standardverdi: required while it is chosen, plain text. */
export function validateDefaultValue(raw: string): Problem | undefined {
  const value = raw.trim();
  if (value === '') return { messageKey: 'sim.validation.required' };
  return characterProblem(value) ?? tooLong(value, DEFAULT_VALUE_MAX_LENGTH);
}

/** Every configuration field with a problem, keyed by field key, in the connector's order. */
export function configProblems(
  connector: ConnectorDef,
  config: Readonly<Record<string, string>>,
): Map<string, Problem> {
  const problems = new Map<string, Problem>();
  for (const field of connector.fields) {
    const problem = validateField(field, config[field.key] ?? '');
    if (problem) problems.set(field.key, problem);
  }
  return problems;
}
