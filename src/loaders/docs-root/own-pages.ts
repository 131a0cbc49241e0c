import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { routeForDocPath } from '../../navigation/routes.ts';
import { parseDocsRootSource } from '../../markdown/docs-root/source.ts';

/** What a docs-root build needs to know of one of the site's own pages. */
export interface OwnPageRef {
  /** Path below content/docs. */
  file: string;
  uid?: string;
  title?: string;
  route: string;
}

/** The site's own pages (uid, title, route), read from their frontmatter; the docs collection checks them fully. */
export function readOwnPages(dir = 'content/docs'): OwnPageRef[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.mdx') && !file.split(/[\\/]/).includes('includes'))
    .map((file) => file.split('\\').join('/'))
    .sort()
    .map((file) => {
      const { frontmatter } = parseDocsRootSource(readFileSync(join(dir, file), 'utf8'), `${dir}/${file}`);
      const text = (key: string) => (typeof frontmatter[key] === 'string' ? frontmatter[key] : undefined);
      return { file, uid: text('uid'), title: text('title'), route: routeForDocPath(file) };
    });
}

/** A page of the site that a docs-root page takes the place of, and why. */
export interface Replacement {
  own: OwnPageRef;
  by: { file: string; route: string };
  reason: 'uid' | 'address';
}

/**
 * The site's own pages a docs-root build does not serve: where the docs root has a page with the same uid, or a
 * page at the same address, the docs root's page is the one served (it is the real help; the site's copy was
 * written for it).
 */
export function replacedOwnPages(
  own: readonly OwnPageRef[],
  docsRoot: ReadonlyArray<{ uid?: string; route: string; file: string }>,
): Replacement[] {
  const byUid = new Map<string, (typeof docsRoot)[number]>();
  for (const page of docsRoot) if (page.uid && !byUid.has(page.uid)) byUid.set(page.uid, page);
  const byRoute = new Map(docsRoot.map((p) => [p.route, p]));
  return own.flatMap((page): Replacement[] => {
    const sameUid = page.uid ? byUid.get(page.uid) : undefined;
    if (sameUid) return [{ own: page, by: sameUid, reason: 'uid' }];
    const sameRoute = byRoute.get(page.route);
    return sameRoute ? [{ own: page, by: sameRoute, reason: 'address' }] : [];
  });
}
