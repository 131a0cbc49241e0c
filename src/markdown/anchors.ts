import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import type { Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { isJsxElement, jsxAttribute } from './jsx.ts';

/** MDX node types that mdast-util-to-hast must keep as they are, as @mdx-js/mdx tells it to. */
export const MDX_NODE_TYPES = [
  'mdxFlowExpression',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
  'mdxTextExpression',
  'mdxjsEsm',
] as const;

/** `id="..."` or `name="..."` in raw HTML, which only plain `.md` (not MDX) produces. */
const RAW_ANCHOR = /\s(?:id|name)\s*=\s*["']([^"']+)["']/gi;

/**
 * The fragment ids a page will have once built: the heading ids Astro generates, plus explicit anchors such as
 * `<a id="list-mapping"></a>`. The headings are slugged by Astro's own `rehypeHeadingIds` over the same hast
 * Astro builds, rather than by a copy of its rules, so text with Norwegian letters, punctuation, inline code,
 * bold or frontmatter expressions gets exactly the id of the built page.
 *
 * @param tree The page's mdast after includes (and SmartyPants, which changes some slugs) have run.
 * @param path The page's path: Astro slugs MDX and plain markdown slightly differently.
 * @param frontmatter Astro substitutes `{frontmatter.x}` in headings with the value.
 */
export function anchorsOf(tree: Root, path: string, frontmatter: Record<string, unknown>): Set<string> {
  const hast = toHast(tree, { allowDangerousHtml: true, passThrough: [...MDX_NODE_TYPES] }) as HastRoot;
  // A file of its own, so the page's real vfile does not get these headings recorded on it.
  const file = new VFile({ path, data: { astro: { frontmatter } } });
  (rehypeHeadingIds() as (tree: HastRoot, file: VFile) => void)(hast, file);

  const anchors = new Set<string>();
  visit(hast, (node) => {
    if (node.type === 'element' && typeof node.properties.id === 'string') {
      anchors.add(node.properties.id);
    } else if (isJsxElement(node) && /^[a-z]/.test(node.name ?? '')) {
      // Lower-case JSX names are plain HTML elements, so their id ends up in the page.
      const id = jsxAttribute(node, 'id') ?? (node.name === 'a' ? jsxAttribute(node, 'name') : undefined);
      if (id) anchors.add(id);
    } else if (node.type === 'raw') {
      for (const match of node.value.matchAll(RAW_ANCHOR)) anchors.add(match[1]!);
    }
  });
  return anchors;
}
