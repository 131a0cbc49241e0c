import type { Heading, RootContent } from 'mdast';
import type { JsxElement } from '../jsx.ts';
import { readAttributes } from './attributes.ts';
import { nested, titleDepth, type DialectContext } from './context.ts';
import { faIcon } from './icon.ts';
import { asBlocks, element, htmlLeaf, text } from './nodes.ts';

/** How many columns `<Columns cols>` may ask for: Mintlify's range. */
const MAX_COLUMNS = 4;

/**
 * `<Card title icon href>`: a box with an optional decorative icon, its title as a real heading one level below
 * the heading before it (so cards show in the outline and "On this page"), and its content. With `href`, the
 * title is the link (a link in a heading, not a link around the card, so a card's own links stay usable) and the
 * CSS makes the whole card clickable. The link goes through the same link checks as any other. `cta` is the
 * card's call to action ("Les mer"), shown at its foot.
 */
export function renderCard(node: JsxElement, context: DialectContext): RootContent[] {
  const values = readAttributes(
    node,
    {
      title: 'string',
      icon: 'string',
      iconType: 'string',
      href: 'string',
      horizontal: 'boolean',
      cta: 'string',
      color: 'ignored',
      arrow: 'ignored',
    },
    context,
  );
  const title = typeof values.title === 'string' ? values.title.trim() : '';
  const href = typeof values.href === 'string' ? values.href.trim() : '';
  if (href && !title)
    context.problem(node, '<Card> with href needs a title: it is the text of the link.', 'cards:link-title');

  const depth = titleDepth(context);
  const parts: RootContent[] = [];
  const icon = typeof values.icon === 'string' ? faIcon(node, values.icon, values.iconType, context) : undefined;
  if (icon)
    parts.push(htmlLeaf('svg', { ...icon.properties, className: ['card-icon'], ariaHidden: 'true' }, icon.children));
  if (title) {
    const label =
      href && title
        ? { type: 'link' as const, url: href, children: [text(title)], position: node.position }
        : text(title);
    const heading: Heading = {
      type: 'heading',
      depth,
      children: [label],
      position: node.position,
      data: { hProperties: { className: ['card-title'] } },
    };
    parts.push(heading);
  }
  nested(context, title ? depth : context.depth, () => context.transformChildren(node));
  if (node.children.length > 0) parts.push(element('div', { className: ['card-body'] }, asBlocks(node.children)));
  // The call to action repeats what the title link says, so it is shown but not read out twice.
  if (href && title && typeof values.cta === 'string' && values.cta.trim()) {
    parts.push(element('p', { className: ['card-cta'], ariaHidden: 'true' }, [text(values.cta.trim())]));
  }

  const className = ['card'];
  if (href && title) className.push('card-link');
  if (values.horizontal === true) className.push('card-horizontal');
  return [element('div', { className }, parts, node.position)];
}

/** `<Columns cols={3}>`: cards (or anything) side by side, as many columns as fit, at most `cols`. */
export function renderColumns(node: JsxElement, context: DialectContext): RootContent[] {
  const values = readAttributes(node, { cols: 'number' }, context);
  let cols = typeof values.cols === 'number' ? values.cols : 2;
  if (!Number.isInteger(cols) || cols < 1 || cols > MAX_COLUMNS) {
    context.problem(node, `<Columns> cols={${cols}} must be a whole number from 1 to ${MAX_COLUMNS}.`, 'columns:cols');
    cols = Math.min(MAX_COLUMNS, Math.max(1, Math.round(cols) || 2));
  }
  context.transformChildren(node);
  return [element('div', { className: ['columns', `columns-${cols}`] }, node.children, node.position)];
}
