import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { buildDocsNavigation, type NavInsertion } from '../../navigation/docs-nav.ts';
import type { Navigation } from '../../navigation/sidebar.ts';
import { ContentError } from '../../schemas/friendly-error.ts';
import { docsRootFrontmatterSchema, type DocsRootFrontmatter } from '../../schemas/docs-root-frontmatter.ts';
import type { TrainingLayer } from '../../schemas/training-layer.ts';
import { displayPath } from '../../markdown/origin.ts';
import type { SectionMarker } from '../../markdown/docs-root/page-outline.ts';
import { parseDocsRootSource } from '../../markdown/docs-root/source.ts';
import { readDocsRoot, type DocsRootConfig, type DocsRootSettings } from './config.ts';
import { createComponentRenderer } from './components.ts';
import { resolveContentFile } from '../content-files.ts';
import { checkOwnLinks } from './own-links.ts';
import { readOwnPages, replacedOwnPages, type OwnPageRef } from './own-pages.ts';
import { listPageFiles } from './page-files.ts';
import { planRedirects, type DocsRootRedirect, type WildcardRedirect } from './redirects.ts';
import { createPageRenderer, type RenderedPage } from './render-page.ts';
import type { ReportEntry } from './report.ts';
import { timedSync } from '../../markdown/timings.ts';
import { pageKey, SiteIndex, type OutputImage } from './site-index.ts';

/** A docs-root page as the site serves it: where, what its frontmatter says, and its rendered HTML. */
export interface DocsRootPage {
  /** The page key: its path below the docs root without extension. */
  id: string;
  /** The file as build output shows it (relative to the project). */
  file: string;
  route: string;
  title: string;
  language: string;
  frontmatter: DocsRootFrontmatter;
  digest: string;
  rendered: RenderedPage;
}

/** A render kept from an earlier build, reused when the page and everything it depends on are unchanged. */
export interface CachedRender {
  digest: string;
  rendered: RenderedPage;
}

export interface DocsRootBuildOptions {
  settings: DocsRootSettings;
  training: TrainingLayer;
  /** The site's own pages, read from content/docs (default). */
  ownPages?: readonly OwnPageRef[];
  /** Where the site's own pages are (default content/docs). */
  ownDir?: string;
  cached?: (id: string) => CachedRender | undefined;
  /** Changes to the code that renders pages make every cached render stale. */
  codeDigest?: string;
}

export interface DocsRootBuild {
  config: DocsRootConfig;
  pages: DocsRootPage[];
  /** The sidebar of each built language. */
  navigation: Map<string, Navigation>;
  redirects: DocsRootRedirect[];
  wildcards: WildcardRedirect[];
  images: OutputImage[];
  /** Own pages (paths below content/docs) the docs root replaces. */
  replaced: string[];
  report: ReportEntry[];
  warnings: string[];
  /** Problems of the site's own pages in this build: the build fails on them, after the report is written. */
  ownFailures: string[];
  /** How many pages were rendered now (the rest came from the cache). */
  renderedCount: number;
}

/** Pages that could not be rendered, each with its file, line and reason; the build fails listing all of them. */
export class DocsRootError extends Error {
  readonly failures: readonly string[];

  constructor(failures: readonly string[], whose = 'in pages of the docs root') {
    super(`${failures.length} problem(s) ${whose} stop the build:\n  - ${failures.join('\n  - ')}`);
    this.name = 'DocsRootError';
    this.failures = failures;
  }
}

const hash = (...parts: string[]) => {
  const h = createHash('sha1');
  for (const part of parts) h.update(part).update('\0');
  return h.digest('hex');
};

function fileDigest(path: string): string {
  try {
    return hash(readFileSync(path, 'utf8'));
  } catch {
    return 'missing';
  }
}

/** `path:line:column: reason` for an error thrown while rendering a page, whatever threw it. */
function describeFailure(error: unknown, file: string): string {
  if (error instanceof ContentError) return error.message.replace(/\n\s*/g, ' ');
  const message = error as { reason?: string; message?: string; line?: number; column?: number; file?: string };
  const reason = message.reason ?? message.message ?? String(error);
  // Messages from the dialect's plugins already start with the file (a snippet, perhaps) and line.
  if (/^[^\s:]+\.(mdx?|jsx?):\d+/.test(reason)) return reason;
  const at = message.line ? `${file}:${message.line}${message.column ? `:${message.column}` : ''}` : file;
  return `${at}: ${reason}`;
}

