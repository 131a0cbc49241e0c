import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import type { WildcardRedirect } from '../loaders/docs-root/redirects.ts';
import { readToc, TOC_FILE, tocLineFinder } from '../loaders/toc.ts';
import type { DocsRootPageData } from '../schemas/docs-root-entry.ts';
import { lineOfFrontmatterField } from '../schemas/frontmatter-source.ts';
import { docsRootPageData, ownPageData, type PageData } from './page-data.ts';
import { DOCS_DIR, routeForDocPath } from './routes.ts';
import { buildNavigation, type Navigation } from './sidebar.ts';

export type DocEntry = CollectionEntry<'docs'>;
export type DocsRootEntry = CollectionEntry<'docsRoot'>;

/** Path of an entry below content/docs (`no/erp/admin/index.mdx`). */
export function docFile(entry: DocEntry): string {
  return (entry.filePath ?? entry.id).replace(`${DOCS_DIR}/`, '');
}

/** A page of the site: one of its own (`content/docs`) or one of the docs root's. */
export type SitePage = {
  route: string;
  /** The page's file as build output names it (relative to the project). */
  file: string;
  data: PageData;
  nav: Navigation;
} & ({ kind: 'own'; entry: DocEntry } | { kind: 'docs-root'; entry: DocsRootEntry });

export interface SitePages {
  docs: SitePage[];
  redirects: Array<{ from: string; to: string; title: string }>;
  /** Wildcard redirects, which only the not-found page can serve. */
  wildcards: WildcardRedirect[];
}

function isPage(entry: DocsRootEntry): entry is DocsRootEntry & { data: DocsRootPageData } {
  return entry.data.kind === 'page';
}

/** The site's own pages with their navigation from toc.yaml, and their `redirect_from` redirects. */
async function ownSite(): Promise<SitePages> {
  const entries = await getCollection('docs');
  const pages = entries.map((entry) => ({ entry, file: docFile(entry), route: routeForDocPath(docFile(entry)) }));
  const nav = buildNavigation(
    readToc(),
    pages.map(({ file, entry }) => ({ file, title: entry.data.title })),
    TOC_FILE,
    tocLineFinder(),
  );
  const docs = pages.map(({ entry, file, route }): SitePage => ({
    kind: 'own',
    entry,
    route,
    file: `${DOCS_DIR}/${file}`,
    data: ownPageData(entry.data),
    nav,
  }));
  return { docs, redirects: redirectsOf(docs, entries), wildcards: [] };
}

function redirectsOf(docs: readonly SitePage[], entries: readonly DocEntry[]): SitePages['redirects'] {
  const served = new Set(entries.map((entry) => entry.id));
  const routes = new Map(docs.map((doc) => [doc.route, doc.file]));
  const redirects: SitePages['redirects'] = [];
  const problems: string[] = [];
  for (const doc of docs) {
    if (doc.kind !== 'own' || !served.has(doc.entry.id)) continue;
    for (const raw of doc.entry.data.redirect_from) {
      const from = raw.endsWith('/') ? raw : `${raw}/`;
      const taken = routes.get(from);
      if (taken) {
        const line = lineOfFrontmatterField(readFileSync(doc.file, 'utf8'), 'redirect_from');
        problems.push(
          `${doc.file}${line ? `:${line}` : ''}: redirect_from "${raw}" is already the address of ${taken}`,
        );
      } else {
        routes.set(from, doc.file);
        redirects.push({ from, to: doc.route, title: doc.data.title });
      }
    }
  }
  if (problems.length) throw new Error(`Redirects clash with pages:\n  - ${problems.join('\n  - ')}`);
  return redirects;
}

/**
 * Every route the content produces: one per page and one per redirect. Without a docs root, the site's own pages
 * with toc.yaml's navigation. With one (`DOCS_ROOT`), the docs root's pages with the navigation of their language,
 * its redirects, and those of the site's own pages the docs root does not replace, placed in that navigation by
 * content/training-layer.yaml. Fails when a redirect of the site's own pages would shadow a page.
 */
export async function loadSitePages(): Promise<SitePages> {
  // Asked of the environment rather than the collection: Astro warns about reading an empty collection.
  if (!process.env.DOCS_ROOT?.trim()) return ownSite();
  const docsRoot = await getCollection('docsRoot');

  const navs = new Map<string, Navigation>();
  let plan: Extract<DocsRootEntry['data'], { kind: 'redirects' }> | undefined;
  for (const entry of docsRoot) {
    if (entry.data.kind === 'navigation') navs.set(entry.data.language, entry.data.nav);
    if (entry.data.kind === 'redirects') plan = entry.data;
  }
  const fallbackNav = navs.values().next().value ?? { tabs: [], order: [] };
  const navFor = (language: string) => navs.get(language) ?? fallbackNav;

  const replaced = new Set(plan?.replaced ?? []);
  const own = (await getCollection('docs')).filter((entry) => !replaced.has(docFile(entry)));
  const docs: SitePage[] = [
    ...docsRoot.filter(isPage).map((entry): SitePage => ({
      kind: 'docs-root',
      entry,
      route: entry.data.route,
      file: entry.data.file,
      data: docsRootPageData(entry.data),
      nav: navFor(entry.data.language),
    })),
    ...own.map((entry): SitePage => ({
      kind: 'own',
      entry,
      route: routeForDocPath(docFile(entry)),
      file: `${DOCS_DIR}/${docFile(entry)}`,
      data: ownPageData(entry.data),
      nav: navFor(entry.data.language),
    })),
  ];
  const titles = new Map(docs.map((doc) => [doc.route, doc.data.title]));
  const redirects = [
    ...(plan?.redirects ?? []).map((r) => ({
      from: r.from,
      to: r.to,
      title: titles.get(r.to.replace(/#.*$/, '')) ?? r.to,
    })),
    ...redirectsOf(docs, own),
  ];
  return { docs, redirects, wildcards: plan?.wildcards ?? [] };
}
