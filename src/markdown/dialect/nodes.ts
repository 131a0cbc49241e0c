import type { ElementContent, Properties } from 'hast';
import type { Data, PhrasingContent, RootContent, Text } from 'mdast';
import type {} from 'mdast-util-to-hast';
import type { Position } from 'unist';

/**
 * An mdast node that becomes one HTML element through `data.hName`/`hProperties`, with its mdast children turned
 * into HTML as usual (or fixed `hChildren`, for an inline svg). The dialect's components are rendered this way,
 * at build time: no component runs when the page renders, so a snippet imported into a page renders them just
 * the same, and the page ships no script for them.
 */
export interface DialectElement {
  type: 'dialectElement';
  children: RootContent[];
  data: Data;
  position?: Position | undefined;
}

declare module 'mdast' {
  interface RootContentMap {
    dialectElement: DialectElement;
  }
  interface BlockContentMap {
    dialectElement: DialectElement;
  }
  interface PhrasingContentMap {
    dialectElement: DialectElement;
  }
}

export function element(
  tagName: string,
  properties: Properties,
  children: RootContent[],
  position?: Position,
): DialectElement {
  return { type: 'dialectElement', children, position, data: { hName: tagName, hProperties: properties } };
}

/** An element whose content is given as HTML (an svg's paths), not as mdast. */
export function htmlLeaf(
  tagName: string,
  properties: Properties,
  hChildren: ElementContent[],
  position?: Position,
): DialectElement {
  return {
    type: 'dialectElement',
    children: [],
    position,
    data: { hName: tagName, hProperties: properties, hChildren },
  };
}

export function text(value: string): Text {
  return { type: 'text', value };
}

const PHRASING = new Set([
  'text',
  'emphasis',
  'strong',
  'delete',
  'inlineCode',
  'break',
  'link',
  'linkReference',
  'image',
  'imageReference',
  'footnoteReference',
  'html',
  'mdxJsxTextElement',
  'mdxTextExpression',
]);

/** Elements the dialect renders inline (icons, links, labels): text-level, like the phrasing nodes above. */
const INLINE_ELEMENTS = new Set(['svg', 'span', 'a']);

function isPhrasing(node: RootContent): boolean {
  if (node.type === 'dialectElement') return INLINE_ELEMENTS.has(String(node.data.hName));
  return PHRASING.has(node.type);
}

/**
 * Children of `<Tabs>` or `<Steps>` that render nothing and so are not stray text: white space between the
 * elements and MDX comments, `{/* … *\/}`.
 */
export function isIgnorable(node: RootContent): boolean {
  if (node.type === 'text') return node.value.trim() === '';
  if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
    return /^\s*(?:\/\*[\s\S]*?\*\/\s*)*$/.test(node.value);
  }
  return false;
}

/**
 * A component's content as blocks: `<Tip>One line.</Tip>` holds bare text, which becomes one paragraph, so a
 * one-line callout reads like the same callout written over three lines.
 */
export function asBlocks(children: RootContent[]): RootContent[] {
  if (children.length === 0 || !children.every(isPhrasing)) return children;
  return [{ type: 'paragraph', children: children as PhrasingContent[] }];
}
