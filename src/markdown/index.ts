import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import { contentRoots } from '../loaders/content-files.ts';
import { DOCS_DIR } from '../navigation/routes.ts';
import { rehypeCallouts, remarkAlertMarkers } from './alerts.ts';
import { remarkDialectComponents, type DialectComponentOptions } from './dialect/index.ts';
import { remarkHeadingIds, remarkUniqueHeadingIds } from './heading-ids.ts';
import { remarkPhosphorIcons } from './icons.ts';
import { remarkIncludes } from './includes.ts';
import { remarkFileReferences } from './file-references.ts';
import { remarkDocLinks, type DocLinksOptions } from './links.ts';
import { remarkSimulatorLinks } from './simulator-links.ts';

/**
 * Options for the dialect; see {@link DocLinksOptions} and {@link DialectComponentOptions} for each field and its
 * default. Both read `docsRoot`.
 */
export type DialectOptions = DocLinksOptions & DialectComponentOptions;

/**
 * The source docs' markdown dialect as remark and rehype plugins, in the order they must run: includes first so
 * included text goes through everything else; explicit heading ids, then Mintlify's components (their card and
 * step titles are headings), then the check that no id is used twice, before anything reads the page's anchors;
 * all checks in remark, where each node still knows its file.
 */
export function dialectPlugins(options: DialectOptions = {}): {
  remarkPlugins: RemarkPlugins;
  rehypePlugins: RehypePlugins;
} {
  // The pages these plugins compile are the site's own, so files come from content/docs (or the docs root a test
  // names) and content/, never from DOCS_ROOT: that docs root's pages are rendered by its own loader.
  const files = { roots: contentRoots(options.docsRoot ?? DOCS_DIR) };
  return {
    remarkPlugins: [
      [remarkIncludes, files],
      [remarkFileReferences, files],
      [remarkHeadingIds, options],
      [remarkDialectComponents, options],
      [remarkUniqueHeadingIds, options],
      remarkAlertMarkers,
      remarkPhosphorIcons,
      [remarkDocLinks, options],
      remarkSimulatorLinks,
    ],
    rehypePlugins: [rehypeCallouts],
  };
}

/** The source docs' markdown dialect, as remark and rehype plugins. astro.config.mjs reads these two lists. */
export const { remarkPlugins, rehypePlugins } = dialectPlugins();
