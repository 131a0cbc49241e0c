import type { PhrasingContent, RootContent } from 'mdast';
import type { JsxElement } from '../jsx.ts';
import { readAttributes, requireString } from './attributes.ts';
import type { DialectContext } from './context.ts';
import { faIcon } from './icon.ts';
import { asBlocks, element, htmlLeaf, text } from './nodes.ts';

/**
 * `<Accordion title>`: a native `<details>`, so it opens by mouse, keyboard and screen reader with no script,
 * and the browser's find-in-page opens it. `defaultOpen` starts it open; `description` is a second line.
 */
export function renderAccordion(node: JsxElement, context: DialectContext): RootContent[] {
  const values = readAttributes(
    node,
    { title: 'string', description: 'string', defaultOpen: 'boolean', icon: 'string', iconType: 'string' },
    context,
  );
  const title = requireString(node, values, 'title', context) ?? '';
  const icon = typeof values.icon === 'string' ? faIcon(node, values.icon, values.iconType, context) : undefined;
  const summary: PhrasingContent[] = [];
  if (icon)
    summary.push(htmlLeaf('svg', { ...icon.properties, className: ['icon'], ariaHidden: 'true' }, icon.children));
  summary.push(element('span', { className: ['accordion-title'] }, [text(title)]));
  if (typeof values.description === 'string' && values.description.trim()) {
    summary.push(element('span', { className: ['accordion-description'] }, [text(values.description.trim())]));
  }
  context.transformChildren(node);
  const body = element('div', { className: ['accordion-body'] }, asBlocks(node.children));
  const open = values.defaultOpen === true ? { open: true } : {};
  return [
    element('details', { className: ['accordion'], ...open }, [element('summary', {}, summary), body], node.position),
  ];
}

/** `<AccordionGroup>`: accordions stacked as one block. */
export function renderAccordionGroup(node: JsxElement, context: DialectContext): RootContent[] {
  readAttributes(node, {}, context);
  context.transformChildren(node);
  return [element('div', { className: ['accordion-group'] }, node.children, node.position)];
}
