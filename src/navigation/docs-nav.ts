import type { NavGroupInput, NavLanguageInput } from '../schemas/docs-root.ts';
import {
  isGroup,
  navigationOf,
  type NavGroup,
  type NavItem,
  type NavLink,
  type NavTab,
  type Navigation,
} from './sidebar.ts';

/** A page the navigation can link: its key (`no/erp/admin/index`), route and sidebar label. */
export interface DocsNavPage {
  route: string;
  label: string;
}

/** A group of extra links placed right after a page of the navigation, in the same group. */
export interface NavInsertion {
  besideRoute: string;
  group: NavGroup;
}

export interface DocsNavOptions {
  /** The page a navigation entry names, by its key as written. */
  page(key: string): DocsNavPage | undefined;
  /** Whether an entry names a page of a built language (so its absence is a problem, not a public link). */
  isBuiltLanguage(key: string): boolean;
  /** The public site's address of a page this build does not have. */
  publicUrl(key: string): string;
  insertions?: readonly NavInsertion[];
}

export interface DocsNavProblem {
  target: string;
  message: string;
}

type Entries = ReadonlyArray<string | NavGroupInput>;

/**
 * A language's sidebar from its Mintlify navigation: tabs, nested groups and pages, in the writers' order. An
 * entry for a page of another language, or outside the language folders, links to the public site; an entry for
 * a page of a built language that does not exist is left out and reported. A tab or group left with nothing is
 * left out too.
 */
export function buildDocsNavigation(
  language: NavLanguageInput,
  options: DocsNavOptions,
): { nav: Navigation; problems: DocsNavProblem[] } {
  const problems: DocsNavProblem[] = [];

  const entry = (key: string, soleLabel?: string): NavLink | undefined => {
    const page = options.page(key);
    if (page) return { route: page.route, label: page.label };
    if (options.isBuiltLanguage(key)) {
      problems.push({ target: key, message: 'the navigation lists a page that is not in the docs root: left out' });
      return undefined;
    }
    const label =
      soleLabel ??
      key
        .replace(/\/index$/, '')
        .split('/')
        .at(-1) ??
      key;
    return { route: options.publicUrl(key), label, external: true };
  };

  const items = (entries: Entries, soleLabel?: string): NavItem[] =>
    entries.flatMap((value): NavItem[] => {
      if (typeof value === 'string') {
        const link = entry(value, entries.length === 1 ? soleLabel : undefined);
        return link ? [link] : [];
      }
      const children = items(value.pages);
      return children.length ? [{ label: value.group, items: children }] : [];
    });

  const tabs: NavTab[] = (language.tabs ?? []).map((tab) => ({
    label: tab.tab,
    items: [...items(tab.pages ?? [], tab.tab), ...items(tab.groups ?? [])],
  }));
  const loose = [...items(language.groups ?? []), ...items(language.pages ?? [])];
  if (loose.length) tabs.push({ items: loose });

  for (const insertion of options.insertions ?? []) {
    if (!insertAfter(tabs, insertion)) {
      problems.push({
        target: insertion.besideRoute,
        message: `the group "${insertion.group.label}" should follow this page, which the navigation does not list`,
      });
    }
  }
  return { nav: navigationOf(tabs.filter((tab) => tab.items.length > 0)), problems };
}

function insertAfter(tabs: NavTab[], insertion: NavInsertion): boolean {
  const visit = (items: NavItem[]): boolean => {
    const index = items.findIndex((item) => !isGroup(item) && item.route === insertion.besideRoute);
    if (index >= 0) {
      items.splice(index + 1, 0, insertion.group);
      return true;
    }
    return items.some((item) => isGroup(item) && visit(item.items));
  };
  return tabs.some((tab) => visit(tab.items));
}