/** The title a page without one in its frontmatter gets: its first `# heading`, else its file name. */
function fallbackTitle(content: string, path: string): string {
  const heading = /^#[ \t]+(.+?)[ \t]*(?:\{#[^}]*\})?[ \t]*$/m.exec(content)?.[1];
  const text = heading?.trim();
  if (text) return text;
  return basename(path).replace(/\.mdx?$/i, '');
}

/**
 * Builds a docs root: reads docs.json and its navigation, finds every page of the built languages, renders each
 * one (or reuses an unchanged earlier render), checks every link, image and anchor, lays out the navigation of
 * each language and the redirects, and lists everything unresolved in one report. Pages that cannot be rendered
 * at all (bad syntax, a missing import) fail the build together, each named with its file and line.
 */
export async function buildDocsRoot(options: DocsRootBuildOptions): Promise<DocsRootBuild> {
  const config = timedSync('docs-root read docs.json', () => readDocsRoot(options.settings));
  const report: ReportEntry[] = [];
  const warnings = config.skipped.map((s) => s.warning);
  for (const { code, warning } of config.skipped) {
    report.push({ kind: 'language', file: 'docs.json', target: code, message: warning });
  }

  const { pages: files, duplicates } = timedSync('docs-root list pages', () => listPageFiles(config));
  for (const rel of duplicates) {
    report.push({
      kind: 'page',
      file: rel,
      target: rel,
      message: 'has the same address as a .mdx page, which is served',
    });
  }

  // Frontmatter first: redirects and the navigation need every page's title, uid and redirect_from.
  const failures: string[] = [];
  const sources = timedSync('docs-root read frontmatter', () =>
    files.flatMap((page) => {
      const file = displayPath(page.path);
      try {
        const text = readFileSync(page.path, 'utf8');
        const source = parseDocsRootSource(text, file);
        const parsed = docsRootFrontmatterSchema.safeParse(source.frontmatter);
        if (!parsed.success) {
          const problems = parsed.error.issues.map((issue) => ({
            field: issue.path.join('.') || '(frontmatter)',
            line: source.lines.get(String(issue.path[0])),
            message: issue.message,
          }));
          throw new ContentError(file, problems);
        }
        return [{ page, file, text, source, frontmatter: parsed.data }];
      } catch (error) {
        failures.push(describeFailure(error, file));
        return [];
      }
    }),
  );

  const firstWithUid = new Map<string, string>();
  for (const { file, frontmatter } of sources) {
    const { uid } = frontmatter;
    if (!uid) continue;
    const first = firstWithUid.get(uid);
    if (first === undefined) firstWithUid.set(uid, file);
    else
      report.push({
        kind: 'page',
        file,
        target: uid,
        message: `${first} has the same uid; links by uid find that one`,
      });
  }

  const ownDir = options.ownDir ?? 'content/docs';
  const ownPages = options.ownPages ?? timedSync('docs-root read own pages', () => readOwnPages(ownDir));
  const replacements = replacedOwnPages(
    ownPages,
    sources.map(({ page, file, frontmatter }) => ({ uid: frontmatter.uid, route: page.route, file })),
  );
  for (const { own, by, reason } of replacements) {
    report.push({
      kind: 'replaced',
      file: `content/docs/${own.file}`,
      target: own.route,
      message: `${by.file} is served instead (same ${reason === 'uid' ? `uid ${own.uid}` : 'address'})`,
    });
  }
  const replaced = new Set(replacements.map((r) => r.own.file));
  const ownServed = ownPages.filter((page) => !replaced.has(page.file));

  const routes = new Map(sources.map(({ page }) => [pageKey(page.key), page.route]));
  for (const own of ownServed) routes.set(pageKey(own.route), own.route);
  const plan = planRedirects({
    rules: config.redirects,
    rulesFile: 'docs.json (redirects)',
    pageRedirects: sources.map(({ page, file, frontmatter }) => ({
      route: page.route,
      paths: frontmatter.redirect_from ?? [],
      file,
    })),
    routes,
    languages: new Set(config.languages.map((l) => l.code)),
    publicBaseUrl: config.publicBaseUrl,
  });
  for (const problem of plan.problems) {
    report.push({ kind: 'redirect', file: problem.source, target: problem.target, message: problem.message });
  }

  const index = new SiteIndex(config, files, plan.linkMap);
  const renderComponent = createComponentRenderer(config.root, config.publicBaseUrl);
  const routeOfFile = new Map(files.map((f) => [f.path, f.route]));
  const render = createPageRenderer({
    root: config.root,
    links: { resolve: (request) => index.resolve(request) },
    imports: {
      resolve: ({ target, from, line, kind }) =>
        resolveContentFile({
          target,
          from,
          line,
          kind,
          roots: config.roots.slice(0, 1),
          leadingSlash: 'docs-root',
          label: 'Import',
        }),
      renderComponent: ({ path, name, props, page }) =>
        renderComponent({ path, name, props, route: routeOfFile.get(page) ?? '/' }),
    },
  });

  const markersByUid = new Map<string, SectionMarker[]>();
  for (const attachment of options.training.attach) {
    const name =
      attachment.add === 'simulator'
        ? ['simulator', attachment.start].filter(Boolean).join(':')
        : `try-in-simulator:${attachment.situation}`;
    markersByUid.set(attachment.page, [
      ...(markersByUid.get(attachment.page) ?? []),
      { heading: attachment.heading, name },
    ]);
  }
  const uids = new Set(sources.map((s) => s.frontmatter.uid).filter(Boolean));
  for (const uid of markersByUid.keys()) {
    if (!uids.has(uid)) {
      const message = 'no page of the docs root has this uid, so the training layer is not attached to it';
      report.push({ kind: 'training', file: 'content/training-layer.yaml', target: uid, message });
      warnings.push(`content/training-layer.yaml: ${message} (${uid})`);
    }
  }

  // The root is part of it: a render names the files it came from, so one from another checkout is not this one's.
  const siteDigest = hash(
    options.codeDigest ?? '',
    config.root,
    config.publicBaseUrl,
    [...routes.entries()].flat().join('\n'),
    [...plan.linkMap.entries()].flat().join('\n'),
  );
  const pages: DocsRootPage[] = [];
  let renderedCount = 0;
  // A snippet many pages import is read and hashed once per build, not once per page that uses it.
  const digests = new Map<string, string>();
  const digestOf = (path: string) => {
    let digest = digests.get(path);
    if (digest === undefined) digests.set(path, (digest = fileDigest(path)));
    return digest;
  };
  for (const { page, file, text, source, frontmatter } of sources) {
    const markers =
      frontmatter.uid && firstWithUid.get(frontmatter.uid) === file ? (markersByUid.get(frontmatter.uid) ?? []) : [];
    const digest = hash(text, siteDigest, JSON.stringify(markers));
    const cached = options.cached?.(page.key);
    let rendered: RenderedPage;
    if (
      cached?.digest === digest &&
      cached.rendered.dependencies.every((dep, i) => digestOf(dep) === cached.rendered.dependencyDigests?.[i])
    ) {
      rendered = cached.rendered;
    } else {
      try {
        rendered = await render(page.path, source.content, source.frontmatter, markers);
        rendered.dependencyDigests = rendered.dependencies.map(digestOf);
        renderedCount++;
      } catch (error) {
        failures.push(describeFailure(error, file));
        continue;
      }
    }
    pages.push({
      id: page.key,
      file,
      route: page.route,
      title: frontmatter.title ?? fallbackTitle(source.content, page.path),
      language: frontmatter.language ?? page.folderLanguage,
      frontmatter,
      digest,
      rendered,
    });
  }
  if (failures.length) throw new DocsRootError(failures);

  timedSync('docs-root check anchors and report', () => reportPages(pages, report));
  const served = new Map(pages.map((page) => [page.route, new Set(page.rendered.anchors)]));
  const ownProblems = timedSync('docs-root check own links', () =>
    checkOwnLinks(ownServed, served, new Set(ownServed.map((p) => p.route)), ownDir),
  );
  report.push(...ownProblems);
  const navigation = new Map<string, Navigation>();
  for (const language of config.languages) {
    const { nav, problems } = timedSync('docs-root navigation', () =>
      languageNavigation(language.code, config, pages, index, ownServed, options.training),
    );
    navigation.set(language.code, nav);
    for (const problem of problems) {
      report.push({
        kind: 'navigation',
        file: 'docs.json (navigation)',
        target: problem.target,
        message: problem.message,
      });
    }
  }
  return {
    config,
    pages,
    navigation,
    redirects: plan.redirects,
    wildcards: plan.wildcards,
    images: imagesOf(pages, config.root),
    replaced: [...replaced],
    report,
    warnings,
    ownFailures: ownProblems.map((p) => `${p.file}:${p.line ?? 0}: ${p.target}: ${p.message}`),
    renderedCount,
  };
}

