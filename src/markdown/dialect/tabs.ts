import type { PhrasingContent, RootContent } from 'mdast';
import { isJsxElement, type JsxElement } from '../jsx.ts';
import { readAttributes, requireString } from './attributes.ts';
import { nested, type DialectContext } from './context.ts';
import { faIcon } from './icon.ts';
import { asBlocks, isIgnorable, type DialectElement, element, htmlLeaf, text } from './nodes.ts';

/**
 * One `<Tab>` as a panel led by its title. Without script this is what the reader gets: every panel, one after
 * the other, each under its title. The tabs script (src/client/tabs.ts) turns the titles into a tab list.
 */
function renderPanel(tab: JsxElement, context: DialectContext, className: string): DialectElement {
  const values = readAttributes(tab, { title: 'string', icon: 'string', iconType: 'string' }, context);
  const title = requireString(tab, values, 'title', context) ?? '';
  const icon = typeof values.icon === 'string' ? faIcon(tab, values.icon, values.iconType, context) : undefined;
  const lead: PhrasingContent[] = icon
    ? [htmlLeaf('svg', { ...icon.properties, className: ['icon'], ariaHidden: 'true' }, icon.children), text(' ')]
    : [];
  const label = element('p', { className: ['tab-title'], dataTabTitle: '' }, [...lead, text(title)]);
  // Panels are siblings: a heading in one does not push the next one's headings deeper.
  nested(context, context.depth, () => context.transformChildren(tab));
  return element('div', { className: [className], dataTabPanel: '' }, [label, ...asBlocks(tab.children)], tab.position);
}

/**
 * `<Tabs>` with `<Tab title>` inside. Anything in `<Tabs>` that is not a `<Tab>` is a problem; in a lenient file
 * it is kept, right after the tabs.
 */
export function renderTabs(node: JsxElement, context: DialectContext): RootContent[] {
  readAttributes(node, {}, context);
  const panels: RootContent[] = [];
  const stray: RootContent[] = [];
  for (const child of node.children) {
    if (isIgnorable(child)) continue;
    if (isJsxElement(child, 'Tab')) panels.push(renderPanel(child, context, 'tab-panel'));
    else {
      context.problem(child, '<Tabs> may only hold <Tab> elements; move this text into a tab.', 'tabs:stray');
      stray.push(child);
    }
  }
  if (panels.length === 0) context.problem(node, '<Tabs> has no <Tab>.', 'tabs:empty');
  context.usesTabs ||= panels.length > 0;
  const holder = { children: stray };
  context.transformChildren(holder);
  return [element('div', { className: ['tabs'], dataTabs: '' }, panels, node.position), ...holder.children];
}

/** A `<Tab>` outside `<Tabs>`: a problem; in a lenient file its title and content are shown as they are. */
export function renderOrphanTab(node: JsxElement, context: DialectContext): RootContent[] {
  context.problem(node, '<Tab> must be inside <Tabs>.', 'tabs:orphan');
  return [renderPanel(node, context, 'tab-orphan')];
}
