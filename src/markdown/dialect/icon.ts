import type { Element } from 'hast';
import type { RootContent } from 'mdast';
import type { JsxElement } from '../jsx.ts';
import { didYouMean } from '../suggest.ts';
import { readAttributes, requireString } from './attributes.ts';
import type { DialectContext } from './context.ts';
import { FA_STYLES, faSvg, findIcon, fontAwesome, iconNames, type FaStyle } from './fontawesome.ts';
import { htmlLeaf, text } from './nodes.ts';

const ICON_LIST = 'https://fontawesome.com/search?ic=free';

/**
 * A Font Awesome icon by name as an inline svg, or undefined after reporting why not: an image path or URL
 * instead of a name, a Pro-only `iconType`, or a name no free style has (with the closest names).
 */
export function faIcon(
  node: JsxElement,
  name: string,
  iconType: unknown,
  context: DialectContext,
): Element | undefined {
  const where = `<${node.name ?? ''}>`;
  if (/[/.]/.test(name)) {
    const reason = `${where} icon "${name}" is a path or URL; the site draws Font Awesome icons by name only (e.g. "book").`;
    context.problem(node, reason, 'icons:not-a-name');
    return undefined;
  }
  let style: FaStyle | undefined;
  if (typeof iconType === 'string') {
    if ((FA_STYLES as readonly string[]).includes(iconType)) style = iconType as FaStyle;
    else {
      const reason = `${where} iconType "${iconType}" is not in Font Awesome Free. Use ${FA_STYLES.join(', ')}, or leave it out.`;
      context.problem(node, reason, 'icons:icon-type');
    }
  }
  const icons = fontAwesome();
  const definition = findIcon(icons, name, style);
  if (!definition) {
    const hint = didYouMean(name, iconNames(icons, style));
    const styles = style ? ` in the ${style} style` : '';
    context.problem(
      node,
      `Unknown Font Awesome icon "${name}"${styles}.${hint} Names are listed at ${ICON_LIST}.`,
      'icons:unknown',
    );
    return undefined;
  }
  return faSvg(definition);
}

/**
 * `<Icon icon="book" />`: the Font Awesome icon as inline svg at build time. Decorative (hidden from assistive
 * technology) unless it has an `aria-label`, which makes it an image with that name. An icon that cannot be drawn
 * renders nothing when decorative, and its label as text when labelled, so no meaning is lost.
 */
export function renderIconComponent(node: JsxElement, context: DialectContext): RootContent[] {
  const values = readAttributes(
    node,
    { icon: 'string', iconType: 'string', 'aria-label': 'string', color: 'ignored', size: 'ignored' },
    context,
  );
  const name = requireString(node, values, 'icon', context);
  const label = typeof values['aria-label'] === 'string' ? values['aria-label'].trim() : '';
  const svg = name === undefined ? undefined : faIcon(node, name, values.iconType, context);
  if (!svg) return label ? [text(label)] : [];
  const access = label ? { role: 'img', ariaLabel: label } : { ariaHidden: 'true' };
  return [htmlLeaf('svg', { ...svg.properties, className: ['icon'], ...access }, svg.children, node.position)];
}
