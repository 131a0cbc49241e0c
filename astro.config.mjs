// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { unified } from '@astrojs/markdown-remark';
import { remarkPlugins, rehypePlugins } from './src/markdown/index.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { docsRootAssetsIntegration } from './src/integrations/docs-root-assets.ts';
import { lmsPackagesIntegration } from './src/integrations/lms-packages.ts';
import { buildTimingsIntegration } from './src/integrations/build-timings.ts';
import { earlyTermCheckIntegration } from './src/integrations/early-term-check.ts';
import { timedPlugins } from './src/markdown/timings.ts';

export default defineConfig({
  // SITE_OUT_DIR lets a docs-root build (the corpus tests, the bench) sit beside the site's own build in dist/.
  outDir: process.env.SITE_OUT_DIR || './dist',
  // A docs-root build keeps its cache apart, so switching between it and the site's own build renders nothing twice.
  cacheDir: process.env.DOCS_ROOT ? './node_modules/.astro-docs-root' : './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  markdown: {
    // The docs' dialect is written as remark/rehype plugins, which only the unified processor runs (Astro 7's
    // default, Sätteri, has its own plugin API). MDX inherits this processor and its plugins.
    processor: unified({
      remarkPlugins: timedPlugins(remarkPlugins, 'mdx'),
      rehypePlugins: timedPlugins(rehypePlugins, 'mdx'),
    }),
  },
  // The docs root's images are copied before Pagefind indexes the output.
  integrations: [
    earlyTermCheckIntegration(),
    mdx(),
    react(),
    docsRootAssetsIntegration(),
    pagefindIntegration(),
    lmsPackagesIntegration(),
    buildTimingsIntegration(),
  ],
  vite: {
    // A taken port is an error, not a reason to serve on the next one: the browser tests use ports of their own and
    // must never find this server there (scripts/start.mjs checks 4321 first and says so).
    preview: { strictPort: true },
    build: {
      rolldownOptions: {
        // Astro marks each MDX page's module with a directive the bundler cannot keep and warns about, once per
        // page. It is Astro's own marker and harmless; hiding it keeps real warnings visible to writers.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
});
