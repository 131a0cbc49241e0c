import { basename, dirname, resolve } from 'node:path';
import type { Root } from 'mdast';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { appRoutes } from '../navigation/app-routes.ts';
import { DOCS_DIR } from '../navigation/routes.ts';
import { anchorsOf } from './anchors.ts';
import { docIndexFor, type DocIndex } from './doc-index.ts';
import { isJsxElement, jsxAttribute, setJsxAttribute } from './jsx.ts';
import { displayPath, fail, fileOrigin, originOf } from './origin.ts';
import { didYouMean } from './suggest.ts';
import { decode } from './url.ts';

/** Options of {@link remarkDocLinks}. */
export interface DocLinksOptions {
  /** Folder holding the pages; links resolve to routes below it. Default: `content/docs` in the working directory. */
  docsRoot?: string;
  /** Whether pages are parsed with GitHub-flavoured markdown, for their anchors. Default: `true`, as in Astro. */
  gfm?: boolean;
  /** Whether SmartyPants runs before headings are slugged, for their anchors. Default: `true`, as in Astro. */
  smartypants?: boolean;
}

/** A relative link split into its parts: `../learn/connect.md?x=1#ids` -> path, `?x=1`, `ids`. */
export function splitLink(url: string): { path: string; query: string; hash: string | undefined } {
  const hashAt = url.indexOf('#');
  const beforeHash = hashAt < 0 ? url : url.slice(0, hashAt);
  const queryAt = beforeHash.indexOf('?');
  return {
    path: queryAt < 0 ? beforeHash : beforeHash.slice(0, queryAt),
    query: queryAt < 0 ? '' : beforeHash.slice(queryAt),
    hash: hashAt < 0 ? undefined : url.slice(hashAt + 1),
  };
}

function anchorHint(anchor: string, anchors: ReadonlySet<string>): string {
  const near = didYouMean(anchor, anchors);
  if (near) return near;
  if (anchors.size === 0) return ' The page has no headings or anchors.';
  const some = [...anchors].slice(0, 10);
  return ` Its anchors: ${some.join(', ')}${anchors.size > some.length ? ', ...' : ''}.`;
}

/**
 * Rewrites links to other pages into site routes and checks them. Writers link the source files
 * (`[x](configure.md)`, `[1]: ../learn/connect.md#anchor`, `<a href="configure.md">`); relative to the file the
 * link is written in, `configure.md` names the page `configure.mdx` and becomes `/no/erp/admin/configure/`.
 * A link to a missing page, or to an anchor the page (or this page, for `#anchor`) lacks, stops the build.
 * Site addresses (`/no/erp/admin/configure/#defaults`) are checked the same way and kept as written: a page's
 * route, an old address a page keeps with `redirect_from`, or one of the site's own routes and files
 * (src/pages, public/). External links are left alone.
 */
export function remarkDocLinks(options: DocLinksOptions = {}) {
  let index: DocIndex | undefined;
  const getIndex = () =>
    (index ??= docIndexFor({
      root: options.docsRoot ?? resolve(DOCS_DIR),
      gfm: options.gfm,
      smartypants: options.smartypants,
    }));

  let siteRoutes: RegExp[] | undefined;

  return function transform(tree: Root, file: VFile): void {
    let ownAnchors: ReadonlySet<string> | undefined;

    /** Fails unless `page` has `anchor`; `shown` names the page in the message. */
    function checkAnchor(node: Node, url: string, page: string, anchor: string): void {
      let anchors: ReadonlySet<string>;
      try {
        anchors = getIndex().anchors(page);
      } catch (error) {
        const reason = (error as { reason?: string; message: string }).reason ?? (error as Error).message;
        const why = `Cannot check link "${url}": reading ${displayPath(page)} failed: ${reason}`;
        fail(file, node, why, 'links:target-unreadable');
      }
      if (!anchors.has(anchor)) {
        const reason = `Broken link "${url}": ${displayPath(page)} has no anchor "${anchor}".`;
        fail(file, node, `${reason}${anchorHint(anchor, anchors)}`, 'links:anchor');
      }
    }

    /** A site address (`/no/erp/admin/configure/#defaults`): checked, and kept as written. */
    function checkSitePath(node: Node, url: string): string {
      const { path, hash } = splitLink(url);
      const docs = getIndex();
      const route = decode(path);
      const page = docs.pageForRoute(route);
      if (page) {
        const anchor = hash === undefined ? '' : decode(hash);
        if (anchor) checkAnchor(node, url, page, anchor);
        return url;
      }
      siteRoutes ??= appRoutes();
      if (docs.redirectRoutes().has(route) || siteRoutes.some((pattern) => pattern.test(route))) return url;
      const slashed = `${route}/`;
      if (!route.endsWith('/') && (docs.pageForRoute(slashed) || docs.redirectRoutes().has(slashed))) {
        const fixed = `${path}/${url.slice(path.length)}`;
        fail(file, node, `Broken link "${url}": the site's addresses end with /. Write "${fixed}".`, 'links:slash');
      }
      const hint = didYouMean(
        route,
        docs.pages().map((p) => docs.route(p)),
      );
      const reason = `Broken link "${url}": no page of the site has the address ${route}.${hint}`;
      fail(
        file,
        node,
        `${reason} Fix the address, or link the page's file (such as ../admin/configure.md).`,
        'links:missing',
      );
    }

    function rewrite(node: Node, url: string): string {
      if (/^[a-z][a-z\d+.-]*:/i.test(url) || url.startsWith('//')) return url;
      if (url.startsWith('/')) return checkSitePath(node, url);
      if (url.startsWith('#')) {
        const anchor = decode(url.slice(1));
        // The page's own tree already holds its includes, so its anchors come from it rather than from disk.
        ownAnchors ??= anchorsOf(tree, fileOrigin(file).path, file.data.astro?.frontmatter ?? {});
        if (anchor && !ownAnchors.has(anchor)) {
          const reason = `Broken link "${url}": this page has no anchor "${anchor}".`;
          fail(file, node, `${reason}${anchorHint(anchor, ownAnchors)}`, 'links:anchor');
        }
        return url;
      }

      const { path, query, hash } = splitLink(url);
      if (!/\.mdx?$/i.test(path)) return url;
      const docs = getIndex();
      const target = resolve(dirname(originOf(node, file).path), decode(path));
      const page = docs.pageFile(target);
      if (!docs.contains(page)) {
        const reason = `Broken link "${url}": it points outside ${displayPath(docs.root)}. Link pages inside the docs.`;
        fail(file, node, reason, 'links:outside');
      }
      if (!docs.hasPage(page)) {
        const hint = didYouMean(basename(path), docs.linkNamesIn(dirname(page)));
        const reason = `Broken link "${url}": there is no page ${displayPath(page)}.${hint}`;
        fail(file, node, `${reason} Fix the path (relative to this file) or add the page.`, 'links:missing');
      }
      const anchor = hash === undefined ? '' : decode(hash);
      if (anchor) checkAnchor(node, url, page, anchor);
      return `${docs.route(page)}${query}${hash === undefined ? '' : `#${hash}`}`;
    }

    visit(tree, (node) => {
      if (node.type === 'link' || node.type === 'definition') {
        node.url = rewrite(node, node.url);
      } else if (isJsxElement(node, 'a')) {
        const href = jsxAttribute(node, 'href');
        if (href !== undefined) setJsxAttribute(node, 'href', rewrite(node, href));
      }
    });
  };
}
