/** Where the pages live, relative to the project root. The URL of a page mirrors its path below this folder. */
export const DOCS_DIR = 'content/docs';

/**
 * The route of a page file, given its path below `content/docs/` (`no/erp/admin/update-connection.mdx` ->
 * `/no/erp/admin/update-connection/`; an `index.mdx` stands for its folder).
 */
export function routeForDocPath(pathBelowDocs: string): string {
  const withoutExt = pathBelowDocs.replace(/\\/g, '/').replace(/\.mdx?$/, '');
  const trimmed = withoutExt === 'index' ? '' : withoutExt.replace(/\/index$/, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** The `[...slug]` param for a route: `/no/erp/` -> `no/erp`, `/` -> undefined. */
export function slugForRoute(route: string): string | undefined {
  const slug = route.replace(/^\/|\/$/g, '');
  return slug || undefined;
}
