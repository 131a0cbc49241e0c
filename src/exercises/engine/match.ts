import type { Match } from './types.ts';

/** What a Match is compared with: a value of the simulator (text, a flag, a list of ids) or nothing. */
export type Actual = string | number | boolean | readonly string[] | null | undefined;

const patterns = new Map<string, RegExp>();

/** Compiled once per pattern; the schema has already rejected patterns that do not compile. */
function pattern(source: string, ignoreCase: boolean): RegExp {
  const key = `${ignoreCase ? 'i' : '-'}${source}`;
  let regex = patterns.get(key);
  if (!regex) patterns.set(key, (regex = new RegExp(source, ignoreCase ? 'iu' : 'u')));
  return regex;
}

/** The simulator trims names, descriptions and configuration values when it saves, so comparisons do too. */
function text(value: Actual): string {
  if (value === null || value === undefined) return '';
  return String(value).trim();
}

/** Array.isArray narrows a readonly list to any[]; this keeps the element type. */
function isList(value: Actual): value is readonly string[] {
  return Array.isArray(value);
}

/** Whether one scalar value satisfies a Match (a `changed` Match needs the baseline). */
function matchOne(match: Match, actual: Exclude<Actual, readonly string[]>, baseline: Actual): boolean {
  if (typeof match === 'string' || typeof match === 'boolean') return text(actual) === text(match);
  if ('equals' in match) return text(actual) === text(match.equals);
  if ('notEquals' in match) return text(actual) !== text(match.notEquals);
  if ('matches' in match) return pattern(match.matches, match.ignoreCase ?? false).test(text(actual));
  // Without a baseline (an event property) nothing counts as changed.
  if (baseline === undefined) return !match.changed;
  return (text(actual) !== text(baseline)) === match.changed;
}

/**
 * Whether `actual` satisfies `match`. A list (the rule ids of a rejection) satisfies a positive Match when one
 * of its items does, and `notEquals` when none of them equals the value.
 */
export function matches(match: Match, actual: Actual, baseline?: Actual): boolean {
  if (!isList(actual)) return matchOne(match, actual, baseline);
  if (typeof match === 'object' && 'notEquals' in match)
    return actual.every((item) => matchOne(match, item, undefined));
  return actual.some((item) => matchOne(match, item, undefined));
}
