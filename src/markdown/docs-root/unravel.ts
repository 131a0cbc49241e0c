import type { Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';

const BLANK = /^[\t\r\n ]*$/;

/**
 * What MDX's compiler does before it renders (its internal `remark-mark-and-unravel`, which it does not export): a
 * paragraph holding nothing but JSX and expressions is no paragraph. Its elements become blocks, so
 * `<ul>` with `<li>` lines gives a list rather than `<ul><p><li>`, and `<Snippet />` alone on a line is a block.
 * Docs-root pages are rendered without MDX's compiler, so this step is taken here; Astro's MDX pages get it from
 * the compiler.
 */
export function unravel(tree: Root): void {
  visit(tree, 'paragraph', (node, index, parent) => {
    if (!parent || index === undefined) return;
    const isJsx = (c: RootContent) => c.type === 'mdxJsxTextElement' || c.type === 'mdxTextExpression';
    const jsx = node.children.filter(isJsx);
    const rest = node.children.filter((c) => !isJsx(c));
    if (jsx.length === 0 || !rest.every((c) => c.type === 'text' && BLANK.test(c.value))) return;
    const blocks = jsx.map((child) =>
      child.type === 'mdxJsxTextElement'
        ? ({ ...child, type: 'mdxJsxFlowElement' } as RootContent)
        : { ...child, type: 'mdxFlowExpression' },
    );
    parent.children.splice(index, 1, ...(blocks as typeof parent.children));
    return index;
  });
}

export function remarkUnravel() {
  return unravel;
}
