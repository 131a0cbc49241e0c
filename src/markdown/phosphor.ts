import type { Icon, IconWeight } from '@phosphor-icons/react';
import type { Element } from 'hast';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

export type { Icon, IconWeight };

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

/** `ArrowCircleUp` -> `arrow-circle-up` (Phosphor names have no digits, so case alone marks the words). */
function phosphorName(stem: string): string {
  return stem.replace(/(?<!^)(?=[A-Z])/g, '-').toLowerCase();
}

/** The folder of the package's SSR icons: one module per icon (`Barcode.es.js`) and the barrel `index.es.js`. */
const SSR_DIR = join(dirname(createRequire(import.meta.url).resolve('@phosphor-icons/react/package.json')), 'dist/ssr');

let names: ReadonlyMap<string, string> | undefined;

/**
 * Every Phosphor icon name (kebab case) with the module that draws it, read once from the text of the package's
 * barrel, which imports each icon's module and exports every name, renamed icons included (`ActivityIcon` is
 * `Pulse`). Importing the barrel instead takes seconds (it loads all 1,500 icons); a page imports only the icons
 * it shows ({@link loadIcon}).
 */
export function iconNames(): ReadonlyMap<string, string> {
  if (names) return names;
  const barrel = readFileSync(join(SSR_DIR, 'index.es.js'), 'utf8');
  const moduleOf = new Map<string, string>();
  for (const [, bindings, stem] of barrel.matchAll(/import \{([^}]*)\} from "\.\/(\w+)\.es\.js"/g)) {
    for (const [, local] of bindings!.matchAll(/\w+ as ([\w$]+)/g)) moduleOf.set(local!, stem!);
  }
  const exports = barrel.slice(barrel.lastIndexOf('export {'));
  const found = new Map<string, string>();
  for (const [, local, exported] of exports.matchAll(/([\w$]+) as (\w+)Icon\b/g)) {
    const stem = moduleOf.get(local!);
    if (stem) found.set(phosphorName(exported!), stem);
  }
  if (!found.has('barcode')) {
    throw new Error(`${SSR_DIR}/index.es.js no longer lists the icons as expected: update iconNames() in phosphor.ts`);
  }
  names = found;
  return names;
}

const loaded = new Map<string, Promise<Icon>>();

/** The icon's SSR component by its Phosphor name, imported on first use; undefined for a name Phosphor lacks. */
export function loadIcon(name: string): Promise<Icon> | undefined {
  const stem = iconNames().get(name);
  if (stem === undefined) return undefined;
  let icon = loaded.get(stem);
  if (!icon) {
    // By the package's own export path, so that in Astro's module runner the icon is a package Node loads as it
    // is (a file path would have Vite transform every icon module again, about 10 ms each).
    icon = import(/* @vite-ignore */ `@phosphor-icons/react/dist/ssr/${stem}`).then(
      (module: Record<string, unknown>) => module[`${stem}Icon`] as Icon,
    );
    loaded.set(stem, icon);
  }
  return icon;
}
