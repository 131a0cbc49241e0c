import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Node } from 'unist';

/** An HTML-like tag in MDX (`<i ...>`, `<a ...>`): MDX parses these as JSX, not as raw HTML. */
export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

export function isJsxElement(node: Node, name?: string): node is JsxElement {
  const isJsx = node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement';
  return isJsx && (name === undefined || (node as JsxElement).name === name);
}

/** A literal attribute value (`id="x"`); expressions (`id={x}`) are not known at build time and count as absent. */
export function jsxAttribute(node: JsxElement, name: string): string | undefined {
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxAttribute' && attribute.name === name && typeof attribute.value === 'string') {
      return attribute.value;
    }
  }
  return undefined;
}

export function setJsxAttribute(node: JsxElement, name: string, value: string): void {
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxAttribute' && attribute.name === name) attribute.value = value;
  }
}
