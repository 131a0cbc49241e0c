import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { timed } from '../markdown/timings.ts';

/**
 * Indexes the built site with Pagefind after every `astro build`, so search works in `npm start` and in the
 * tests without a separate step. Only elements marked `data-pagefind-body` (the articles of indexable pages)
 * are indexed.
 */
export function pagefindIntegration(): AstroIntegration {
  return {
    name: 'pagefind',
    hooks: {
      'astro:build:done': ({ dir, logger }) =>
        timed('search index (Pagefind)', async () => {
          const pagefind = await import('pagefind');
          const outDir = fileURLToPath(dir);
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: `${outDir}pagefind` });
          if (written.errors.length)
            throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          logger.info(`indexed ${added.page_count} pages`);
          await pagefind.close();
        }),
    },
  };
}
