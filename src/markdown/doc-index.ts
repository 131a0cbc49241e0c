import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkSmartypants from 'remark-smartypants';
import { unified, type Processor } from 'unified';
import { VFile } from 'vfile';
import { routeForDocPath } from '../navigation/routes.ts';
import { anchorsOf } from './anchors.ts';
import { contentRoots, insideContentRoots } from '../loaders/content-files.ts';
import { remarkDialectComponents } from './dialect/index.ts';
import { remarkHeadingIds, remarkUniqueHeadingIds } from './heading-ids.ts';
import { remarkIncludes } from './includes.ts';
import { readSource } from './source.ts';

/** How pages are parsed to find their anchors. Keep in step with the site's markdown processor. */
export interface DocIndexOptions {
  /** Absolute path of the folder holding the pages (`content/docs`). */
  root: string;
  /** Parse GitHub-flavoured markdown, as Astro does unless told otherwise. Default: `true`. */
  gfm?: boolean;
  /** Apply SmartyPants before slugging, as Astro does; it changes ids (`--` becomes a dash). Default: `true`. */
  smartypants?: boolean;
}

interface CachedAnchors {
  /** Modification times of the page and every file it includes, when the anchors were read. */
  stamps: ReadonlyMap<string, number>;
  anchors: ReadonlySet<string>;
}

function modified(path: string): number | undefined {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}

/**
 * The pages under the docs folder and their anchors, read from disk on demand. Whether a page exists is asked
 * of the disk each time, so a page added while `astro dev` runs is found; a page's anchors are cached until it
 * or one of its includes changes.
 */
export class DocIndex {
  readonly root: string;
  readonly #roots: readonly string[];
  readonly #parser: Processor<Root, Root, Root>;
  readonly #cache = new Map<string, CachedAnchors>();

  constructor(options: DocIndexOptions) {
    this.root = resolve(options.root);
    this.#roots = contentRoots(this.root);
    // Same parse as an MDX page in Astro: remark-mdx, then GFM and SmartyPants, then our includes, explicit heading
    // ids and the components whose titles are headings. Problems are the page's own build's to report; here the
    // lenient rendering gives the ids the built page will have.
    const parser = unified().use(remarkParse).use(remarkMdx);
    if (options.gfm ?? true) parser.use(remarkGfm);
    if (options.smartypants ?? true) parser.use(remarkSmartypants);
    const quiet = { strict: false, onWarning: () => undefined, docsRoot: this.root, tabsScript: false as const };
    this.#parser = parser
      .use(remarkIncludes, { roots: this.#roots })
      .use(remarkHeadingIds, quiet)
      .use(remarkDialectComponents, quiet)
      .use(remarkUniqueHeadingIds, quiet) as unknown as Processor<Root, Root, Root>;
  }

  /** Whether `path` lies inside the docs folder. */
  contains(path: string): boolean {
    const below = relative(this.root, path);
    return below !== '' && !below.startsWith('..') && !below.startsWith(sep) && !/^[a-z]:/i.test(below);
  }

  /** The page file a link names: writers link `configure.md`, pages are stored as `configure.mdx`. */
  pageFile(linked: string): string {
    return linked.replace(/\.mdx?$/i, '.mdx');
  }

  hasPage(page: string): boolean {
    return this.contains(page) && existsSync(page);
  }

  /** The site route of a page file: `<root>/no/erp/admin/configure.mdx` -> `/no/erp/admin/configure/`. */
  route(page: string): string {
    return routeForDocPath(relative(this.root, page).split(sep).join('/'));
  }

  /** The page at a site route (`/no/erp/` -> `<root>/no/erp.mdx` or `<root>/no/erp/index.mdx`), if there is one. */
  pageForRoute(route: string): string | undefined {
    if (!route.startsWith('/') || !route.endsWith('/') || route.includes('/../') || route.includes('/./'))
      return undefined;
    const below = route.slice(1, -1);
    const candidates = below ? [`${below}.mdx`, `${below}/index.mdx`] : ['index.mdx'];
    return candidates.map((file) => resolve(this.root, file)).find((page) => this.hasPage(page));
  }

  /** Every page below the docs folder. */
  pages(): string[] {
    return readdirSync(this.root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.mdx'))
      .map((entry) => join(entry.parentPath, entry.name));
  }

  /** The old addresses pages keep with `redirect_from` (with a trailing slash), read from every page. */
  redirectRoutes(): Set<string> {
    const routes = new Set<string>();
    for (const page of this.pages()) {
      const from = readSource(page).frontmatter.redirect_from;
      for (const path of Array.isArray(from) ? from : [from])
        if (typeof path === 'string') routes.add(path.endsWith('/') ? path : `${path}/`);
    }
    return routes;
  }

  /** Pages in a folder, named as writers link them (`configure.md`), for suggestions. */
  linkNamesIn(folder: string): string[] {
    try {
      return readdirSync(folder)
        .filter((name) => name.endsWith('.mdx'))
        .map((name) => name.replace(/\.mdx$/, '.md'));
    } catch {
      return [];
    }
  }

  /** The page's anchors: heading ids (including headings of included files) and explicit `<a id>` anchors. */
  anchors(page: string): ReadonlySet<string> {
    const cached = this.#cache.get(page);
    if (cached && [...cached.stamps].every(([path, stamp]) => modified(path) === stamp)) return cached.anchors;

    // A page is read only when it really is inside the docs root (a symbolic link may lead elsewhere).
    if (!insideContentRoots(realpathSync(page), this.#roots))
      throw new Error(`${relative(process.cwd(), page)} is a symbolic link out of the docs root`);
    const stamps = new Map([[page, modified(page) ?? 0]]);
    const { content, frontmatter } = readSource(page);
    const file = new VFile({ path: page, value: content });
    const tree = this.#parser.runSync(this.#parser.parse(file), file);
    for (const included of file.data.includedFiles ?? []) stamps.set(included, modified(included) ?? 0);
    const anchors = anchorsOf(tree, page, frontmatter);
    this.#cache.set(page, { stamps, anchors });
    return anchors;
  }
}

const indexes = new Map<string, DocIndex>();

/** One shared index per set of options, so the `.md` and `.mdx` processors and every page share one cache. */
export function docIndexFor(options: DocIndexOptions): DocIndex {
  const key = JSON.stringify([resolve(options.root), options.gfm ?? true, options.smartypants ?? true]);
  let index = indexes.get(key);
  if (!index) indexes.set(key, (index = new DocIndex(options)));
  return index;
}
