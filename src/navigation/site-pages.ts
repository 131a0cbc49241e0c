import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { lineOfFrontmatterField } from '../schemas/frontmatter-source.ts';
import { buildNavigation, type Navigation } from './sidebar.ts';
import { readToc, TOC_FILE, tocLineFinder } from '../loaders/toc.ts';
import { DOCS_DIR, routeForDocPath } from './routes.ts';

export type DocEntry = CollectionEntry<'docs'>;

/** Path of an entry below content/docs (`no/erp/admin/index.mdx`). */
export function docFile(entry: DocEntry): string {
  return (entry.filePath ?? entry.id).replace(`${DOCS_DIR}/`, '');
}

export interface SitePages {
  docs: Array<{ entry: DocEntry; file: string; route: string }>;
  redirects: Array<{ from: string; to: string; title: string }>;
  nav: Navigation;
}

/**
 * Every route the content produces: one per page and one per `redirect_from` path. Fails when a redirect would
 * shadow a page or two pages claim the same old path.
 */
export async function loadSitePages(): Promise<SitePages> {
  const entries = await getCollection('docs');
  const docs = entries.map((entry) => ({ entry, file: docFile(entry), route: routeForDocPath(docFile(entry)) }));
  const nav = buildNavigation(
    readToc(),
    docs.map(({ file, entry }) => ({ file, title: entry.data.title })),
    TOC_FILE,
    tocLineFinder(),
  );
  const routes = new Map(docs.map((doc) => [doc.route, `${DOCS_DIR}/${doc.file}`]));
  const redirects: SitePages['redirects'] = [];
  const problems: string[] = [];
  for (const doc of docs) {
    for (const raw of doc.entry.data.redirect_from) {
      const from = raw.endsWith('/') ? raw : `${raw}/`;
      const taken = routes.get(from);
      if (taken) {
        const file = `${DOCS_DIR}/${doc.file}`;
        const line = lineOfFrontmatterField(readFileSync(file, 'utf8'), 'redirect_from');
        problems.push(`${file}${line ? `:${line}` : ''}: redirect_from "${raw}" is already the address of ${taken}`);
      } else {
        routes.set(from, `${DOCS_DIR}/${doc.file}`);
        redirects.push({ from, to: doc.route, title: doc.entry.data.title });
      }
    }
  }
  if (problems.length) throw new Error(`Redirects clash with pages:\n  - ${problems.join('\n  - ')}`);
  return { docs, redirects, nav };
}
