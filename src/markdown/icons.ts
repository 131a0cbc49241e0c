import type { Properties } from 'hast';
import type { Data, Root } from 'mdast';
import type {} from 'mdast-util-to-hast';
import type { Node, Parent } from 'unist';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { isJsxElement, jsxAttribute, type JsxElement } from './jsx.ts';
import { fail } from './origin.ts';
import { iconNames, loadIcon, renderIcon, type IconWeight } from './phosphor.ts';
import { didYouMean } from './suggest.ts';

/** The icon font's weight classes; one of them marks an `<i>` as an icon. */
const WEIGHT_CLASSES: Readonly<Record<string, IconWeight>> = {
  ph: 'regular',
  'ph-thin': 'thin',
  'ph-light': 'light',
  'ph-bold': 'bold',
  'ph-fill': 'fill',
  'ph-duotone': 'duotone',
};

/** An mdast node that becomes an inline `<svg>` through `data.hName`/`hChildren`, so no JSX or runtime is needed. */
export interface PhosphorIconNode extends Node {
  type: 'phosphorIcon';
  data: Data;
}

declare module 'mdast' {
  interface PhrasingContentMap {
    phosphorIcon: PhosphorIconNode;
  }
  interface RootContentMap {
    phosphorIcon: PhosphorIconNode;
  }
}

export interface IconClasses {
  weight: IconWeight;
  /** `ph-NAME` tokens that are not weights: exactly one is expected. */
  names: string[];
  /** Other classes the writer added; kept on the svg. */
  other: string[];
}

/** The icon-font classes of an `<i>`: its weight and icon names, or undefined when it is no Phosphor icon. */
export function readClasses(value: string | undefined): IconClasses | undefined {
  const tokens = (value ?? '').split(/\s+/).filter(Boolean);
  const weightToken = tokens.find((token) => token in WEIGHT_CLASSES);
  if (!weightToken) return undefined;
  const names = tokens.filter((token) => token.startsWith('ph-') && !(token in WEIGHT_CLASSES));
  const other = tokens.filter((token) => !token.startsWith('ph-') && token !== 'ph');
  return { weight: WEIGHT_CLASSES[weightToken]!, names: names.map((token) => token.slice(3)), other };
}

/**
 * Turns the source docs' icon-font markup, `<i class="ph ph-barcode" aria-label="Barcode icon"></i>`, into the
 * Phosphor icon as inline SVG at build time. With `aria-label` the svg is an image with that name
 * (`role="img"`); without one it is decorative (`aria-hidden="true"`). `ph-bold`, `ph-fill`, `ph-light`, `ph-thin`
 * or `ph-duotone` in place of `ph` pick the weight. An unknown icon name stops the build.
 */
export function remarkPhosphorIcons() {
  return async function transform(tree: Root, file: VFile): Promise<void> {
    const found: Array<{ node: JsxElement; index: number; parent: Parent; classes: IconClasses }> = [];
    visit(tree, (node, index, parent) => {
      if (!isJsxElement(node, 'i') || !parent || index === undefined) return;
      const classes = readClasses(jsxAttribute(node, 'class') ?? jsxAttribute(node, 'className'));
      if (classes) found.push({ node, index, parent, classes });
    });
    if (found.length === 0) return;

    for (const { node, index, parent, classes } of found) {
      const [name, ...extra] = classes.names;
      if (name === undefined) {
        fail(file, node, 'Icon has no name. Add a class such as "ph-barcode" (a Phosphor icon name).', 'icons:no-name');
      }
      if (extra.length > 0) {
        const reason = `Icon has more than one name (${classes.names.join(', ')}). Keep one "ph-NAME" class.`;
        fail(file, node, reason, 'icons:many-names');
      }
      const icon = await loadIcon(name);
      if (!icon) {
        const hint = didYouMean(name, iconNames().keys());
        const reason = `Unknown Phosphor icon "${name}".${hint} Names are listed at https://phosphoricons.com.`;
        fail(file, node, reason, 'icons:unknown');
      }
      const svg = renderIcon(icon, classes.weight);
      const label = jsxAttribute(node, 'aria-label')?.trim();
      const access: Properties = label ? { role: 'img', ariaLabel: label } : { ariaHidden: 'true' };
      const replacement: PhosphorIconNode = {
        type: 'phosphorIcon',
        position: node.position,
        data: {
          ...node.data,
          hName: 'svg',
          hProperties: { ...svg.properties, className: ['icon', ...classes.other], ...access },
          hChildren: svg.children,
        },
      };
      parent.children[index] = replacement;
    }
  };
}
