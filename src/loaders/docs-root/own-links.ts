import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Node } from 'unist';
import { SKIP, visit } from 'unist-util-visit';
import { isJsxElement, jsxAttribute } from '../../markdown/jsx.ts';
import { decode } from '../../markdown/url.ts';
import { routeForDocPath } from '../../navigation/routes.ts';
import type { OwnPageRef } from './own-pages.ts';
import type { ReportEntry } from './report.ts';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/**
 * Links from the site's own pages into pages a docs root serves in their place. The site's own link check knows
 * only content/docs, where the replaced page still has its own anchors; in a docs-root build the reader lands on
 * the docs root's page, so each such link is checked against what that page has. A problem here is the site's
 * own, so it fails the build (the caller decides) rather than being a line in the report only.
 */
export function checkOwnLinks(
  own: readonly OwnPageRef[],
  served: ReadonlyMap<string, ReadonlySet<string>>,
  ownRoutes: ReadonlySet<string>,
  dir = 'content/docs',
): ReportEntry[] {
  const problems: ReportEntry[] = [];
  for (const page of own) {
    const file = `${dir}/${page.file}`;
    const tree = parser.parse(readFileSync(join(dir, page.file), 'utf8'));
    const check = (node: Node, url: string) => {
      const match = /^([^?#]+\.mdx?)(?:\?[^#]*)?(?:#(.*))?$/i.exec(url);
      if (!match || /^[a-z][a-z\d+.-]*:|^\//i.test(url)) return;
      const route = routeForDocPath(posix.join(posix.dirname(page.file), decode(match[1]!)));
      const anchors = served.get(route);
      const line = node.position?.start.line;
      if (!anchors) {
        if (!ownRoutes.has(route)) {
          problems.push({ kind: 'link', file, line, target: url, message: `no page is served at ${route}` });
        }
        return;
      }
      const anchor = match[2] === undefined ? '' : decode(match[2]);
      if (anchor && !anchors.has(anchor)) {
        const message = `${route} is the docs root's page here, and it has no anchor "${anchor}"`;
        problems.push({ kind: 'anchor', file, line, target: url, message });
      }
    };
    visit(tree, (node) => {
      if (node.type === 'paragraph') {
        // `[!include[...](../includes/x.md)]` pulls a file in; it is no link (the include step checks it).
        const [first] = node.children;
        if (first?.type === 'text' && /^\s*\[!include$/i.test(first.value)) return SKIP;
      }
      if (node.type === 'link' || node.type === 'definition') check(node, node.url);
      else if (isJsxElement(node, 'a')) {
        const href = jsxAttribute(node, 'href');
        if (href) check(node, href);
      }
      return undefined;
    });
  }
  return problems;
}
