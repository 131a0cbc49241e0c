import type { Toc, TocPage } from '../schemas/toc.ts';
import { routeForDocPath } from './routes.ts';

/** What the navigation needs to know about a page. */
export interface PageInfo {
  /** Path below content/docs, e.g. `no/erp/admin/index.mdx`. */
  file: string;
  title: string;
}

export interface NavLink {
  file: string;
  route: string;
  label: string;
}

export interface NavSection {
  label: string;
  links: NavLink[];
}

/** The sidebar (sections; a lone page is a section without a label), plus reading order for previous/next. */
export interface Navigation {
  sections: Array<{ label?: string; links: NavLink[] }>;
  order: NavLink[];
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
    return { file: page.file, route: routeForDocPath(page.file), label: entry.label ?? page.title };
  };

  const sections = toc.map((item, i) =>
    'items' in item
      ? {
          label: item.label,
          links: item.items.map((entry, j) => link(entry, [i, 'items', j])).filter((l) => l !== undefined),
        }
      : { links: [link(item, [i])].filter((l) => l !== undefined) },
  );
  for (const page of pages) {
    if (!listed.has(page.file))
      problems.push(`content/docs/${page.file} is not in ${tocFile}: add it where it belongs`);
  }
  if (problems.length)
    throw new Error(`The table of contents does not match the pages:\n  - ${problems.join('\n  - ')}`);
  return { sections, order: sections.flatMap((section) => section.links) };
}

/** The pages before and after a page in reading order. */
export function neighbours(nav: Navigation, file: string): { previous?: NavLink; next?: NavLink } {
  const index = nav.order.findIndex((link) => link.file === file);
  if (index === -1) return {};
  return { previous: nav.order[index - 1], next: nav.order[index + 1] };
}

/** Start page, then the page's section (linked to its first page when that is not the page itself). */
export function breadcrumbs(nav: Navigation, file: string): Array<{ label: string; route?: string }> {
  const home = nav.order[0];
  const section = nav.sections.find((s) => s.links.some((link) => link.file === file));
  const crumbs: Array<{ label: string; route?: string }> = [];
  if (home && home.file !== file) crumbs.push({ label: home.label, route: home.route });
  if (section?.label) {
    const first = section.links[0];
    crumbs.push({ label: section.label, route: first && first.file !== file ? first.route : undefined });
  }
  return crumbs;
}
