import type { MarkdownHeading } from 'astro';
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { resolve } from 'node:path';
import { VFile } from 'vfile';
import type { DialectWarning, WarningSink } from '../../markdown/dialect/problems.ts';
import { displayPath } from '../../markdown/origin.ts';
import { dialectPlugins } from '../../markdown/index.ts';
import { remarkIncludes } from '../../markdown/includes.ts';
import { remarkDocLinks } from '../../markdown/links.ts';
import { remarkJsxToHast } from '../../markdown/docs-root/jsx-to-hast.ts';
import { remarkMdxImports, type MdxImportOptions } from '../../markdown/docs-root/mdx-imports.ts';
import { remarkSatteriParse } from '../../markdown/satteri-parse.ts';
import { remarkUnravel } from '../../markdown/docs-root/unravel.ts';
import { remarkUnknownIcons } from '../../markdown/docs-root/unknown-icons.ts';
import { timed, timedPlugins, timedSync } from '../../markdown/timings.ts';
import { rehypePageOutline, type SectionMarker } from '../../markdown/docs-root/page-outline.ts';
import {
  remarkSiteLinks,
  type AnchorCheck,
  type LinkProblem,
  type SiteLinksOptions,
} from '../../markdown/docs-root/site-links.ts';

declare module 'vfile' {
  interface DataMap {
    /** What the training layer puts on this page. */
    docsRootMarkers: readonly SectionMarker[];
  }
}

/** A docs-root page rendered to HTML, with what the build needs to know about it afterwards. */
export interface RenderedPage {
  html: string;
  headings: MarkdownHeading[];
  anchors: string[];
  problems: LinkProblem[];
  anchorChecks: AnchorCheck[];
  images: string[];
  /** Files the page pulled in (snippets, includes), so a cached render is redone when one of them changes. */
  dependencies: string[];
  /** Digests of the dependencies when the page was rendered (set by the build, for its cache). */
  dependencyDigests?: string[];
  missingMarkers: SectionMarker[];
}

export interface PageRendererOptions {
  /** The docs root: includes may read from it. */
  root: string;
  links: SiteLinksOptions;
  imports: MdxImportOptions;
}

function pluginOf(entry: PluggableList[number]): unknown {
  return Array.isArray(entry) ? entry[0] : entry;
}

/**
 * The dialect's remark plugins for docs-root pages: the site's own link checker is replaced by the docs-root link
 * step (which reports instead of failing), placed right after the includes so every component's addresses are
 * rewritten before the components render.
 */
function docsRootRemarkPlugins(root: string, links: SiteLinksOptions, onWarning: WarningSink): PluggableList {
  // Lenient: the docs root's writers fix their own pages, so what the dialect cannot render as written is reported
  // and rendered as well as it can be. The tabs' script is added by the page template, not imported by the page.
  const lenient = { docsRoot: root, strict: false, onWarning, tabsScript: false as const };
  const own = dialectPlugins(lenient).remarkPlugins as PluggableList;
  const includes = own.filter((entry) => pluginOf(entry) === remarkIncludes);
  const rest = own.filter((entry) => pluginOf(entry) !== remarkDocLinks && pluginOf(entry) !== remarkIncludes);
  return [...includes, [remarkSiteLinks, links], remarkUnknownIcons, ...rest];
}

/**
 * One processor for every page of a docs-root build, as Mintlify reads them: `.md` and `.mdx` alike are MDX, with
 * GitHub-flavoured markdown and without SmartyPants (Mintlify keeps quotes and dashes as typed, and so heading ids
 * match the anchors its writers link to); then imports, links, the dialect's components and the rest of the site's markdown
 * dialect, and plain HTML out. Nothing the page holds is run as code; `.jsx` components are rendered on the server.
 */
export function createPageRenderer(options: PageRendererOptions) {
  const warnings = new Map<string, DialectWarning[]>();
  const onWarning: WarningSink = (warning) => {
    warnings.set(warning.page, [...(warnings.get(warning.page) ?? []), warning]);
  };
  const plugins: PluggableList = [
    remarkSatteriParse,
    remarkUnravel,
    [remarkMdxImports, options.imports],
    ...docsRootRemarkPlugins(options.root, options.links, onWarning),
    remarkJsxToHast,
    [remarkRehype, { allowDangerousHtml: true }],
    ...(dialectPlugins({ docsRoot: options.root }).rehypePlugins as PluggableList),
    rehypeHeadingIds,
    [rehypePageOutline, { markers: (file: VFile) => file.data.docsRootMarkers ?? [] }],
    [rehypeStringify, { allowDangerousHtml: true }],
  ];
  const processor = unified().use(timedPlugins(plugins, 'docs-root')).freeze();

  return async function render(
    path: string,
    content: string,
    frontmatter: Record<string, unknown>,
    markers: readonly SectionMarker[],
  ): Promise<RenderedPage> {
    const file = new VFile({
      path,
      value: content,
      data: { astro: { frontmatter }, docsRootMarkers: markers },
    });
    const tree = timedSync('docs-root parse', () => processor.parse(file));
    const transformed = await timed('docs-root transform', () => processor.run(tree, file));
    const html = String(timedSync('docs-root stringify', () => processor.stringify(transformed, file)));
    const links = file.data.docsRootLinks ?? { problems: [], anchors: [], images: [] };
    const page = displayPath(path);
    const dialect = (warnings.get(page) ?? []).map((w): LinkProblem => ({
      kind: 'component',
      file: resolve(w.file),
      line: w.line,
      target: w.rule,
      message: w.message,
    }));
    warnings.delete(page);
    return {
      html,
      headings: file.data.astro?.headings ?? [],
      anchors: file.data.docsRootAnchors ?? [],
      problems: [...links.problems, ...dialect],
      anchorChecks: links.anchors,
      images: links.images,
      dependencies: [...new Set([...(file.data.includedFiles ?? []), ...(file.data.importedFiles ?? [])])],
      missingMarkers: file.data.docsRootMissingMarkers ?? [],
    };
  };
}
