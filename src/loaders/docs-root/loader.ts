import { writeFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';

type DataEntry = NonNullable<ReturnType<LoaderContext['store']['get']>>;
import { loadTrainingLayer, TRAINING_LAYER_FILE } from '../training-layer.ts';
import { buildDocsRoot, codeDigest, DocsRootError, type CachedRender, type DocsRootBuild } from './build.ts';
import { docsRootSettings } from './config.ts';
import type { RenderedPage } from './render-page.ts';
import { DOCS_ROOT_CACHE, IMAGES_MANIFEST } from './paths.ts';
import { formatTimings, takeTimings, timingsEnabled } from '../../markdown/timings.ts';
import { countsOf, formatReport, REPORT_FILE, writeReport } from './report.ts';

type StoredMetadata = Omit<RenderedPage, 'html' | 'headings'>;

function cachedRender(entry: DataEntry | undefined): CachedRender | undefined {
  const meta = entry?.rendered?.metadata as
    { docsRoot?: StoredMetadata; headings?: RenderedPage['headings'] } | undefined;
  if (!entry?.digest || !entry.rendered || !meta?.docsRoot) return undefined;
  return {
    digest: String(entry.digest),
    rendered: { ...meta.docsRoot, html: entry.rendered.html, headings: meta.headings ?? [] },
  };
}

async function store(context: LoaderContext, build: DocsRootBuild): Promise<void> {
  const { store: entries } = context;
  const ids = new Set<string>();
  const set = async (id: string, data: Record<string, unknown>, extra: Partial<DataEntry> = {}) => {
    ids.add(id);
    entries.set({ id, data: await context.parseData({ id, data }), ...extra });
  };
  for (const page of build.pages) {
    const { html, headings, ...docsRoot } = page.rendered;
    await set(
      `page:${page.id}`,
      {
        kind: 'page',
        key: page.id,
        route: page.route,
        file: page.file,
        title: page.title,
        language: page.language,
        frontmatter: page.frontmatter,
      },
      { digest: page.digest, filePath: page.file, rendered: { html, metadata: { headings, docsRoot } } },
    );
  }
  for (const [language, nav] of build.navigation) {
    await set(`navigation:${language}`, { kind: 'navigation', language, nav });
  }
  await set('redirects', {
    kind: 'redirects',
    redirects: build.redirects,
    wildcards: build.wildcards,
    replaced: build.replaced,
  });
  for (const id of entries.keys()) if (!ids.has(id)) entries.delete(id);
}

/**
 * The content collection of a docs root (`DOCS_ROOT`): reads the pages in place (nothing under the docs root is
 * written), renders them, and stores them with the navigation and redirects. Unchanged pages keep their earlier
 * render. Writes the build report, and the list of images the output step copies. Without `DOCS_ROOT` the
 * collection is empty. In `astro dev` a change under the docs root builds it again.
 */
export function docsRootLoader(): Loader {
  return {
    name: 'docs-root-loader',
    async load(context) {
      const settings = docsRootSettings();
      if (!settings) {
        context.store.clear();
        return;
      }
      const digest = codeDigest(['src/markdown', 'src/loaders/docs-root', 'content/i18n/nb']);
      const run = async () => {
        const started = performance.now();
        let build: DocsRootBuild;
        try {
          build = await buildDocsRoot({
            settings,
            training: await loadTrainingLayer(),
            cached: (id) => cachedRender(context.store.get(`page:${id}`)),
            codeDigest: digest,
          });
        } catch (error) {
          if (error instanceof DocsRootError) context.logger.error(error.message);
          throw error;
        }
        for (const warning of build.warnings) context.logger.warn(warning);
        await store(context, build);
        const summary = [
          `${build.pages.length} pages from ${settings.root} (${build.renderedCount} rendered, the rest unchanged)`,
          `${build.redirects.length} redirect pages, ${build.wildcards.length} wildcard redirects`,
          `${build.images.length} images`,
          `${build.replaced.length} of the site's own pages replaced`,
        ];
        writeReport(resolve(REPORT_FILE), formatReport(build.report, summary));
        mkdirSync(DOCS_ROOT_CACHE, { recursive: true });
        writeFileSync(IMAGES_MANIFEST, JSON.stringify({ root: settings.root, images: build.images }));
        if (build.ownFailures.length) throw new DocsRootError(build.ownFailures, "in the site's own pages");
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        context.logger.info(`${summary[0]} in ${seconds} s; report: ${countsOf(build.report)} -> ${REPORT_FILE}`);
        if (timingsEnabled())
          context.logger.info(`steps, summed over pages:\n${formatTimings(takeTimings()).join('\n')}`);
      };
      await run();

      const { watcher } = context;
      if (!watcher) return;
      watcher.add([settings.root, resolve(TRAINING_LAYER_FILE)]);
      let timer: ReturnType<typeof setTimeout> | undefined;
      const again = (path: string) => {
        if (!path.startsWith(settings.root) && path !== resolve(TRAINING_LAYER_FILE)) return;
        clearTimeout(timer);
        timer = setTimeout(() => void run().catch((error: unknown) => context.logger.error(String(error))), 100);
      };
      watcher.on('change', again);
      watcher.on('add', again);
      watcher.on('unlink', again);
    },
  };
}
