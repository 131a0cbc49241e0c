import type { NavGroupInput, NavLanguageInput } from '../../schemas/docs-root.ts';

type Entries = ReadonlyArray<string | NavGroupInput>;

function* entryKeys(entries: Entries | undefined): Generator<string> {
  for (const entry of entries ?? []) {
    if (typeof entry === 'string') yield entry;
    else yield* entryKeys(entry.pages);
  }
}

/** Every page a language's navigation names, in order (`no/erp/admin/index`, `index`). */
export function* navPageKeys(nav: NavLanguageInput): Generator<string> {
  for (const tab of nav.tabs ?? []) {
    yield* entryKeys(tab.pages);
    for (const group of tab.groups ?? []) yield* entryKeys(group.pages);
  }
  for (const group of nav.groups ?? []) yield* entryKeys(group.pages);
  yield* entryKeys(nav.pages);
}
