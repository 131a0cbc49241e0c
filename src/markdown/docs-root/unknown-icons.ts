import type { Root, RootContent } from 'mdast';
import type { Node, Parent } from 'unist';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { readClasses } from '../icons.ts';
import { isJsxElement, jsxAttribute, type JsxElement } from '../jsx.ts';
import { originOf } from '../origin.ts';
import { iconNames } from '../phosphor.ts';

/**
 * Icons a docs-root page names that Phosphor does not have (`ph-bullseye`). On the site's own pages an unknown
 * icon stops the build; the docs root's writers fix their own pages, so here it is reported instead, and the
 * icon's label (when it has one) stays for screen readers, as the icon font shows nothing for an unknown name.
 * Runs before the dialect's icon step, which then sees only icons it knows.
 */
export function remarkUnknownIcons() {
  return function transform(tree: Root, file: VFile): void {
    const found: Array<{ node: JsxElement; parent: Parent; name: string }> = [];
    visit(tree, (node: Node, _index, parent: Parent | undefined) => {
      if (!parent || !isJsxElement(node, 'i')) return;
      const classes = readClasses(jsxAttribute(node, 'class') ?? jsxAttribute(node, 'className'));
      if (classes?.names.length === 1) found.push({ node, parent, name: classes.names[0]! });
    });
    if (found.length === 0) return;
    const icons = iconNames();
    const problems = (file.data.docsRootLinks ??= { problems: [], anchors: [], images: [] }).problems;
    for (const { node, parent, name } of found) {
      if (icons.has(name)) continue;
      const label = jsxAttribute(node, 'aria-label')?.trim();
      const replacement: RootContent[] = label
        ? [
            {
              type: 'emphasis',
              data: { hName: 'span', hProperties: { className: ['visually-hidden'] } },
              children: [{ type: 'text', value: label }],
            },
          ]
        : [];
      parent.children.splice(parent.children.indexOf(node), 1, ...(replacement as Node[]));
      problems.push({
        kind: 'icon',
        file: originOf(node, file).path,
        line: node.position?.start.line,
        target: `ph-${name}`,
        message: 'Phosphor has no icon of this name: the label is kept for screen readers, nothing is shown',
      });
    }
  };
}
