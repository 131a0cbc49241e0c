import { missingKeys } from '../catalogs/missing-keys.ts';
import { placeholderMismatches } from '../catalogs/placeholders.ts';
import { namespaceOf, type Catalogs } from '../catalogs/types.ts';
import { DEFAULT_PAIR, type LanguagePair } from '../xliff/export.ts';
import type { KeyReference } from './key-usage.ts';
import { textLength, type Limit } from './limits.ts';
import type { SimulatorView } from './simulator-views.ts';

/**
 * One row of the review page's string table per key: the texts, where the key is used, its length against its
 * limit and what is wrong with it.
 */

/** What the review page can filter on. A row has `ok` exactly when it has none of the others. */
export const STRING_STATUSES = [
  'ok',
  'missing-target',
  'missing-source',
  'over-limit',
  'placeholders',
  'unused',
] as const;
export type StringStatus = (typeof STRING_STATUSES)[number];

export interface LengthCheck {
  length: number;
  max?: number;
  over: boolean;
}

export interface StringRow {
  key: string;
  /** `sim` also for the keys of sim.dialog.json: the page filters by namespace, not by file. */
  namespace: string;
  /** Text in the source language (nb); undefined when the key is missing there. */
  source?: string;
  /** Text in the target language (en); undefined when it is missing or empty. */
  target?: string;
  usage: readonly KeyReference[];
  limit?: Limit;
  length: { source?: LengthCheck; target?: LengthCheck };
  statuses: StringStatus[];
  /**
   * For simulator keys (`sim.`): the first state of the simulator that shows the text, or null when no state a
   * link can open shows it. Undefined for other namespaces.
   */
  view?: SimulatorView | null;
}

export interface StringsInput {
  catalogs: Catalogs;
  usage: ReadonlyMap<string, readonly KeyReference[]>;
  limitOf: (key: string) => Limit | undefined;
  views: ReadonlyMap<string, SimulatorView>;
  pair?: LanguagePair;
}

function check(text: string | undefined, limit: Limit | undefined): LengthCheck | undefined {
  if (text === undefined) return undefined;
  const length = textLength(text);
  return { length, max: limit?.max, over: limit !== undefined && length > limit.max };
}

/**
 * The rows, in the source catalogs' order (catalog files sorted by name, so a namespace's files follow each other:
 * sim, sim.dialog), then keys only the target language has.
 */
export function stringRows({ catalogs, usage, limitOf, views, pair = DEFAULT_PAIR }: StringsInput): StringRow[] {
  const source = catalogs[pair.source] ?? {};
  const target = catalogs[pair.target] ?? {};
  const names = [...new Set([...Object.keys(source), ...Object.keys(target)])].sort();
  const wrongPlaceholders = new Set(
    placeholderMismatches(catalogs)
      .filter((m) => m.lang === pair.target)
      .map((m) => m.key),
  );
  const missing = missingKeys(catalogs);
  const rows: StringRow[] = [];
  for (const name of names) {
    const namespace = namespaceOf(name);
    const sourceMessages = source[name]?.messages ?? {};
    const targetMessages = target[name]?.messages ?? {};
    const keys = [...new Set([...Object.keys(sourceMessages), ...Object.keys(targetMessages)])];
    for (const key of keys) {
      const sourceText = sourceMessages[key];
      const targetText = targetMessages[key]?.trim() ? targetMessages[key] : undefined;
      const limit = limitOf(key);
      const length = { source: check(sourceText, limit), target: check(targetText, limit) };
      const used = usage.get(key) ?? [];
      const statuses: StringStatus[] = [];
      if (targetText === undefined || missing.some((m) => m.key === key && m.missingIn === pair.target))
        statuses.push('missing-target');
      if (sourceText === undefined) statuses.push('missing-source');
      if (length.source?.over || length.target?.over) statuses.push('over-limit');
      if (wrongPlaceholders.has(key)) statuses.push('placeholders');
      if (used.length === 0) statuses.push('unused');
      rows.push({
        key,
        namespace,
        source: sourceText,
        target: targetText,
        usage: used,
        limit,
        length,
        statuses: statuses.length ? statuses : ['ok'],
        view: namespace === 'sim' ? (views.get(key) ?? null) : undefined,
      });
    }
  }
  return rows;
}

/** How many rows have each status. */
export function statusCounts(rows: readonly StringRow[]): Record<StringStatus, number> {
  const counts = Object.fromEntries(STRING_STATUSES.map((s) => [s, 0])) as Record<StringStatus, number>;
  for (const row of rows) for (const status of row.statuses) counts[status]++;
  return counts;
}
