import type { Element, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** Something the training layer places at the end of a heading's section, written as `<!--training:NAME-->`. */
export interface SectionMarker {
  heading: string;
  /** `simulator`, `simulator:<start>` or `try-in-simulator:<situation>`. */
  name: string;
}

declare module 'vfile' {
  interface DataMap {
    /** Every fragment id the page has: element ids and `<a name>`. */
    docsRootAnchors: string[];
    /** Markers whose heading the page does not have. */
    docsRootMissingMarkers: SectionMarker[];
  }
}

/** The comment the page template splits the HTML at, to put a component there. */
export const MARKER_PATTERN = /<!--training:([a-z0-9:-]+)-->/;

function depthOf(node: RootContent): number | undefined {
  if (node.type !== 'element') return undefined;
  const match = /^h([1-6])$/.exec(node.tagName);
  return match ? Number(match[1]) : undefined;
}

/**
 * The last look at a docs-root page's HTML tree: records its anchors (for links from other pages, checked once
 * all pages are rendered), and puts each training-layer marker at the end of the section under its heading, that
 * is before the next heading of the same or a higher level.
 */
export function rehypePageOutline(options: { markers: (file: VFile) => readonly SectionMarker[] }) {
  return function transform(tree: Root, file: VFile): void {
    const anchors = new Set<string>();
    visit(tree, 'element', (node: Element) => {
      const { id, name } = node.properties;
      if (typeof id === 'string') anchors.add(id);
      if (node.tagName === 'a' && typeof name === 'string') anchors.add(name);
    });
    file.data.docsRootAnchors = [...anchors];

    const missing: SectionMarker[] = [];
    for (const marker of options.markers(file)) {
      const start = tree.children.findIndex(
        (node) => depthOf(node) !== undefined && toString(node).trim() === marker.heading,
      );
      if (start < 0) {
        missing.push(marker);
        continue;
      }
      const depth = depthOf(tree.children[start]!)!;
      let end = tree.children.findIndex((node, i) => i > start && (depthOf(node) ?? 7) <= depth);
      if (end < 0) end = tree.children.length;
      tree.children.splice(end, 0, { type: 'comment', value: `training:${marker.name}` });
    }
    file.data.docsRootMissingMarkers = missing;
  };
}
