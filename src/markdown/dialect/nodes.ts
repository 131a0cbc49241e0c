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

/**
 * A component's content as blocks: `<Tip>One line.</Tip>` holds bare text, which becomes one paragraph, so a
 * one-line callout reads like the same callout written over three lines.
 */
export function asBlocks(children: RootContent[]): RootContent[] {
  if (children.length === 0 || !children.every((child) => PHRASING.has(child.type))) return children;
  return [{ type: 'paragraph', children: children as PhrasingContent[] }];
}
