import type { Properties } from 'hast';
import { h } from 'hastscript';
import type { Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';
import type { Node, Parent } from 'unist';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { isJsxElement, type JsxElement } from '../jsx.ts';
import { fail } from '../origin.ts';
import { isCommentOnly, staticValue } from './static-value.ts';

/** Elements a page may not carry: they would run code or load something from another host. */
const REFUSED = new Set(['script', 'style', 'link', 'meta', 'base', 'object', 'embed', 'form']);

/** CSS properties React writes without a unit; the rest get `px` for a number, as React does. */
const UNITLESS = /^(opacity|z-index|flex|flex-grow|flex-shrink|order|font-weight|line-height|zoom)$/;

function cssText(style: Record<string, unknown>): string {
  return Object.entries(style)
    .map(([key, value]) => {
      const name = key.startsWith('--') ? key : key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
      const text = typeof value === 'number' && !UNITLESS.test(name) && value !== 0 ? `${value}px` : String(value);
      return `${name}: ${text}`;
    })
    .join('; ');
}

function attributeValue(
  attribute: MdxJsxAttribute | MdxJsxExpressionAttribute,
  element: JsxElement,
  file: VFile,
): [string, unknown] | undefined {
  if (attribute.type === 'mdxJsxExpressionAttribute') {
    fail(file, element, `<${element.name}> spreads "${attribute.value}": write each attribute out.`, 'jsx:spread');
  }
  const { name, value } = attribute;
  if (/^on/i.test(name)) return undefined;
  if (value === null || value === undefined) return [name, true];
  if (typeof value === 'string') return [name, value];
  const result = staticValue(value.data?.estree);
  if (!result.ok) {
    const reason = `<${element.name}> attribute ${name}={${value.value}} needs code to run. Write a plain value.`;
    fail(file, element, reason, 'jsx:expression');
  }
  if (name === 'style' && typeof result.value === 'object' && result.value !== null) {
    return [name, cssText(result.value as Record<string, unknown>)];
  }
  return [name, result.value];
}

/** The hast properties of a lower-case JSX element, normalised by hastscript (className, htmlFor, aria-*). */
function propertiesOf(element: JsxElement, file: VFile): Properties {
  const props: Record<string, unknown> = {};
  for (const attribute of element.attributes) {
    const entry = attributeValue(attribute, element, file);
    if (!entry) continue;
    const [name, value] = entry;
    const href = typeof value === 'string' && /^(href|src)$/i.test(name) ? value.trim() : '';
    if (/^(javascript|vbscript|data):/i.test(href)) continue;
    props[name] = value;
  }
  return h(element.name!, props as Properties).properties;
}

function textFor(element: JsxElement, value: unknown): RootContent {
  return { type: 'text', value: String(value), position: element.position };
}

/**
 * The last remark step of a docs-root page: what is still MDX becomes plain markdown-to-HTML data, so the page
 * renders to static HTML without running any of its code.
 *
 * - lower-case JSX (`<div className="x">`, `<br/>`, `<a id>`) becomes that HTML element, attributes normalised;
 *   event handlers and `javascript:` addresses are dropped, and `<script>` or `<style>` stop the build;
 * - an `<iframe>` nobody else rendered becomes a link to what it would have loaded, as the site loads nothing
 *   from another host;
 * - `{/* comments *\/}` vanish, literal expressions (`{'{'}`) become their text, anything else stops the build;
 * - a component (capitalised name) still here is unknown, and stops the build naming it.
 */
export function remarkJsxToHast() {
  return function transform(tree: Root, file: VFile): void {
    visit(tree, (node: Node, index, parent: Parent | undefined) => {
      if (!parent || index === undefined) return;
      if (node.type === 'mdxjsEsm') {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
        const expression = node as unknown as { value: string; data?: { estree?: import('estree').Program | null } };
        if (isCommentOnly(expression.data?.estree)) {
          parent.children.splice(index, 1);
          // `# Title {/* note */}`: the space before the comment is no part of the heading (nor of its id).
          const before = parent.children[index - 1] as RootContent | undefined;
          if (parent.type === 'heading' && index === parent.children.length && before?.type === 'text') {
            before.value = before.value.trimEnd();
          }
          return [SKIP, index];
        }
        const result = staticValue(expression.data?.estree);
        if (!result.ok || (typeof result.value !== 'string' && typeof result.value !== 'number')) {
          const reason = `The expression {${expression.value}} needs code to run; pages are rendered without it. Write the text itself, or escape the brace as \\{.`;
          fail(file, node, reason, 'jsx:expression');
        }
        parent.children[index] = textFor(node as JsxElement, result.value);
        return SKIP;
      }
      if (!isJsxElement(node)) return;
      if (node.name === null) {
        parent.children.splice(index, 1, ...node.children);
        return index;
      }
      const name = node.name;
      if (!/^[a-z]/.test(name)) {
        fail(file, node, `Unknown component <${name}>: it is neither imported nor one the site knows.`, 'jsx:unknown');
      }
      if (REFUSED.has(name)) {
        fail(
          file,
          node,
          `<${name}> is not allowed in a page: the site runs no page code and loads nothing from another host.`,
          'jsx:refused',
        );
      }
      const properties = propertiesOf(node, file);
      if (name === 'iframe') {
        const src = typeof properties.src === 'string' ? properties.src : '';
        const title = typeof properties.title === 'string' && properties.title ? properties.title : src;
        node.data = { hName: 'p', hProperties: { className: ['embed-link'] }, hChildren: [] };
        node.children = src ? [{ type: 'link', url: src, children: [{ type: 'text', value: title }] } as never] : [];
        delete node.data.hChildren;
        return;
      }
      node.data = { ...node.data, hName: name, hProperties: properties };
    });
  };
}