/**
 * The images the pages show, from each page's render (also one kept from an earlier build, which resolved no
 * link this time): an image's address is its path below the docs root.
 */
function imagesOf(pages: readonly DocsRootPage[], root: string): OutputImage[] {
  const hrefs = new Set(pages.flatMap((page) => page.rendered.images.map((href) => href.replace(/[?#].*$/, ''))));
  return [...hrefs].sort().map((href) => ({ href, source: join(root, decodeURIComponent(href)) }));
}

/** Adds each page's unresolved links and images, its missing training headings, and anchors no page has. */
function reportPages(pages: readonly DocsRootPage[], report: ReportEntry[]): void {
  const anchors = new Map(pages.map((p) => [p.route, new Set(p.rendered.anchors)]));
  for (const page of pages) {
    for (const problem of page.rendered.problems) {
      const kind = problem.kind ?? (/\.(png|jpe?g|gif|svg|webp|avif)([?#]|$)/i.test(problem.target) ? 'image' : 'link');
      report.push({
        kind,
        file: displayPath(problem.file),
        line: problem.line,
        target: problem.target,
        message: problem.message,
        page: page.file,
      });
    }
    for (const check of page.rendered.anchorChecks) {
      const known = anchors.get(check.route);
      if (!known || known.has(check.anchor)) continue;
      const message = `${check.route} has no anchor "${check.anchor}"`;
      report.push({
        kind: 'anchor',
        file: displayPath(check.file),
        line: check.line,
        target: check.target,
        message,
        page: page.file,
      });
    }
    for (const marker of page.rendered.missingMarkers) {
      const message = `the page has no heading "${marker.heading}", so ${marker.name} is not placed`;
      report.push({ kind: 'training', file: page.file, target: marker.heading, message });
    }
  }
}

function languageNavigation(
  code: string,
  config: DocsRootConfig,
  pages: readonly DocsRootPage[],
  index: SiteIndex,
  own: readonly OwnPageRef[],
  training: TrainingLayer,
) {
  const language = config.languages.find((l) => l.code === code)!;
  const byKey = new Map(pages.map((p) => [pageKey(p.id), p]));
  const byUid = new Map<string, { route: string; label: string }>();
  for (const page of pages) {
    const { uid } = page.frontmatter;
    if (uid && !byUid.has(uid)) byUid.set(uid, { route: page.route, label: page.title });
  }
  for (const page of own)
    if (page.uid && !byUid.has(page.uid)) byUid.set(page.uid, { route: page.route, label: page.title ?? page.file });
  const insertions: NavInsertion[] = training.navigation.flatMap((placement) => {
    const beside = byUid.get(placement.beside);
    const items = placement.pages.flatMap((uid) => {
      const page = byUid.get(uid);
      return page ? [{ route: page.route, label: page.label }] : [];
    });
    return beside && items.length ? [{ besideRoute: beside.route, group: { label: placement.group, items } }] : [];
  });
  return buildDocsNavigation(language.nav, {
    page: (key) => {
      const page = byKey.get(pageKey(key));
      return page ? { route: page.route, label: page.frontmatter.sidebarTitle ?? page.title } : undefined;
    },
    isBuiltLanguage: (key) => index.isBuiltLanguage(key),
    publicUrl: (key) => index.publicUrl(key),
    insertions,
  });
}

/** The digest of the code that turns pages into HTML, so a change to it renders every page again. */
export function codeDigest(folders: readonly string[]): string {
  const parts: string[] = [];
  for (const folder of folders) {
    try {
      for (const name of readdirSync(folder, { recursive: true, encoding: 'utf8' }).sort()) {
        if (/\.(ts|tsx|json|yaml)$/.test(name)) parts.push(name, fileDigest(join(folder, name)));
      }
    } catch {
      parts.push(folder, 'missing');
    }
  }
  return hash(...parts);
}
