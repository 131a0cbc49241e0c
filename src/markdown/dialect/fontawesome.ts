import type { IconDefinition, IconPack } from '@fortawesome/fontawesome-common-types';
import type { Element } from 'hast';
import { createRequire } from 'node:module';

/** The Font Awesome Free styles; Mintlify's other `iconType`s (light, thin, duotone, sharp-…) are Pro only. */
export const FA_STYLES = ['solid', 'regular', 'brands'] as const;
export type FaStyle = (typeof FA_STYLES)[number];

/** Every Font Awesome Free icon by style, under its name and each of its aliases (`file-lines`, `file-alt`). */
export type FaRegistry = Readonly<Record<FaStyle, ReadonlyMap<string, IconDefinition>>>;

function byName(pack: IconPack): Map<string, IconDefinition> {
  const names = new Map<string, IconDefinition>();
  for (const definition of Object.values(pack)) {
    names.set(definition.iconName, definition);
    // The third entry lists aliases: old names as strings, code points as numbers.
    for (const alias of definition.icon[2] as unknown[]) {
      if (typeof alias === 'string' && !names.has(alias)) names.set(alias, definition);
    }
  }
  return names;
}

let registry: FaRegistry | undefined;

/**
 * Loads the three free packs once, on first use, so a build without icons does not pay for them. Synchronously
 * (the packs ship CommonJS), because the link checker reads other pages through a synchronous parse.
 */
export function fontAwesome(): FaRegistry {
  if (!registry) {
    const require = createRequire(import.meta.url);
    const pack = (name: string, prefix: string) => (require(name) as Record<string, IconPack>)[prefix]!;
    registry = {
      solid: byName(pack('@fortawesome/free-solid-svg-icons', 'fas')),
      regular: byName(pack('@fortawesome/free-regular-svg-icons', 'far')),
      brands: byName(pack('@fortawesome/free-brands-svg-icons', 'fab')),
    };
  }
  return registry;
}

/**
 * An icon by name. Without a style, solid is tried first (the only free style with every icon, so one page never
 * mixes outlined and filled icons) and then brands (`github`), as Mintlify finds brand icons without being told.
 */
export function findIcon(icons: FaRegistry, name: string, style?: FaStyle): IconDefinition | undefined {
  if (style) return icons[style].get(name);
  return icons.solid.get(name) ?? icons.brands.get(name);
}

/** Every name of a style, or of the styles searched without one, for suggestions. */
export function iconNames(icons: FaRegistry, style?: FaStyle): string[] {
  return style ? [...icons[style].keys()] : [...icons.solid.keys(), ...icons.brands.keys()];
}

/**
 * The icon as an inline hast `<svg>`: its own view box, 1em high and as wide as its shape, in the text colour.
 * The caller decides how it is announced (decorative or labelled).
 */
export function faSvg(definition: IconDefinition): Element {
  const [width, height, , , pathData] = definition.icon;
  const paths = Array.isArray(pathData) ? pathData : [pathData];
  return {
    type: 'element',
    tagName: 'svg',
    properties: {
      viewBox: `0 0 ${width} ${height}`,
      width: `${Math.round((width / height) * 1000) / 1000}em`,
      height: '1em',
      fill: 'currentColor',
      focusable: 'false',
    },
    children: paths.map((d) => ({ type: 'element', tagName: 'path', properties: { d }, children: [] })),
  };
}
