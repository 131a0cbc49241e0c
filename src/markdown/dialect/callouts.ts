import type { Icon } from '@phosphor-icons/react';
import { CheckCircleIcon } from '@phosphor-icons/react/dist/ssr/CheckCircle';
import { InfoIcon } from '@phosphor-icons/react/dist/ssr/Info';
import { ProhibitIcon } from '@phosphor-icons/react/dist/ssr/Prohibit';
import type { RootContent } from 'mdast';
import { ALERT_KINDS } from '../alerts.ts';
import type { JsxElement } from '../jsx.ts';
import { renderIcon } from '../phosphor.ts';
import { readAttributes } from './attributes.ts';
import type { DialectContext } from './context.ts';
import { faIcon } from './icon.ts';
import { asBlocks, type DialectElement, element, htmlLeaf, text } from './nodes.ts';

/**
 * Mintlify's callouts, by component name: the CSS kind (the same classes as `> [!NOTE]` alerts where the two
 * dialects share a kind) and the decorative icon. Titles are catalog texts, `site.callout.<kind>`.
 */
export const CALLOUT_KINDS: Readonly<Record<string, { kind: string; icon: Icon }>> = {
  Note: { kind: 'note', icon: ALERT_KINDS.NOTE!.icon },
  Tip: { kind: 'tip', icon: ALERT_KINDS.TIP!.icon },
  Warning: { kind: 'warning', icon: ALERT_KINDS.WARNING!.icon },
  Caution: { kind: 'caution', icon: ALERT_KINDS.CAUTION!.icon },
  Info: { kind: 'info', icon: InfoIcon },
  Check: { kind: 'check', icon: CheckCircleIcon },
  Danger: { kind: 'danger', icon: ProhibitIcon },
};

/** The callout markup of `> [!NOTE]` alerts (see alerts.ts): a note with a title line led by its icon. */
function callout(kind: string, title: string, icon: Icon, children: RootContent[], node: JsxElement): DialectElement {
  const svg = renderIcon(icon);
  const decorative = htmlLeaf(
    'svg',
    { ...svg.properties, className: ['callout-icon'], ariaHidden: 'true' },
    svg.children,
  );
  const heading = element('p', { className: ['callout-title'] }, [decorative, text(title)]);
  return element(
    'div',
    { className: ['callout', `callout-${kind}`], role: 'note' },
    [heading, ...children],
    node.position,
  );
}

/** `<Note>`, `<Tip>`, `<Warning>`, `<Caution>`, `<Info>`, `<Check>`, `<Danger>`: titled in the page's language. */
export function renderCallout(node: JsxElement, context: DialectContext): RootContent[] {
  const { kind, icon } = CALLOUT_KINDS[node.name!]!;
  readAttributes(node, {}, context);
  context.transformChildren(node);
  return [callout(kind, context.t(`site.callout.${kind}`), icon, asBlocks(node.children), node)];
}

/**
 * `<Callout icon="…">`: Mintlify's untitled callout. Its optional Font Awesome icon leads the text; `color` is
 * ignored so the callout follows the site's light and dark colours.
 */
export function renderCustomCallout(node: JsxElement, context: DialectContext): RootContent[] {
  const values = readAttributes(node, { icon: 'string', iconType: 'string', color: 'ignored' }, context);
  const icon = typeof values.icon === 'string' ? faIcon(node, values.icon, values.iconType, context) : undefined;
  context.transformChildren(node);
  const lead = icon
    ? [htmlLeaf('svg', { ...icon.properties, className: ['callout-icon'], ariaHidden: 'true' }, icon.children)]
    : [];
  return [
    element(
      'div',
      { className: ['callout', 'callout-custom'], role: 'note' },
      [...lead, ...asBlocks(node.children)],
      node.position,
    ),
  ];
}
