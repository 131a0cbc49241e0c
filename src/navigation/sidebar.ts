import type { Toc, TocPage } from '../schemas/toc.ts';
import { routeForDocPath } from './routes.ts';

/** What the navigation needs to know about a page. */
export interface PageInfo {
  /** Path below content/docs, e.g. `no/erp/admin/index.mdx`. */
  file: string;
  title: string;
}

/** A link in the sidebar. A link to the public site (a page this build does not have) is `external`. */
export interface NavLink {
  route: string;
  label: string;
  external?: boolean;
}

/** A titled group of links and nested groups. */
export interface NavGroup {
  label: string;
  items: NavItem[];
}

export type NavItem = NavLink | NavGroup;

/** A tab of the navigation; the site's own table of contents is one tab without a label. */
export interface NavTab {
  label?: string;
  items: NavItem[];
}

/** The sidebar (tabs of groups and links), plus reading order for previous/next. */
export interface Navigation {
  tabs: NavTab[];
  /** Every page of the build the navigation links, in reading order. */
  order: NavLink[];
}

export function isGroup(item: NavItem): item is NavGroup {
  return 'items' in item;
}

/** The links of a tree of items, depth first. */
export function* linksOf(items: readonly NavItem[]): Generator<NavLink> {
  for (const item of items) {
    if (isGroup(item)) yield* linksOf(item.items);
    else yield item;
  }
}

/** A navigation from its tabs: reading order is every internal link, each page once, in the order shown. */
export function navigationOf(tabs: NavTab[]): Navigation {
  const seen = new Set<string>();
  const order: NavLink[] = [];
  for (const tab of tabs) {
    for (const link of linksOf(tab.items)) {
      if (link.external || seen.has(link.route)) continue;
      seen.add(link.route);
      order.push(link);
    }
  }
  return { tabs, order };
}

/**
 * Joins the table of contents with the pages that exist. Fails, naming toc.yaml, the line (given `lineOf`) and the
 * page, when an entry points at no page, a page is listed twice, or a page is missing from the table of contents.
 */
export function buildNavigation(
  toc: Toc,
  pages: readonly PageInfo[],
  tocFile = 'content/docs/toc.yaml',
  lineOf: (path: ReadonlyArray<string | number>) => number | undefined = () => undefined,
): Navigation {
  const byFile = new Map(pages.map((page) => [page.file, page]));
  const listed = new Set<string>();
  const problems: string[] = [];

  const link = (entry: TocPage, path: Array<string | number>): NavLink | undefined => {
    const line = lineOf(path);
    const at = line ? `${tocFile}:${line}` : tocFile;
    const page = byFile.get(entry.page);
    if (!page) {
      problems.push(`${at} lists "${entry.page}", but there is no such page in content/docs`);
      return undefined;
    }
    if (listed.has(entry.page)) problems.push(`${at} lists "${entry.page}" more than once`);
    listed.add(entry.page);
    return { route: routeForDocPath(page.file), label: entry.label ?? page.title };
  };

  const items = toc.flatMap((item, i): NavItem[] => {
    if (!('items' in item)) return [link(item, [i])].filter((l) => l !== undefined);
    const links = item.items.map((entry, j) => link(entry, [i, 'items', j])).filter((l) => l !== undefined);
    return [{ label: item.label, items: links }];
  });
  for (const page of pages) {
    if (!listed.has(page.file))
      problems.push(`content/docs/${page.file} is not in ${tocFile}: add it where it belongs`);
  }
  if (problems.length)
    throw new Error(`The table of contents does not match the pages:\n  - ${problems.join('\n  - ')}`);
  return navigationOf([{ items }]);
}

const positions = new WeakMap<Navigation, Map<string, number>>();

function positionOf(nav: Navigation, route: string): number {
  let byRoute = positions.get(nav);
  if (!byRoute) positions.set(nav, (byRoute = new Map(nav.order.map((link, i) => [link.route, i]))));
  return byRoute.get(route) ?? -1;
}

/** The pages before and after a page in reading order. */
export function neighbours(nav: Navigation, route: string): { previous?: NavLink; next?: NavLink } {
  const index = positionOf(nav, route);
  if (index === -1) return {};
  return { previous: nav.order[index - 1], next: nav.order[index + 1] };
}

/** Where a page sits in the navigation: its tab, and the groups from the tab down to it (outermost first). */
export interface NavPlace {
  tab?: NavTab;
  groups: NavGroup[];
}

const places = new WeakMap<Navigation, Map<string, NavPlace>>();

/**
 * The place of a page in the navigation. Every page's place is found in one walk of the tree, the first time any
 * is asked for, so a build of hundreds of pages does not walk the whole navigation once per page.
 */
export function placeOf(nav: Navigation, route: string): NavPlace {
  let byRoute = places.get(nav);
  if (!byRoute) {
    const found = new Map<string, NavPlace>();
    const walk = (tab: NavTab, items: readonly NavItem[], trail: NavGroup[]) => {
      for (const item of items) {
        if (isGroup(item)) walk(tab, item.items, [...trail, item]);
        else if (!item.external && !found.has(item.route)) found.set(item.route, { tab, groups: trail });
      }
    };
    for (const tab of nav.tabs) walk(tab, tab.items, []);
    places.set(nav, (byRoute = found));
  }
  return byRoute.get(route) ?? { groups: [] };
}

/** The first page a tab or group leads to (its overview, by the writers' convention). */
export function firstLink(items: readonly NavItem[]): NavLink | undefined {
  for (const link of linksOf(items)) return link;
  return undefined;
}

/**
 * Start page, then the page's tab (when the navigation has labelled tabs) and each group down to the page, each
 * linked to its first page unless that is the page itself.
 */
export function breadcrumbs(nav: Navigation, route: string): Array<{ label: string; route?: string }> {
  const home = nav.order[0];
  const crumbs: Array<{ label: string; route?: string }> = [];
  if (home && home.route !== route) crumbs.push({ label: home.label, route: home.route });
  const { tab, groups } = placeOf(nav, route);
  const crumb = (label: string, items: readonly NavItem[]) => {
    const first = firstLink(items);
    crumbs.push({ label, route: first && first.route !== route ? first.route : undefined });
  };
  if (tab?.label && nav.tabs.length > 1 && firstLink(tab.items)?.route !== home?.route) crumb(tab.label, tab.items);
  for (const group of groups) crumb(group.label, group.items);
  return crumbs;
}
