import type { Icon, IconWeight } from '@phosphor-icons/react';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

export type { Icon, IconWeight };

/** All icons of @phosphor-icons/react by their Phosphor name (kebab case: `arrow-circle-up`). */
export type IconRegistry = ReadonlyMap<string, Icon>;

const rendered = new Map<Icon, Map<IconWeight, Element>>();

/**
 * The icon as a hast `<svg>`, rendered with Phosphor's own SSR component so its size (1em), colour
 * (currentColor) and viewBox come from the package. Each call returns a fresh copy: later plugins may mutate it.
 */
export function renderIcon(icon: Icon, weight: IconWeight = 'regular'): Element {
  let byWeight = rendered.get(icon);
  if (!byWeight) rendered.set(icon, (byWeight = new Map<IconWeight, Element>()));
  let svg = byWeight.get(weight);
  if (!svg) {
    const [root] = fromHtml(renderToStaticMarkup(createElement(icon, { weight })), { fragment: true }).children;
    if (root?.type !== 'element' || root.tagName !== 'svg') {
      throw new Error(`Phosphor rendered no <svg> for ${icon.displayName ?? 'an icon'}`);
    }
    // xmlns is implied for inline SVG in HTML.
    delete root.properties.xmlns;
    svg = root;
    byWeight.set(weight, svg);
  }
  return structuredClone(svg);
}

/** `ArrowCircleUpIcon` -> `arrow-circle-up` (Phosphor names have no digits, so case alone marks the words). */
function phosphorName(exportName: string): string {
  return exportName
    .replace(/Icon$/, '')
    .replace(/(?<!^)(?=[A-Z])/g, '-')
    .toLowerCase();
}

let registry: Promise<IconRegistry> | undefined;

/**
 * Loads the SSR barrel once, on first use: it holds every icon and takes about a second to import, which pages
 * without icons should not pay for.
 */
export function loadIconRegistry(): Promise<IconRegistry> {
  registry ??= import('@phosphor-icons/react/dist/ssr').then((icons) => {
    const byName = new Map<string, Icon>();
    for (const [exportName, icon] of Object.entries(icons)) {
      // Each icon is exported as `NameIcon` plus a deprecated `Name`; `SSRBase` is the shared wrapper.
      if (exportName.endsWith('Icon')) byName.set(phosphorName(exportName), icon as Icon);
    }
    return byName;
  });
  return registry;
}
